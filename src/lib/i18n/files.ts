import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Locales } from './locales.ts';

/*
 * The UI texts for build steps that run outside pages (the Markdown plugins): read from the
 * content folder's files directly, per language, each falling back to the default language's.
 */

const cache = new Map<string, Record<string, string>>();

function read(file: string): Record<string, string> {
  let texts = cache.get(file);
  if (!texts) {
    texts = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
    cache.set(file, texts);
  }
  return texts;
}

/** The language a content file is in: `content/es/articles/…` → es, anything else the default. */
export function localeOfFile(contentDir: string, locales: Locales, file: string): string {
  const first = relative(contentDir, file).split(sep)[0] ?? '';
  return locales.translations.includes(first) ? first : locales.default;
}

/** One UI text in `locale`, from `content/<locale>/ui.json` or else the default's `content/ui.json`. */
export function uiText(contentDir: string, locales: Locales, locale: string, key: string): string {
  const own = locale === locales.default ? {} : read(join(contentDir, locale, 'ui.json'));
  return own[key] ?? read(join(contentDir, 'ui.json'))[key] ?? key;
}
