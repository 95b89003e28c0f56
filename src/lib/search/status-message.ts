/** What the polite live region under a search box says, in the page's language. */

import type { Translate } from '../i18n/ui';
import { uiKeysFor } from '../i18n/ui-keys';
import type { ForgivingAnswer } from './forgiving';

/** The UI texts the search messages use; a page passes them to the search code in `data-ui`. */
export const SEARCH_MESSAGE_KEYS = uiKeysFor([
  'search.count.',
  'search.some.',
  'search.corrected',
  'search.failed',
  'search.prompt',
  'search.more',
  'search.noMatch',
]);

/** How many results there are for a query. */
export function countMessage(count: number, query: string, t: Translate): string {
  const shown = query.trim();
  if (count === 0) return t('search.count.none', { query: shown });
  return t.plural('search.count', count, { query: shown });
}

/** What the results of a forgiving search are for: the query as typed, a correction, or some of its words. */
export function answerMessage(query: string, answer: Pick<ForgivingAnswer, 'results' | 'match' | 'shownQuery'>, t: Translate): string {
  const count = answer.results.length;
  if (answer.match === 'all' || answer.match === 'none') return countMessage(count, query, t);
  if (answer.match === 'corrected') {
    return `${countMessage(0, query, t)} ${t('search.corrected', { results: countMessage(count, answer.shownQuery ?? '', t) })}`;
  }
  return `${countMessage(0, query, t)} ${t.plural('search.some', count)}`;
}
