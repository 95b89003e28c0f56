/**
 * The part of Pagefind's browser API (`pagefind/pagefind.js`, written by the build) that
 * the search UI uses, and its loader. The file only exists in the built site, so it is
 * imported by URL at first use, never bundled.
 */

import { HIGHLIGHT_PARAM } from './constants';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element: string; id: string; text: string };
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

export interface PagefindOptions {
  filters?: Record<string, { any: string[] } | string>;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: PagefindOptions) => Promise<PagefindSearch | null>;
  debouncedSearch: (query: string, options?: PagefindOptions, ms?: number) => Promise<PagefindSearch | null>;
  preload: (query: string) => Promise<void>;
}

/**
 * Pagefind favours short pages strongly by default (pageLength 0.75). Here the page a reader
 * wants is often the long, thorough one (the main 1020 guide), so page length counts for
 * less; titles (weighted in the markup) and aliases decide more. The aliases are metadata
 * (`data-pagefind-meta="aliases"`), so they match without ever appearing in an excerpt; a
 * match in them counts as much as one in the title, which Pagefind boosts 5 times.
 */
const RANKING = { pageLength: 0.25, metaWeights: { title: 5, aliases: 5 } };

let loading: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind once per page. `base` is the site's base path (ending in `/`): the bundle
 * lives under it, and result URLs are made absolute under it, so the same index works for a
 * site at the root or under a sub-path.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: base, highlightParam: HIGHLIGHT_PARAM, excerptLength: 22, ranking: RANKING });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    // A failed load (offline, blocked by a policy) may succeed on the next attempt.
    loading = undefined;
  });
  return loading;
}
