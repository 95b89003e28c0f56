import { AstroError } from 'astro/errors';
import defaultUi from '@content/ui.json';
import { contentPath } from '../content-dir';
import { pathsFor, type Paths } from '../paths';
import { parseSiteTexts, translateSettings, type SiteSettings } from '../site-schema';
import { site } from '../site';
import { localePrefix, localesOf, type Locales } from './locales';
import { notALanguage } from './translation-files';
import { translator, uiStringsProblems, type Translate, type UiStrings } from './ui';

/*
 * The languages of the site and everything a page needs in one of them: its settings, its UI
 * texts and its addresses. The default language's files are the content folder's own
 * (`site.json`, `ui.json`); a translation's are in `content/<lang>/`, and each text it leaves
 * out falls back to the default's.
 */

export const locales: Locales = localesOf(site);

const siteFiles = import.meta.glob<unknown>('@content/*/site.json', { eager: true, import: 'default' });
const uiFiles = import.meta.glob<unknown>('@content/*/ui.json', { eager: true, import: 'default' });

/** The language folder a globbed file is in: `…/content/es/ui.json` → es. */
const folderOf = (file: string) => file.split('/').at(-2) ?? '';

function check(problems: string[], file: string): void {
  if (problems.length === 0) return;
  throw new AstroError(
    `${file}: the UI texts are invalid.\n  - ${problems.join('\n  - ')}`,
    'Each key names one text the engine shows (the list is in src/lib/i18n/ui-keys.ts); the default language’s file must have them all.',
  );
}

for (const file of [...Object.keys(siteFiles), ...Object.keys(uiFiles)]) {
  const folder = folderOf(file);
  if (!locales.translations.includes(folder)) {
    const problem = notALanguage(contentPath(folder, file.split('/').at(-1) ?? ''), folder, contentPath('site.json'));
    throw new AstroError(problem.message, problem.hint);
  }
}

check(uiStringsProblems(defaultUi, true), contentPath('ui.json'));
const fallbackUi = defaultUi as UiStrings;

export interface PageI18n {
  /** The language's tag, as in addresses ("es"). */
  locale: string;
  isDefault: boolean;
  /** The site's settings with this language's texts. */
  site: SiteSettings;
  /** This language's UI text for a key (and `t.plural` for a count). */
  t: Translate;
  /** Every address of the site, in this language. */
  paths: Paths;
  /** The same page in another language: `path` is this page's address without base or language. */
  localeHref: (locale: string, path: string) => string;
}

const cache = new Map<string, PageI18n>();

function build(locale: string): PageI18n {
  const isDefault = locale === locales.default;
  let settings = site;
  let own: Partial<UiStrings> = {};
  if (!isDefault) {
    const siteRaw = Object.entries(siteFiles).find(([file]) => folderOf(file) === locale)?.[1];
    if (siteRaw !== undefined) settings = translateSettings(site, parseSiteTexts(siteRaw, contentPath(locale, 'site.json')));
    const uiRaw = Object.entries(uiFiles).find(([file]) => folderOf(file) === locale)?.[1];
    if (uiRaw !== undefined) {
      check(uiStringsProblems(uiRaw, false), contentPath(locale, 'ui.json'));
      own = uiRaw as Partial<UiStrings>;
    }
  }
  const t = translator(own, fallbackUi, locale);
  return {
    locale,
    isDefault,
    site: settings,
    t,
    paths: pathsFor(localePrefix(locales, locale)),
    localeHref: (other, path) => pathsFor(localePrefix(locales, other)).home() + path.replace(/^\/+/, ''),
  };
}

/** Everything a page needs in `locale` (the default language when undefined or unknown). */
export function i18n(locale?: string): PageI18n {
  const tag = locale && locales.all.includes(locale) ? locale : locales.default;
  let entry = cache.get(tag);
  if (!entry) {
    entry = build(tag);
    cache.set(tag, entry);
  }
  return entry;
}

/** The language of the page being rendered, from its address (Astro's i18n routing). */
export function useI18n(astro: { currentLocale?: string | undefined }): PageI18n {
  return i18n(astro.currentLocale);
}

/**
 * The `lang` param of a page under `src/pages/[...lang]/`: undefined for the default
 * language (served at the root), the tag for each translation.
 */
export function langParams(): { lang: string | undefined }[] {
  return locales.all.map((locale) => ({ lang: locale === locales.default ? undefined : locale }));
}
