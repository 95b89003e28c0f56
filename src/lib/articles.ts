import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { neighbourMap, validateArticles } from './articles-core';
import { buildIndexPages } from './az-index';
import { contentPath } from './content-dir';
import { locales } from './i18n';
import { noOriginal } from './i18n/translation-files';
import { KINDS, type Kind } from './kinds';
import { lastUpdatedIn } from './last-updated';

export type Article = CollectionEntry<'articles'>;
export type ArticleTranslation = CollectionEntry<'articleTranslations'>;

/**
 * How an article stands in a language: the original (`source`), a `current` translation, an
 * `outdated` one (its original changed since), or a `fallback`: no translation yet, so the
 * original is shown with a notice and kept out of that language's search and sitemap.
 */
export type ArticleStatus = 'source' | 'current' | 'outdated' | 'fallback';

export interface PublishedArticle {
  id: string;
  filePath: string;
  title: string;
  description: string;
  aliases: string[];
  kind: Article['data']['kind'];
  priority: number;
  draft: boolean;
  related: { id: string }[];
  /**
   * When the original was last changed: its `updated`, or else its file's last commit (its
   * modification time outside git). Translations are compared with this date.
   */
  updated: Date;
  /** The original, whose data (kind, codes, sources, dates) every language shares. */
  entry: Article;
  /** What the page renders: the translation, or the original. */
  body: Article | ArticleTranslation;
  status: ArticleStatus;
  /** The language of its text when it is not the page's: the default language's, on a page standing in for a translation. */
  lang: string | undefined;
}

/**
 * Drafts are pages in `astro dev`, where a writer previews them among the others, marked as
 * drafts; a build leaves them out, with every link to one.
 */
const draftsShown = import.meta.env.DEV;

let everyOriginal: Promise<PublishedArticle[]> | undefined;
let originals: Promise<PublishedArticle[]> | undefined;

/** Every article of the default language, drafts included, validated: the first call checks every `related` reference. */
function getEveryOriginal(): Promise<PublishedArticle[]> {
  everyOriginal ??= (async () => {
    const entries = await getCollection('articles');
    // One read of the folder's git history, and only when some article leaves out `updated`.
    let lastUpdated: ReturnType<typeof lastUpdatedIn> | undefined;
    const all = entries.map((entry): PublishedArticle => {
      const filePath = entry.filePath ?? contentPath('articles', `${entry.id}.mdx`);
      return {
        id: entry.id,
        filePath,
        title: entry.data.title,
        description: entry.data.description,
        aliases: entry.data.aliases,
        kind: entry.data.kind,
        priority: entry.data.priority,
        draft: entry.data.draft,
        related: entry.data.related,
        updated: entry.data.updated ?? (lastUpdated ??= lastUpdatedIn(contentPath('articles')))(filePath),
        entry,
        body: entry,
        status: 'source',
        lang: undefined,
      };
    });
    validateArticles(all, { draftsShown });
    return all;
  })();
  return everyOriginal;
}

/** The default language's articles the site shows: the published ones, and in `astro dev` the drafts too. */
function getOriginals(): Promise<PublishedArticle[]> {
  originals ??= getEveryOriginal().then((all) => (draftsShown ? all : all.filter((a) => !a.draft)));
  return originals;
}

const byLocale = new Map<string, Promise<PublishedArticle[]>>();

/**
 * Every published article in `locale` (the default language when undefined), in the same
 * order and with the same ids in every language: each translation takes its original's
 * place, and an article without one is the original, marked `fallback`.
 */
export function getArticles(locale: string = locales.default): Promise<PublishedArticle[]> {
  let cached = byLocale.get(locale);
  if (!cached) {
    cached = locale === locales.default ? getOriginals() : translate(locale);
    byLocale.set(locale, cached);
  }
  return cached;
}

async function translate(locale: string): Promise<PublishedArticle[]> {
  const all = await getOriginals();
  const shown = new Set(all.map((a) => a.id));
  const ids = new Set((await getEveryOriginal()).map((a) => a.id));
  const translations = new Map<string, ArticleTranslation>();
  for (const entry of await getCollection('articleTranslations')) {
    const [lang = '', id = ''] = entry.id.split('/');
    if (lang !== locale) continue;
    if (!ids.has(id)) {
      const problem = noOriginal(entry.filePath ?? contentPath(lang, 'articles', id), 'article', id, contentPath('articles'));
      throw new AstroError(problem.message, problem.hint);
    }
    // The translation of a draft is left out with its original.
    if (shown.has(id) && (draftsShown || !entry.data.draft)) translations.set(id, entry);
  }
  return all.map((article): PublishedArticle => {
    const translation = translations.get(article.id);
    if (!translation) return { ...article, status: 'fallback', lang: locales.default };
    const { data } = translation;
    return {
      ...article,
      filePath: translation.filePath ?? article.filePath,
      title: data.title,
      description: data.description,
      aliases: data.aliases,
      body: translation,
      draft: article.draft || data.draft,
      status: data.translatedFrom.getTime() < article.updated.getTime() ? 'outdated' : 'current',
    };
  });
}

export interface ArticleIndex {
  byId: Map<string, PublishedArticle>;
  neighbours: Map<string, { prev?: PublishedArticle; next?: PublishedArticle }>;
}

const indexCache = new Map<string, Promise<ArticleIndex>>();

/**
 * Look-ups every article page needs, built once per language and build: doing them per page
 * would make the build quadratic in the number of articles.
 */
export function getArticleIndex(locale: string = locales.default): Promise<ArticleIndex> {
  let cached = indexCache.get(locale);
  if (!cached) {
    cached = (async () => {
      const all = await getArticles(locale);
      return { byId: new Map(all.map((a) => [a.id, a])), neighbours: neighbourMap(all, locale) };
    })();
    indexCache.set(locale, cached);
  }
  return cached;
}

/** Counts per kind, for the filter links. */
export async function kindCounts(locale?: string): Promise<Record<Kind | 'all', number>> {
  const all = await getArticles(locale);
  const counts = { all: all.length } as Record<Kind | 'all', number>;
  for (const kind of KINDS) counts[kind] = all.filter((a) => a.kind === kind).length;
  return counts;
}

/** The A–Z index pages, optionally of one kind, in one language: page 1 has no page segment. */
export async function indexPages(locale: string | undefined, kind?: Kind) {
  const all = await getArticles(locale);
  const items = all
    .filter((a) => !kind || a.kind === kind)
    .map(({ id, title, description, kind: k, lang, draft }) => ({ id, title, description, kind: k, lang, draft }));
  return buildIndexPages(items, undefined, locale ?? locales.default).map((index) => ({
    page: index.page === 1 ? undefined : `page/${index.page}`,
    index,
  }));
}
