import { nearest } from '../check/nearest.ts';
import { UI_KEYS, type UiKey } from './ui-keys.ts';

/** One language's UI texts: every key for the default language, any of them for a translation. */
export type UiStrings = Record<UiKey, string>;

/** Values for a text's `{placeholders}`. */
export type UiVars = Record<string, string | number>;

/**
 * A translator: the text of `key` in one language, its placeholders filled in; `plural`
 * picks the form of `key.one` / `key.other` that fits `count` in that language.
 */
export type Translate = ((key: UiKey, vars?: UiVars) => string) & {
  plural: (key: string, count: number, vars?: UiVars) => string;
};

const KEY_SET: ReadonlySet<string> = new Set(UI_KEYS);

/** The key nearest to a misspelt one, for "did you mean" hints. */
export function nearestKey(key: string): string | undefined {
  return nearest(key, UI_KEYS);
}

/** One problem in a strings file: the key it is about (none for the file as a whole), and what to do. */
export interface UiTextProblem {
  key?: string;
  message: string;
}

/** Problems in a strings file: unknown keys (with the nearest known one), missing or empty values. */
export function uiTextProblems(raw: unknown, complete: boolean): UiTextProblem[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [{ message: 'the file must hold one JSON object of "key": "text" pairs' }];
  const problems: UiTextProblem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!KEY_SET.has(key)) {
      const near = nearestKey(key);
      problems.push({ key, message: `"${key}" is not a UI text the engine knows${near ? `: did you mean "${near}"?` : '; remove it'}` });
    } else if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ key, message: `"${key}" must be a non-empty text: leave the key out to use the default language’s text` });
    }
  }
  if (complete) {
    const missing = UI_KEYS.filter((key) => !(key in raw));
    if (missing.length > 0) problems.push({ message: `the default language needs every text; missing: ${missing.map((k) => `"${k}"`).join(', ')}` });
  }
  return problems;
}

/** The same problems, one line each. */
export function uiStringsProblems(raw: unknown, complete: boolean): string[] {
  return uiTextProblems(raw, complete).map((problem) => problem.message);
}

/** Fills `{name}` placeholders; a placeholder without a value stays as it is, so a gap shows. */
export function format(text: string, vars?: UiVars): string {
  if (!vars) return text;
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A translator for `lang` over its texts, each missing one taken from `fallback` (the default
 * language's), and a missing one there shown as its key, so a gap is seen.
 */
export function translator(own: Partial<Record<string, string>>, fallback: Partial<Record<string, string>>, lang: string): Translate {
  const t = ((key: UiKey, vars?: UiVars) => format(own[key] ?? fallback[key] ?? key, vars)) as Translate;
  t.plural = (key, count, vars) => t(pluralKey(key, count, lang) as UiKey, { count, ...vars });
  return t;
}

/**
 * The plural form of `key` for `count` in `lang` (`key.one`, `key.other`, …): English and
 * Spanish need `one` and `other`; the rules come from the browser's and Node's Intl.
 */
export function pluralKey(key: string, count: number, lang: string): string {
  return new Intl.PluralRules(lang).select(count) === 'one' ? `${key}.one` : `${key}.other`;
}
