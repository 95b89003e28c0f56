/** The query parameter result links carry, read by the highlight script on arrival. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The vocabulary file for suggestions in one language, written next to the Pagefind index:
 * each language's pages suggest only their own words, as Pagefind keeps one index per language.
 */
export function vocabularyFile(lang: string): string {
  return `kb-vocabulary.${lang.toLowerCase().replace(/[^a-z0-9-]/g, '')}.json`;
}
