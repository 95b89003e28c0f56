import { indexLetter, paginate, sortByTitle } from './articles-core';
import type { Kind } from './kinds';

/** Entries per page of the A–Z index; pages stay small however large the site grows. */
export const INDEX_PAGE_SIZE = 100;

export interface IndexEntry {
  id: string;
  title: string;
  description: string;
  kind: Kind;
}

export interface IndexPage<T extends IndexEntry> {
  /** 1-based page number. */
  page: number;
  pages: number;
  total: number;
  groups: { letter: string; items: T[] }[];
}

/** The A–Z index of `items`, split into pages, each page grouped by first letter. */
export function buildIndexPages<T extends IndexEntry>(items: readonly T[], size = INDEX_PAGE_SIZE): IndexPage<T>[] {
  const sorted = sortByTitle(items);
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
