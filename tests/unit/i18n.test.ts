import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localePrefix, localesOf, splitLocale } from '../../src/lib/i18n/locales';
import { isUntranslated, sitemapLanguages } from '../../src/lib/i18n/sitemap';
import { format, translator, uiStringsProblems } from '../../src/lib/i18n/ui';
import { UI_KEYS } from '../../src/lib/i18n/ui-keys';
import { parseSiteSettings, parseSiteTexts, translateSettings } from '../../src/lib/site-schema';
import { uiTexts } from '../support/ui';

/* The language logic on its own: locales from the settings, UI texts and their fallback, the sitemap's alternates. */

const locales = localesOf({ lang: 'en', languages: { en: 'English', es: 'Español', 'pt-br': 'Português' } });

describe('locales', () => {
  it('put the default first and serve it at the root, the others under their tag', () => {
    expect(locales).toMatchObject({ default: 'en', all: ['en', 'es', 'pt-br'], translations: ['es', 'pt-br'] });
    expect(localePrefix(locales, 'en')).toBe('');
    expect(localePrefix(locales, 'pt-br')).toBe('pt-br/');
    expect(splitLocale(locales, 'es/guides/x/')).toEqual({ locale: 'es', rest: 'guides/x/' });
    expect(splitLocale(locales, 'guides/es/')).toEqual({ locale: 'en', rest: 'guides/es/' });
    expect(localesOf({ lang: 'en' })).toMatchObject({ all: ['en'], translations: [] });
  });

  it('must name the default language among the languages', () => {
    const settings = JSON.parse(readFileSync('content/site.json', 'utf8')) as Record<string, unknown>;
    expect(() => parseSiteSettings({ ...settings, languages: { es: 'Español' } }, 'content/site.json')).toThrow(/does not name the default language "en"/);
  });
});

describe('UI texts', () => {
  it('the default language’s file has every text the engine shows, and nothing else', () => {
    expect(uiStringsProblems(uiTexts(), true)).toEqual([]);
    expect(Object.keys(uiTexts()).sort()).toEqual([...UI_KEYS].sort());
  });

  it('the Spanish file names only known texts, and has them all', () => {
    expect(uiStringsProblems(uiTexts('content/es/ui.json'), false)).toEqual([]);
    expect(Object.keys(uiTexts('content/es/ui.json')).sort()).toEqual([...UI_KEYS].sort());
  });

  it('a translation keeps every placeholder of the original text', () => {
    const en = uiTexts();
    const es = uiTexts('content/es/ui.json');
    const names = (text = '') => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]).sort();
    const lost = UI_KEYS.filter((key) => JSON.stringify(names(en[key])) !== JSON.stringify(names(es[key])));
    expect(lost).toEqual([]);
  });

  it('name a misspelt key with the nearest known one, and an empty text or a missing one', () => {
    expect(uiStringsProblems({ 'nav.hom': 'Inicio', 'search.title': '' }, false)).toEqual([
      '"nav.hom" is not a UI text the engine knows: did you mean "nav.home"?',
      '"search.title" must be a non-empty text: leave the key out to use the default language’s text',
    ]);
    expect(uiStringsProblems({ 'nav.home': 'Home' }, true)[0]).toMatch(/^the default language needs every text; missing: "skipToContent"/);
  });

  it('fall back key by key, fill placeholders, and pick plural forms by the language’s rules', () => {
    const t = translator(
      { 'nav.home': 'Inicio' },
      { 'nav.home': 'Home', 'search.title': 'Search', 'search.count.one': '{count} result', 'search.count.other': '{count} results' },
      'es',
    );
    expect(t('nav.home')).toBe('Inicio');
    expect(t('search.title')).toBe('Search');
    expect(t.plural('search.count', 1)).toBe('1 result');
    expect(t.plural('search.count', 0)).toBe('0 results');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('a translation’s site texts', () => {
  const settings = parseSiteSettings(JSON.parse(readFileSync('content/site.json', 'utf8')), 'content/site.json');

  it('replace the texts they name and keep the rest', () => {
    const es = translateSettings(settings, parseSiteTexts({ name: 'Ayuda', kinds: { fix: { label: 'Solución' } } }, 'content/es/site.json'));
    expect(es.name).toBe('Ayuda');
    expect(es.kinds.fix).toEqual({ ...settings.kinds.fix, label: 'Solución' });
    expect(es.kinds.cause).toEqual(settings.kinds.cause);
    expect(es.kindOrder).toEqual(settings.kindOrder);
  });

  it('may not change what is the site’s, not a language’s', () => {
    expect(() => parseSiteTexts({ kindOrder: ['fix'] }, 'content/es/site.json')).toThrow(
      /content\/es\/site\.json: the site settings are invalid\.\n {2}- "kindOrder" is not a field here\. Remove it\./,
    );
  });
});

describe('the sitemap’s languages', () => {
  const untranslated = new Set(['es/guides/second/', 'pt-br/troubleshoot/*']);

  it('list the page in every language it is written in, and the default as x-default', () => {
    expect(sitemapLanguages('https://x.org/kb/es/guides/first/', '/kb/', locales, untranslated)).toEqual([
      { lang: 'en', url: 'https://x.org/kb/guides/first/' },
      { lang: 'es', url: 'https://x.org/kb/es/guides/first/' },
      { lang: 'pt-br', url: 'https://x.org/kb/pt-br/guides/first/' },
      { lang: 'x-default', url: 'https://x.org/kb/guides/first/' },
    ]);
  });

  it('leave out the languages that only stand in for a missing translation', () => {
    expect(sitemapLanguages('https://x.org/kb/guides/second/', '/kb/', locales, untranslated).map((l) => l.lang)).toEqual(['en', 'pt-br', 'x-default']);
    expect(isUntranslated('pt-br/troubleshoot/vpn-on/', untranslated)).toBe(true);
    expect(isUntranslated('es/troubleshoot/vpn-on/', untranslated)).toBe(false);
  });
});
