import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { ADDRESS, blankCode, blankMatches, proseOf } from './mdx-text.ts';

/*
 * The words readers see in each kind of content file, for the spelling check: a copy of the
 * file of the same length in which everything else (keys, ids, dates, addresses, code,
 * placeholders) is blanked out, so cspell's offsets are the file's own.
 */

/** Frontmatter fields readers see (aliases are the words they type, which search matches but no page shows). */
export const FRONTMATTER_TEXT_FIELDS = new Set(['title', 'description']);
/** Troubleshooter fields readers see (and the limit and scenario names, which writers read). */
export const TROUBLESHOOTER_TEXT_FIELDS = new Set([
  'title',
  'description',
  'help',
  'label',
  'instruction',
  'question',
  'solvedLabel',
  'notSolvedLabel',
  'text',
  'name',
]);
/** Settings that hold names, not words. */
const SETTINGS_NOT_TEXT = new Set(['lang', 'languages', 'kindOrder', 'supportArticle', 'mainGuide']);

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Copies the text of `node` (a scalar, or a list of them) from `text` into `into`. */
function copyValue(node: unknown, text: string, into: string[]): void {
  if (isScalar(node) && typeof node.value === 'string' && node.range) {
    const [start, end] = node.range;
    for (let i = start; i < end; i++) into[i] = text[i] ?? ' ';
  } else if (isSeq(node)) {
    for (const item of node.items) copyValue(item, text, into);
  }
}

/** Walks a YAML or JSON document and copies the values `keep(key)` accepts (at the top level only, or at any depth). */
function spellable(text: string, keep: (key: string, depth: number) => 'copy' | 'skip' | 'descend'): string {
  const doc = parseDocument(text);
  const into = [...blank(text)];
  const visit = (node: unknown, depth: number) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const decision = keep(String(pair.key.value), depth);
        if (decision === 'copy') copyValue(pair.value, text, into);
        if (decision !== 'skip') visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of (node as { items: Node[] }).items) visit(item, depth + 1);
    }
  };
  visit(doc.contents, 0);
  return blankMatches(blankCode(into.join('')), ADDRESS);
}

/** A YAML file's values under the given field names (a troubleshooter's titles, labels, help), at any depth. */
export function spellableYaml(text: string, fields: ReadonlySet<string>): string {
  return spellable(text, (key) => (fields.has(key) ? 'copy' : 'descend'));
}

/** A JSON settings or UI texts file: every text value; `{placeholders}` blanked when asked. */
export function spellableJson(text: string, options: { placeholders?: boolean } = {}): string {
  const kept = spellable(text, (key) => (SETTINGS_NOT_TEXT.has(key) ? 'skip' : 'copy'));
  return options.placeholders ? blankMatches(kept, /\{[a-zA-Z]+\}/g) : kept;
}

/** An article: the frontmatter's reader-facing fields, then the text readers see. */
export function spellableArticle(text: string, frontmatter: string, body: string): string {
  const head = blank(text.slice(0, text.length - body.length));
  const start = text.indexOf(frontmatter);
  // Top-level fields only: a source's title names someone else's page, in its own words.
  const fields = spellable(frontmatter, (key, depth) => (depth > 0 ? 'skip' : FRONTMATTER_TEXT_FIELDS.has(key) ? 'copy' : 'skip'));
  return head.slice(0, start) + fields + head.slice(start + fields.length) + proseOf(body);
}
