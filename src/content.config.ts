import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { KINDS } from './lib/kinds';
import { createIdRegistry } from './lib/article-id';
import { contentDir, contentPath } from './lib/content-dir';
import { troubleshooterSchema } from './lib/troubleshooter/schema';

const articleId = createIdRegistry(contentPath('articles'));

/** A public web page an article is based on. */
const source = z.strictObject({
  /** What the page is, as a reader would recognise it ("Cloudflare docs: Error 1020"). */
  title: z.string().min(3),
  /** Its address. Only `https` links are accepted. */
  url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }),
});

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
  schema: z.strictObject({
    /** The page heading and `<title>`. Say what the reader sees or does, in their words. */
    title: z.string().min(3).max(90),
    /**
     * One sentence that answers the reader's question by itself, answer first. Used as the
     * meta description, under the title and on cards and search results; at most 155
     * characters, so a search engine shows it whole.
     */
    description: z.string().min(30).max(155, 'must be at most 155 characters, so a search result shows it whole: answer first, in one sentence'),
    /**
     * What the article is: a `cause` of the error, a `fix`, a look-alike `error`
     * (another code or message people confuse with this one) or a general `guide`.
     */
    kind: z.enum(KINDS),
    /** Error codes the article is about, as printed on the error page (e.g. `['1020']`). */
    errorCodes: z.array(z.string().regex(/^\d{3,4}$/, 'must be a 3- or 4-digit code such as "1020"')).default([]),
    /** Other articles to offer at the end, by file name without `.mdx`. Each must exist. */
    related: z.array(reference('articles')).default([]),
    /** The public sources the article rests on. At least one. */
    sources: z.array(source).min(1, 'list at least one source the article is based on'),
    /** When the content was last checked against its sources. */
    updated: z.coerce.date(),
    /** When the article was first published; the structured data uses `updated` without it. */
    published: z.coerce.date().optional(),
    /** Other words readers use for this topic ("proxy", "site data"); search matches them. */
    aliases: z.array(z.string().min(2)).default([]),
    /**
     * Sort weight within its kind: lower comes first. The home page shows the lowest of
     * each kind, so give the most useful articles small numbers.
     */
    priority: z.number().int().min(0).max(1000).default(100),
    /** A draft is left out of the built site. */
    draft: z.boolean().default(false),
  }),
});

/** Troubleshooters: see src/lib/troubleshooter/schema.ts for every field. */
const troubleshooters = defineCollection({
  loader: glob({ base: `${contentDir}/troubleshooters`, pattern: '**/*.{yaml,yml,json}' }),
  schema: troubleshooterSchema(reference('articles')),
});

export const collections = { articles, troubleshooters };
