import { getCollection, type CollectionEntry } from 'astro:content';
import { neighbourMap, validateArticles } from './articles-core';
import { buildIndexPages } from './az-index';
import { KINDS, type Kind } from './kinds';

export type Article = CollectionEntry<'articles'>;

export interface PublishedArticle {
  id: string;
  filePath: string;
  title: string;
  description: string;
  kind: Article['data']['kind'];
  priority: number;
  draft: boolean;
  related: { id: string }[];
  entry: Article;
}

let cache: Promise<PublishedArticle[]> | undefined;

/**
 * Every published article, validated. The first call checks the references between
 * articles, so any page that lists articles fails the build on a broken one.
 */
export function getArticles(): Promise<PublishedArticle[]> {
  cache ??= (async () => {
    const entries = await getCollection('articles');
    const all = entries.map((entry): PublishedArticle => ({
      id: entry.id,
      filePath: entry.filePath ?? `content/articles/${entry.id}.mdx`,
      title: entry.data.title,
      description: entry.data.description,
      kind: entry.data.kind,
      priority: entry.data.priority,
      draft: entry.data.draft,
      related: entry.data.related,
      entry,
    }));
    validateArticles(all);
    return all.filter((a) => !a.draft);
  })();
  return cache;
}

export interface ArticleIndex {
  byId: Map<string, PublishedArticle>;
  neighbours: Map<string, { prev?: PublishedArticle; next?: PublishedArticle }>;
}

let indexCache: Promise<ArticleIndex> | undefined;

/**
 * Look-ups every article page needs, built once per build: doing them per page would make
 * the build quadratic in the number of articles.
 */
export function getArticleIndex(): Promise<ArticleIndex> {
  indexCache ??= (async () => {
    const all = await getArticles();
    return { byId: new Map(all.map((a) => [a.id, a])), neighbours: neighbourMap(all) };
  })();
  return indexCache;
}

/** Counts per kind, for the filter links. */
export async function kindCounts(): Promise<Record<Kind | 'all', number>> {
  const all = await getArticles();
  const counts = { all: all.length } as Record<Kind | 'all', number>;
  for (const kind of KINDS) counts[kind] = all.filter((a) => a.kind === kind).length;
  return counts;
}

/** Static paths for the A–Z index, optionally of one kind: page 1 has no page segment. */
export async function indexPaths(kind?: Kind) {
  const all = await getArticles();
  const items = all.filter((a) => !kind || a.kind === kind).map(({ id, title, description, kind: k }) => ({ id, title, description, kind: k }));
  return buildIndexPages(items).map((index) => ({
    page: index.page === 1 ? undefined : `page/${index.page}`,
    index,
  }));
}
