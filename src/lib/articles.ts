import { getCollection, type CollectionEntry } from 'astro:content';
import { validateArticles } from './articles-core';

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
