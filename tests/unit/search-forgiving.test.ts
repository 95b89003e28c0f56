import { describe, expect, it } from 'vitest';
import { forgivingSearch, mergeResults } from '../../src/lib/search/forgiving';
import type { PagefindOptions, PagefindResult, PagefindSearch } from '../../src/lib/search/pagefind-client';

/** A stand-in for Pagefind over pages given as word lists; a page matches when it has every word. */
function fakePagefind(pages: Record<string, string[]>) {
  const asked: string[] = [];
  const search = async (query: string | null, _options?: PagefindOptions): Promise<PagefindSearch> => {
    asked.push(query ?? '');
    const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const results: PagefindResult[] = Object.entries(pages)
      .filter(([, pageWords]) => words.every((w) => pageWords.includes(w)))
      .map(([id, pageWords]) => ({
        id,
        score: words.filter((w) => pageWords.includes(w)).length / pageWords.length,
        data: async () => Promise.reject(new Error('unused')),
      }));
    return { results, unfilteredResultCount: results.length, filters: {} };
  };
  return { asked, pagefind: { search, debouncedSearch: (q: string, o?: PagefindOptions) => search(q, o) } };
}

const PAGES = { vpn: ['turn', 'off', 'vpn'], cookies: ['enable', 'cookies'], clear: ['clear', 'site', 'data'], ray: ['find', 'ray', 'id'] };
const VOCABULARY = async () => ['vpn', 'cookies', 'clear', 'site', 'data', 'ray', 'id', 'turn', 'off', 'find', 'enable'];

describe('forgivingSearch', () => {
  it('answers the query as typed when it matches, without fetching the vocabulary', async () => {
    const { pagefind } = fakePagefind(PAGES);
    let fetched = false;
    const answer = await forgivingSearch(pagefind, 'vpn', {}, async () => {
      fetched = true;
      return [];
    });
    expect(answer).toMatchObject({ match: 'all', results: [{ id: 'vpn' }] });
    expect(fetched).toBe(false);
  });

  it('corrects typos, and drops words the site does not use', async () => {
    const { pagefind } = fakePagefind(PAGES);
    expect(await forgivingSearch(pagefind, 'vnp', {}, VOCABULARY)).toMatchObject({ match: 'corrected', shownQuery: 'vpn', results: [{ id: 'vpn' }] });
    expect(await forgivingSearch(pagefind, 'cf-ray', {}, VOCABULARY)).toMatchObject({ match: 'corrected', shownQuery: 'ray', results: [{ id: 'ray' }] });
  });

  it('falls back to pages that match some of the words', async () => {
    const { pagefind } = fakePagefind(PAGES);
    const answer = await forgivingSearch(pagefind, 'clear cookies', {}, VOCABULARY);
    expect(answer?.match).toBe('some');
    expect(answer?.results.map((r) => r.id).sort()).toEqual(['clear', 'cookies']);
  });

  it('says when nothing at all matches', async () => {
    const { pagefind } = fakePagefind(PAGES);
    expect(await forgivingSearch(pagefind, 'qqqqqq', {}, VOCABULARY)).toMatchObject({ match: 'none', results: [] });
  });

  it('gives way to a newer debounced search', async () => {
    const pagefind = { search: async () => null, debouncedSearch: async () => null };
    expect(await forgivingSearch(pagefind, 'vpn', {}, VOCABULARY, 100)).toBeNull();
  });
});

describe('mergeResults', () => {
  it('ranks pages found by more words first', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 0.5 },
      ],
      [{ id: 'b', score: 0.9 }],
      [],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'a']);
  });
});
