import type { Pagefind, PagefindOptions, PagefindResult } from './pagefind-client';
import { correctQuery } from './suggest';

/** How the results answer the query: as typed, with typos corrected, or some of its words. */
export type Match = 'all' | 'corrected' | 'some' | 'none';

export interface ForgivingAnswer {
  results: PagefindResult[];
  match: Match;
  /** The query the results are for, when it is not the one typed. */
  shownQuery?: string;
  /** Results for the query as typed without filters (Pagefind's count). */
  unfilteredResultCount: number;
}

/**
 * A search that does not give up at the first miss: the query as typed; if nothing matches,
 * the query with its typos corrected from the site's vocabulary; if still nothing, each of
 * its words on its own, pages matching more of them first. The vocabulary is only fetched
 * when the first search finds nothing. Returns null when a newer debounced search replaced
 * this one.
 */
export async function forgivingSearch(
  pagefind: Pick<Pagefind, 'search' | 'debouncedSearch'>,
  query: string,
  options: PagefindOptions,
  vocabulary: () => Promise<readonly string[]>,
  debounceMs?: number,
): Promise<ForgivingAnswer | null> {
  const first = debounceMs === undefined ? await pagefind.search(query, options) : await pagefind.debouncedSearch(query, options, debounceMs);
  if (first === null) return null;
  const unfilteredResultCount = first.unfilteredResultCount;
  if (first.results.length > 0) return { results: first.results, match: 'all', unfilteredResultCount };

  const corrected = correctQuery(query, await vocabulary());
  if (corrected) {
    const results = (await pagefind.search(corrected, options))?.results ?? [];
    if (results.length > 0) return { results, match: 'corrected', shownQuery: corrected, unfilteredResultCount };
  }
  const words = (corrected ?? query).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > 1) {
    const lists = await Promise.all(words.map(async (word) => (await pagefind.search(word, options))?.results ?? []));
    const results = mergeResults(lists);
    if (results.length > 0) return { results, match: 'some', shownQuery: words.join(' '), unfilteredResultCount };
  }
  return { results: [], match: 'none', unfilteredResultCount };
}

/**
 * Results of several one-word searches merged into one list, for a query no page matches
 * as a whole: a page found by more of the words, or found more strongly, comes first.
 */
export function mergeResults<T extends { id: string; score: number }>(lists: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { result: T; score: number }>();
  for (const list of lists) {
    for (const result of list) {
      const seen = merged.get(result.id);
      if (seen) seen.score += result.score;
      else merged.set(result.id, { result, score: result.score });
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score).map((m) => m.result);
}
