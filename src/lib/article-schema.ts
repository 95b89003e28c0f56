import { z } from 'astro/zod';
import { KINDS } from './kinds.ts';

/** A public web page an article is based on. */
export const sourceSchema = z.strictObject({
  /** What the page is, as a reader would recognise it ("Cloudflare docs: Error 1020"). */
  title: z.string().min(3),
  /** Its address. Only `https` links are accepted. */
  url: z.url({ protocol: /^https$/, error: 'must be a full https:// address' }),
});

/**
 * An article's frontmatter. It lives outside `src/content.config.ts`, which can only be
 * loaded by Astro, so that tests can parse frontmatter with it directly. The collection
 * extends it, replacing `related` with references to other articles.
 */
export const articleSchema = z.strictObject({
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
  /**
   * Other articles to offer at the end, by file name without `.mdx`. Each must exist: the
   * collection turns every entry into a reference, which the build checks.
   */
  related: z.array(z.string()).default([]),
  /** The public sources the article rests on. At least one. */
  sources: z.array(sourceSchema).min(1, 'list at least one source the article is based on'),
  /**
   * When the content was last checked against its sources. Leave it out to use the date of
   * the file's last commit (its modification time before its first commit); set it when a
   * change that matters to readers or translators should show, not every typo fix.
   */
  updated: z.coerce.date().optional(),
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
});

/**
 * A translation's frontmatter (`content/<lang>/articles/…/<slug>.mdx`, the same file name as
 * the article it translates). It holds what a reader reads; everything else (kind, codes,
 * related articles, sources, dates, order) is the original's, so a translation cannot drift
 * from it.
 */
export const translationSchema = z.strictObject({
  title: articleSchema.shape.title,
  description: articleSchema.shape.description,
  /** The words readers of this language use for the topic; search matches them. */
  aliases: articleSchema.shape.aliases,
  /**
   * The date of the original this translation was made from: its `updated`, or the date the
   * page shows as last updated when it has none. When the original's date is later, the page
   * says so and `npm run translations` lists it as outdated.
   */
  translatedFrom: z.coerce.date({ error: 'must be the original’s `updated` date, e.g. 2026-11-29' }),
  /** A draft translation is left out; the original is shown with a notice instead. */
  draft: z.boolean().default(false),
});
