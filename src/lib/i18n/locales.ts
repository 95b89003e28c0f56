import type { SiteSettings } from '../site-schema.ts';

/**
 * The languages of a site, from its settings: the default one, served at the root from the
 * content folder's root, and the translations, each under `/<tag>/` from `content/<tag>/`.
 * Plain data, so the build config, the post-build step and pages share one reading.
 */
export interface Locales {
  /** The default language's tag. */
  default: string;
  /** Every tag, default first, then in the order of `languages`. */
  all: string[];
  /** The translations' tags. */
  translations: string[];
  /** Each language's name in that language, for the language menu. */
  names: Record<string, string>;
}

export function localesOf(settings: Pick<SiteSettings, 'lang' | 'languages'>): Locales {
  const names = settings.languages ?? { [settings.lang]: settings.lang };
  const translations = Object.keys(names).filter((tag) => tag !== settings.lang);
  return { default: settings.lang, all: [settings.lang, ...translations], translations, names };
}

/** The address prefix of a language, relative to the base path: "" for the default, "es/" for Spanish. */
export function localePrefix(locales: Locales, locale: string): string {
  return locale === locales.default ? '' : `${locale}/`;
}

/**
 * The language of a site-relative path (no base path, no leading slash), and the path
 * without its language prefix: `es/guides/x/` → es, `guides/x/`.
 */
export function splitLocale(locales: Locales, path: string): { locale: string; rest: string } {
  const clean = path.replace(/^\/+/, '');
  const first = clean.split('/')[0] ?? '';
  if (locales.translations.includes(first)) return { locale: first, rest: clean.slice(first.length + 1) };
  return { locale: locales.default, rest: clean };
}
