import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleSchema, translationSchema } from './lib/article-schema';
import { createIdRegistry } from './lib/article-id';
import { contentDir, contentPath } from './lib/content-dir';
import { troubleshooterSchema } from './lib/troubleshooter/schema';

const articleId = createIdRegistry(contentPath('articles'));

const articles = defineCollection({
  loader: glob({
    base: `${contentDir}/articles`,
    pattern: '**/*.mdx',
    generateId: ({ entry }) => articleId(entry),
    // Pages render the compiled article, so the store (which the build bundles) does not
    // also keep its source: at 5,000 articles that is 20 MB of text and about 300 MB of peak
    // build memory.
    retainBody: false,
  }),
  // The fields and their meaning are in src/lib/article-schema.ts. `related` names other
  // articles, so here it becomes a reference the build can check.
  schema: articleSchema.extend({
    /** Other articles to offer at the end, by file name without `.mdx`. Each must exist. */
    related: z.array(reference('articles')).default([]),
  }),
});

/**
 * Translations of articles: `content/<lang>/articles/**` with the original's file name. Their
 * id is `<lang>/<slug>`; src/lib/articles.ts pairs each with its original.
 */
const translationId = new Map<string, ReturnType<typeof createIdRegistry>>();
const articleTranslations = defineCollection({
  loader: glob({
    base: contentDir,
    pattern: '*/articles/**/*.mdx',
    generateId: ({ entry }) => {
      const [lang = '', , ...rest] = entry.split('/');
      let registry = translationId.get(lang);
      if (!registry) translationId.set(lang, (registry = createIdRegistry(contentPath(lang, 'articles'))));
      return `${lang}/${registry(rest.join('/'))}`;
    },
    retainBody: false,
  }),
  schema: translationSchema,
});

/** Troubleshooters: see src/lib/troubleshooter/schema.ts for every field. */
const troubleshooters = defineCollection({
  loader: glob({ base: `${contentDir}/troubleshooters`, pattern: '**/*.{yaml,yml,json}' }),
  schema: troubleshooterSchema(reference('articles')),
});

/** Translations of troubleshooters: `content/<lang>/troubleshooters/<id>.yaml`, the same ids and edges. */
const troubleshooterTranslations = defineCollection({
  loader: glob({ base: contentDir, pattern: '*/troubleshooters/**/*.{yaml,yml,json}' }),
  schema: troubleshooterSchema(reference('articles')),
});

export const collections = { articles, articleTranslations, troubleshooters, troubleshooterTranslations };
