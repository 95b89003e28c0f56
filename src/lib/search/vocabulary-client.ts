import { vocabularyFile } from './constants';

let vocabulary: Promise<string[]> | undefined;

/**
 * The site's vocabulary for suggestions (written by the build, see `vocabulary.ts`), fetched
 * only when a search finds nothing, and once per page. A failed fetch (offline, an error
 * status, a malformed file) gives no suggestions this time and is not kept, so the next
 * search that needs the vocabulary asks again.
 */
export function loadVocabulary(base: string, lang: string): Promise<string[]> {
  vocabulary ??= fetchVocabulary(`${base}pagefind/${vocabularyFile(lang)}`).catch(() => {
    vocabulary = undefined;
    return [];
  });
  return vocabulary;
}

async function fetchVocabulary(url: string): Promise<string[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const data = (await response.json()) as { words?: unknown };
  if (!Array.isArray(data.words)) throw new Error(`${url} has no word list`);
  return data.words.filter((w): w is string => typeof w === 'string');
}
