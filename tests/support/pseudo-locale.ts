import { parse, walkSync, ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';

/*
 * A pseudo-language for testing that the engine has no words of its own: every word of a
 * text gets a marker (`ẋword`), so on a page in that language any word without one came
 * from somewhere that was not translated: a literal in the engine's code.
 */

export const MARK = 'ẋ';

/** `text` with every word marked, placeholders (`{count}`) left as they are. */
export function pseudo(text: string): string {
  return text
    .split(/(\{[a-zA-Z]+\})/)
    .map((part) => (part.startsWith('{') ? part : part.replace(/\p{L}+/gu, (word) => MARK + word)))
    .join('');
}

/** Every string in a JSON value, marked. */
export function pseudoJson(value: unknown): unknown {
  if (typeof value === 'string') return pseudo(value);
  if (Array.isArray(value)) return value.map(pseudoJson);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoJson(v)]));
  return value;
}

/** Elements whose text is not words of the page's language: code, keys, scripts, pictures, dates (Intl's). */
const SKIPPED = new Set(['script', 'style', 'code', 'kbd', 'svg', 'pre', 'time']);
/** Attributes people read or hear. */
const READ = ['aria-label', 'placeholder', 'title', 'alt'];

/** Words (two letters or more) without the marker in `text`, ignoring host names and addresses. */
function unmarked(text: string): string[] {
  const cleaned = text
    .replace(/\{[a-zA-Z]+\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(new RegExp(`${MARK}\\p{L}+`, 'gu'), ' ');
  return cleaned.match(/\p{L}{2,}/gu) ?? [];
}

/**
 * The texts of a page in the pseudo-language that carry an unmarked word: its title, the
 * meta description, every text node and every read attribute, and the texts handed to
 * scripts in `data-ui`, except inside an element marked as another language (`lang`). A
 * page standing in for a missing translation keeps the original's title.
 */
export function untranslatedTexts(html: string, lang: string): string[] {
  const found: string[] = [];
  const standIn = /data-article-body lang="/.test(html);
  const check = (text: string, where: string) => {
    if (standIn && (where === '<title>' || where === 'meta description')) return;
    const words = unmarked(text);
    if (words.length > 0) found.push(`${where}: “${text.trim().slice(0, 80)}” (${words.join(', ')})`);
  };
  const foreign = new Set<object>();
  walkSync(parse(html), (node, parent) => {
    if (parent && foreign.has(parent)) {
      foreign.add(node);
      return;
    }
    if (node.type === ELEMENT_NODE) {
      const attrs = Object.fromEntries(Object.entries(node.attributes as Record<string, string>).map(([k, v]) => [k, entities(v)]));
      if (SKIPPED.has(node.name) || (attrs['lang'] && attrs['lang'] !== lang && node.name !== 'html')) {
        foreign.add(node);
        return;
      }
      for (const name of READ) if (attrs[name]) check(attrs[name], `${node.name}[${name}]`);
      if (node.name === 'meta' && attrs['name'] === 'description' && attrs['content']) check(attrs['content'], 'meta description');
      if (attrs['data-ui']) {
        for (const [key, value] of Object.entries(JSON.parse(attrs['data-ui']) as Record<string, string>)) check(value, `data-ui ${key}`);
      }
    } else if (node.type === TEXT_NODE) {
      check(decode(node.value), parent?.type === ELEMENT_NODE ? `<${parent.name}>` : 'text');
    }
  });
  return found;
}

function decode(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, ' ');
}

/** Attribute values as written in the HTML, with the entities our pages use decoded. */
function entities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
