import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CSpellUserSettings } from 'cspell-lib';
import { lineIndex } from './source-lines.ts';

/*
 * The spelling check, with cspell. Each file is checked in its own language: the default
 * language's files with its dictionary, a translation's with its own and the default one's
 * (translations quote the original's messages and product names as readers see them). Only
 * words readers see are checked: the caller blanks out everything else (keys, code, addresses).
 */

/** Dictionaries that are not bundled with cspell, by language tag: the package's cspell settings file. */
const LANGUAGE_DICTIONARIES: Record<string, string> = {
  es: '@cspell/dict-es-es/cspell-ext.json',
};

/** cspell's locales for a language tag: English accepts British and American spelling alike. */
const LOCALES: Record<string, string> = { en: 'en,en-GB' };

/** Suggestions are the slow part of cspell: only this many unknown words get them in one run. */
const MAX_SUGGESTED = 12;

const require = createRequire(import.meta.url);

/** Whether cspell has a dictionary for a language: English is bundled, the others come from LANGUAGE_DICTIONARIES. */
export function hasDictionary(lang: string): boolean {
  return lang === 'en' || lang.startsWith('en-') || lang in LANGUAGE_DICTIONARIES;
}

/** A word list: one word a line, `#` starts a comment. A missing file is an empty list. */
export function readWordList(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

export interface SpellTarget {
  /** The file, as messages name it. */
  file: string;
  /** Its text with everything but the words readers see blanked out, the same length as the file. */
  text: string;
  /** The language tag the file is written in. */
  lang: string;
}

export interface Misspelling {
  file: string;
  word: string;
  /** Every line the word is on in that file. */
  lines: number[];
  suggestions: string[];
}

/**
 * Every unknown word, once per file, with the lines it is on and cspell's suggestions.
 * `words` are the accepted words of each language (its word list and the default language's).
 */
export async function findMisspellings(targets: readonly SpellTarget[], words: (lang: string) => string[], defaultLang: string): Promise<Misspelling[]> {
  const { spellCheckDocument } = await import('cspell-lib');
  const found: Misspelling[] = [];
  // One settings object per language, so cspell builds its dictionaries once for all the files.
  const settingsFor = new Map<string, { locale: string; settings: CSpellUserSettings }>();
  const forLang = (lang: string) => {
    let entry = settingsFor.get(lang);
    if (!entry) {
      const langs = [...new Set([lang, defaultLang])];
      const locale = langs.map((tag) => LOCALES[tag] ?? tag).join(',');
      const imports = langs.flatMap((tag) => (LANGUAGE_DICTIONARIES[tag] ? [require.resolve(LANGUAGE_DICTIONARIES[tag])] : []));
      settingsFor.set(lang, (entry = { locale, settings: { language: locale, words: words(lang), import: imports } }));
    }
    return entry;
  };
  for (const target of targets) {
    const { locale, settings } = forLang(target.lang);
    const result = await spellCheckDocument(
      { uri: pathToFileURL(resolve(target.file)).href, text: target.text, languageId: 'plaintext', locale },
      { noConfigSearch: true, generateSuggestions: false },
      settings,
    );
    const lineOf = lineIndex(target.text);
    const byWord = new Map<string, Misspelling>();
    for (const issue of result.issues) {
      const line = lineOf(issue.offset);
      const known = byWord.get(issue.text);
      if (!known) byWord.set(issue.text, { file: target.file, word: issue.text, lines: [line], suggestions: [] });
      else if (!known.lines.includes(line)) known.lines.push(line);
    }
    found.push(...byWord.values());
  }
  // Suggestions, for the first few distinct words of each language in one small document:
  // cspell makes them far faster inside a check than one word at a time.
  const wordsByLang = new Map<string, Set<string>>();
  for (const misspelling of found) {
    const lang = targets.find((t) => t.file === misspelling.file)?.lang ?? defaultLang;
    const set = wordsByLang.get(lang) ?? new Set<string>();
    if (set.size < MAX_SUGGESTED) set.add(misspelling.word);
    wordsByLang.set(lang, set);
  }
  const suggested = new Map<string, string[]>();
  for (const [lang, unknown] of wordsByLang) {
    const { locale, settings } = forLang(lang);
    const result = await spellCheckDocument(
      { uri: pathToFileURL(resolve('suggestions.txt')).href, text: [...unknown].join('\n'), languageId: 'plaintext', locale },
      { noConfigSearch: true, generateSuggestions: true, numSuggestions: 3 },
      settings,
    );
    for (const issue of result.issues) suggested.set(`${lang}\u0000${issue.text}`, (issue.suggestions ?? []).slice(0, 3));
  }
  for (const misspelling of found) {
    const lang = targets.find((t) => t.file === misspelling.file)?.lang ?? defaultLang;
    misspelling.suggestions = suggested.get(`${lang}\u0000${misspelling.word}`) ?? [];
  }
  return found;
}
