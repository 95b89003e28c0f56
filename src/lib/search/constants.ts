/** The query parameter result links carry, read by the highlight script on arrival. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The vocabulary file for suggestions, written next to the Pagefind index. */
export const VOCABULARY_FILE = 'kb-vocabulary.json';
