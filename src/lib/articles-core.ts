import { didYouMean } from './check/nearest.ts';
import type { LineOf } from './check/source-lines.ts';
import type { Kind } from './kinds.ts';

/** The part of an article the list, grouping and validation logic needs. */
export interface ArticleSummary {
  id: string;
  /** Path of the source file, for error messages. */
  filePath: string;
  title: string;
  description: string;
  kind: Kind;
  priority: number;
  draft: boolean;
  related: { id: string }[];
  /** Where each field is in the file, when it was read with its lines. */
  lineOf?: LineOf;
}

export class ContentError extends Error {
  override name = 'ContentError';
}

/**
 * What the schema cannot check: that every `related` entry names a published article. Each
 * problem names the file (and line, when the article was read with its lines), the entry and
 * what to do. Drafts are not checked: they are not published. With `draftsShown` (in
 * `astro dev`, where drafts are pages like any other) an entry may name a draft; a build
 * leaves drafts out, so there it is an error.
 */
export function relatedProblems(all: readonly ArticleSummary[], { draftsShown = false } = {}): string[] {
  const byId = new Map(all.map((a) => [a.id, a]));
  const published = all.filter((a) => !a.draft).map((a) => a.id);
  const problems: string[] = [];
  for (const article of all) {
    if (article.draft) continue;
    article.related.forEach((ref, index) => {
      const target = byId.get(ref.id);
      const line = article.lineOf?.(['related', index]);
      const where = `${article.filePath}${line ? `:${line}` : ''}: related[${index}] "${ref.id}"`;
      if (!target) {
        problems.push(
          `${where} does not exist.${didYouMean(ref.id, published)} Use the file name of an article in content/articles (without .mdx), or remove the entry.`,
        );
      } else if (target.draft && !draftsShown) {
        problems.push(`${where} is a draft and will not be published. Publish it (draft: false) or remove the entry.`);
      } else if (target.id === article.id) {
        problems.push(`${where} is the article itself. Remove the entry.`);
      }
    });
  }
  return problems;
}

/** Throws one error listing every problem `relatedProblems` finds. */
export function validateArticles(all: readonly ArticleSummary[], options: { draftsShown?: boolean } = {}): void {
  const problems = relatedProblems(all, options);
  if (problems.length > 0) {
    throw new ContentError(`Broken article references:\n  - ${problems.join('\n  - ')}`);
  }
}

// One collator per language, made once: `localeCompare` with options builds one on every
// call, which is most of the cost of sorting thousands of titles.
const collators = new Map<string, Intl.Collator>();

/** The reading order of articles in `locale`: by priority, then title. */
export function articleOrder(locale = 'en'): (a: ArticleSummary, b: ArticleSummary) => number {
  let byTitle = collators.get(locale);
  if (!byTitle) collators.set(locale, (byTitle = new Intl.Collator(locale, { sensitivity: 'base' })));
  const titles = byTitle;
  return (a, b) => a.priority - b.priority || titles.compare(a.title, b.title);
}

/**
 * Articles grouped by kind, each group sorted, in the given kind order. The caller passes
 * the articles the site shows: published ones, and drafts too in `astro dev`.
 */
export function groupByKind<T extends ArticleSummary>(all: readonly T[], order: readonly Kind[], locale = 'en'): { kind: Kind; items: T[] }[] {
  const compare = articleOrder(locale);
  return order.map((kind) => ({
    kind,
    items: all.filter((a) => a.kind === kind).sort(compare),
  }));
}

/** Previous and next of every article within its kind, in one pass per kind (of the articles the site shows, as above). */
export function neighbourMap<T extends ArticleSummary>(all: readonly T[], locale = 'en'): Map<string, { prev?: T; next?: T }> {
  const compare = articleOrder(locale);
  const map = new Map<string, { prev?: T; next?: T }>();
  const byKind = new Map<string, T[]>();
  for (const a of all) {
    const siblings = byKind.get(a.kind);
    if (siblings) siblings.push(a);
    else byKind.set(a.kind, [a]);
  }
  for (const siblings of byKind.values()) {
    siblings.sort(compare);
    siblings.forEach((a, i) => {
      const entry: { prev?: T; next?: T } = {};
      const prev = siblings[i - 1];
      const next = siblings[i + 1];
      if (prev) entry.prev = prev;
      if (next) entry.next = next;
      map.set(a.id, entry);
    });
  }
  return map;
}
