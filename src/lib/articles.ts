import { getCollection, type CollectionEntry } from 'astro:content';
import { neighbourMap, validateArticles } from './articles-core';

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
    const all = entries.map(
      (entry): PublishedArticle => ({
        id: entry.id,
        filePath: entry.filePath ?? `content/articles/${entry.id}.mdx`,
        title: entry.data.title,
        description: entry.data.description,
        kind: entry.data.kind,
        priority: entry.data.priority,
        draft: entry.data.draft,
        related: entry.data.related,
        entry,
      }),
    );
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
