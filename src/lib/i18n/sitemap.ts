import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listArticleIds } from '../markdown/internal-links.ts';
import { localePrefix, splitLocale, type Locales } from './locales.ts';
import { routes } from '../routes.ts';

/*
 * What the sitemap needs to know about languages, worked out from the content folder when the
 * build starts (the sitemap integration sees only addresses): which pages of a translation
 * are the default language's text standing in, and each page's versions in other languages.
 */

/**
 * The addresses (relative to the base path) of article pages a translation serves in the
 * default language, for want of a translated file: `es/guides/<slug>/`.
 */
export function untranslatedPages(contentDir: string, locales: Locales): Set<string> {
  const originals = listArticleIds(join(contentDir, 'articles'));
  const pages = new Set<string>();
  for (const locale of locales.translations) {
    const dir = join(contentDir, locale, 'articles');
    const translated = existsSync(dir) ? listArticleIds(dir) : new Set<string>();
    for (const id of originals) if (!translated.has(id)) pages.add(localePrefix(locales, locale) + routes.article(id));
    // A language without a troubleshooter of its own shows the original's steps.
    if (!existsSync(join(contentDir, locale, 'troubleshooters')) || readdirSync(join(contentDir, locale, 'troubleshooters')).length === 0) {
      pages.add(`${localePrefix(locales, locale)}${routes.troubleshooter()}*`);
    }
  }
  return pages;
}

/** Whether `path` (relative to the base) is one of the `untranslated` pages, or under one marked with `*`. */
export function isUntranslated(path: string, untranslated: ReadonlySet<string>): boolean {
  if (untranslated.has(path)) return true;
  for (const page of untranslated) if (page.endsWith('*') && path.startsWith(page.slice(0, -1))) return true;
  return false;
}

/** A sitemap entry's `xhtml:link` alternates: the page in every language it is written in, and x-default. */
export function sitemapLanguages(url: string, base: string, locales: Locales, untranslated: ReadonlySet<string>) {
  if (locales.all.length < 2) return [];
  const { origin, pathname } = new URL(url);
  const { rest } = splitLocale(locales, pathname.slice(base.length));
  const links = locales.all
    .map((lang) => ({ lang, path: localePrefix(locales, lang) + rest }))
    .filter(({ path }) => !isUntranslated(path, untranslated))
    .map(({ lang, path }) => ({ lang, url: `${origin}${base}${path}` }));
  if (links.length < 2) return [];
  const fallback = links.find((link) => link.lang === locales.default);
  return fallback ? [...links, { lang: 'x-default', url: fallback.url }] : links;
}
