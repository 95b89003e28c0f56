/** What the polite live region under a search box says. */

import type { ForgivingAnswer } from './forgiving';

/** How many results there are for a query. */
export function countMessage(count: number, query: string): string {
  const shown = query.trim();
  if (count === 0) return `No results for “${shown}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${shown}”.`;
}

/** What the results of a forgiving search are for: the query as typed, a correction, or some of its words. */
export function answerMessage(query: string, answer: Pick<ForgivingAnswer, 'results' | 'match' | 'shownQuery'>): string {
  const count = answer.results.length;
  if (answer.match === 'all' || answer.match === 'none') return countMessage(count, query);
  if (answer.match === 'corrected') return `${countMessage(0, query)} Showing ${countMessage(count, answer.shownQuery ?? '')}`;
  return `${countMessage(0, query)} Showing ${count} ${count === 1 ? 'page that matches' : 'pages that match'} some of the words.`;
}

/**
 * When Pagefind, the index or a result could not be fetched (offline, a deploy replaced the
 * files). The next search tries again, so the reader can simply type on.
 */
export const FAILED_MESSAGE = 'Search could not load. Type again to retry, or browse the A to Z index.';
