import type { Kind } from './kinds';

/*
 * The A–Z index: which letter a title is filed under, the order of titles, and the pages the
 * index is split into. Plain logic; the pages under src/pages/guides/ call it.
 */

// Made once per language: `localeCompare` with options builds a collator on every call.
const collators = new Map<string, Intl.Collator>();
const collator = (locale: string) => {
  let found = collators.get(locale);
  if (!found) collators.set(locale, (found = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })));
  return found;
};

/** The letter an article is filed under in the A–Z index. */
export function indexLetter(title: string): string {
  const first = title
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .charAt(0)
    .toUpperCase();
  if (/[A-Z]/.test(first)) return first;
  return first === '' ? '#' : /[0-9]/.test(first) ? '0–9' : first;
}

const indexKey = (title: string) =>
  title
    .normalize('NFD')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();

/** `items` in A–Z index order, each title's sort key worked out once rather than per comparison. */
export function sortByTitle<T extends { title: string }>(items: readonly T[], locale = 'en'): T[] {
  const byIndexKey = collator(locale);
  return items
    .map((item) => ({ item, key: indexKey(item.title) }))
    .sort((a, b) => byIndexKey.compare(a.key, b.key))
    .map(({ item }) => item);
}

/** Splits a list into pages of `size`; page numbers start at 1. Always at least one page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}

/** Entries per page of the A–Z index; pages stay small however large the site grows. */
export const INDEX_PAGE_SIZE = 100;

export interface IndexEntry {
  id: string;
  title: string;
  description: string;
  kind: Kind;
  /** The language of the title and description when it is not the page's (an untranslated article). */
  lang?: string | undefined;
  /** A draft, listed only in `astro dev`. */
  draft?: boolean | undefined;
}

export interface IndexPage<T extends IndexEntry> {
  /** 1-based page number. */
  page: number;
  pages: number;
  total: number;
  groups: { letter: string; items: T[] }[];
}

/** The A–Z index of `items` in `locale`'s order, split into pages, each page grouped by first letter. */
export function buildIndexPages<T extends IndexEntry>(items: readonly T[], size = INDEX_PAGE_SIZE, locale = 'en'): IndexPage<T>[] {
  const sorted = sortByTitle(items, locale);
  const chunks = paginate(sorted, size);
  return chunks.map((chunk, i) => {
    const groups: { letter: string; items: T[] }[] = [];
    for (const item of chunk) {
      const letter = indexLetter(item.title);
      const last = groups.at(-1);
      if (last?.letter === letter) last.items.push(item);
      else groups.push({ letter, items: [item] });
    }
    return { page: i + 1, pages: chunks.length, total: sorted.length, groups };
  });
}

/** The id of a letter's section: `letter-a`, and `letter-0-9` for titles that start with a digit. */
export function letterId(letter: string): string {
  return `letter-${letter.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
