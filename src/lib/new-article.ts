import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { isKind, KINDS, type Kind } from './kinds.ts';
import { lastUpdatedIn } from './last-updated.ts';
import { SLUG_HINT, SLUG_PATTERN } from './routes.ts';

/*
 * What `npm run new` writes: a new article of a kind, or a translation of an article, with
 * every field and a comment saying what it is for. The files parse with the real schemas
 * (src/lib/article-schema.ts) as written, and start as drafts, so a new file is a page in
 * `npm run dev` at once and stays out of the build until its writer publishes it.
 */

/** The folder each kind's articles live in (folders only keep the files tidy). */
export const KIND_FOLDERS: Record<Kind, string> = { guide: 'guides', cause: 'causes', fix: 'fixes', error: 'errors' };

/** A mistake in what was asked for, with what to do; the command prints it and exits. */
export class NewArticleError extends Error {
  override name = 'NewArticleError';
}

/** A YAML string in single quotes, safe for any text. */
const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
const list = (items: readonly string[]) => `[${items.map(quoted).join(', ')}]`;

/** "turn-off-vpn" → "Turn off vpn": a title to replace, long enough to be valid. */
export function titleFromSlug(slug: string): string {
  const words = slug.replaceAll('-', ' ');
  const title = words.charAt(0).toUpperCase() + words.slice(1);
  return title.length >= 3 ? title : `${title} (title)`;
}

/** A body to start from, per kind, using the components articles have. */
const BODIES: Record<Kind, string> = {
  guide: `Start with the answer to the reader's question, in one or two sentences.

## First section

Write here. Link other articles by their address: \`[Another article](/guides/its-file-name/)\`.
`,
  cause: `Say in one or two sentences why this makes the block happen.

## How to tell whether this is your case

Write here.

## What to do

Link each fix that helps by its address: \`[Another article](/guides/its-file-name/)\`.
`,
  fix: `Say in one sentence what this fix changes and when it helps.

<Steps>
<Step title="First step">

What to do, in the words the reader sees on the screen.

</Step>
<Step title="Second step">

What to do next.

</Step>
</Steps>

## Did it work?

How the reader can tell, and what to try if it did not.
`,
  error: `<DoThisNow>

1. The cheapest thing to try first.
2. The next thing.

</DoThisNow>

## What this error means

Write here.

## What to do

Write here.
`,
};

/** A new article of `kind`: every field with a comment, a draft, and a body to start from. */
export function articleTemplate(kind: Kind, slug: string, title = titleFromSlug(slug)): string {
  return `---
# The page heading and <title>: what the reader sees or does, in their words (3 to 90 characters).
title: ${quoted(title)}
# One sentence that answers the reader's question on its own, answer first (30 to 155
# characters): the meta description, the line under the title, cards and search results.
description: ${quoted("Replace this with one sentence that answers the reader's question, answer first.")}
# What the article is: guide, cause (of the error), fix, or error (a look-alike error).
kind: ${kind}
# The error codes the article is about, as printed on the error page, e.g. ['1020'].
errorCodes: []
# Other words readers type for this topic ('proxy', 'site data'); search matches them.
aliases: []
# Other articles to offer at the end, by file name without .mdx, e.g. ['turn-off-vpn'].
related: []
# The public pages the article rests on: at least one, each with its https:// address.
sources:
  - title: ${quoted('Replace with the name of the page, as readers know it')}
    url: https://example.org/replace-with-the-source
# Order within its kind: lower comes first, and the home page shows the lowest (0 to 1000).
priority: 100
# When the content was last checked against its sources. Leave it out to use the date of
# the file's last commit; set it for a change readers or translators should notice.
# updated: ${new Date().toISOString().slice(0, 10)}
# When the article was first published, for search engines; without it, the last updated date.
# published: ${new Date().toISOString().slice(0, 10)}
# true: \`npm run dev\` shows the page, marked as a draft, and the build leaves it out.
# Set it to false to publish.
draft: true
---

${BODIES[kind]}`;
}

/** The original an article translation is made from: its frontmatter, its body and its date. */
export interface Original {
  /** Its path, relative to the project (as a writer names it). */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The date its page shows as last updated (ISO day): `updated`, or its file's last commit. */
  updated: string;
}

/** Splits an MDX file into its frontmatter (parsed) and its body. */
export function splitFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: (parse(match[1] ?? '') as Record<string, unknown> | null) ?? {}, body: source.slice(match[0].length) };
}

/** A translation of `original` into `languageName` (`locale`): its texts to translate, its date, a draft, and its body. */
export function translationTemplate(original: Original, locale: string, languageName: string): string {
  const text = (field: string) => (typeof original.data[field] === 'string' ? (original.data[field] as string) : '');
  const aliases = Array.isArray(original.data['aliases']) ? original.data['aliases'].map(String) : [];
  return `---
# The ${languageName} (${locale}) translation of ${original.file}. Translate the texts and
# the body; the rest (kind, error codes, related articles, sources, order) is the original's.
# The page heading and <title>, in ${languageName} (3 to 90 characters).
title: ${quoted(text('title'))}
# One sentence that answers the reader's question, answer first (30 to 155 characters).
description: ${quoted(text('description'))}
# The words readers of ${languageName} type for this topic; search matches them.
aliases: ${list(aliases)}
# The original's date this translation follows: leave it as it is. When the original
# changes later, the page says so and \`npm run translations\` lists this file.
translatedFrom: ${original.updated}
# true until the translation is done: \`npm run dev\` shows it, marked as a draft, and the
# build serves the original instead. Set it to false to publish.
draft: true
---

${original.body.replace(/^\s+/, '')}`;
}

/** Every article file under `articlesDir`, by id (its file name without .mdx), relative to the articles folder. */
export function articleFiles(articlesDir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(articlesDir)) return files;
  for (const entry of readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })) {
    const path = entry.split('\\').join('/');
    if (path.endsWith('.mdx')) files.set((path.split('/').pop() ?? path).replace(/\.mdx$/, ''), path);
  }
  return files;
}

/** Checks a slug given for a new file, accepting it with `.mdx`; returns the slug. */
export function checkSlug(given: string): string {
  const slug = given.trim().replace(/\.mdx$/, '');
  if (!SLUG_PATTERN.test(slug)) {
    throw new NewArticleError(`"${given}" cannot be a file name: use ${SLUG_HINT.replace('vpn-on', 'turn-off-vpn')}.`);
  }
  return slug;
}

/** Checks a kind given for a new article. */
export function checkKind(given: string): Kind {
  const kind = given.trim().toLowerCase();
  if (!isKind(kind)) throw new NewArticleError(`"${given}" is not a kind of article. Use one of: ${KINDS.join(', ')}.`);
  return kind;
}

export interface Planned {
  /** Where to write, relative to the project. */
  file: string;
  text: string;
  /** The article's address in `npm run dev`, relative to the site's root. */
  address: string;
}

/** Checks that no article uses `slug` yet, in any folder (ids are file names, whatever the folder). */
export function checkNewSlug(contentDir: string, slug: string, projectDir = process.cwd()): string {
  const articlesDir = join(contentDir, 'articles');
  const existing = articleFiles(articlesDir).get(slug);
  if (existing) {
    throw new NewArticleError(
      `${relative(projectDir, join(articlesDir, existing))} already uses the file name "${slug}", and every article needs its own (it is the address). Choose another, or edit that file.`,
    );
  }
  return slug;
}

/** A new article: where it goes and what it holds; refuses a slug another article already uses. */
export function planArticle(contentDir: string, kind: Kind, slug: string, title?: string, projectDir = process.cwd()): Planned {
  const articlesDir = join(contentDir, 'articles');
  checkNewSlug(contentDir, slug, projectDir);
  return {
    file: relative(projectDir, join(articlesDir, KIND_FOLDERS[kind], `${slug}.mdx`)),
    text: articleTemplate(kind, slug, title?.trim() || undefined),
    address: `guides/${slug}/`,
  };
}

/**
 * A translation of the article `given` ("fixes/turn-off-vpn" or "turn-off-vpn") into
 * `locale`: the same file name under `content/<locale>/articles/`, with the original's texts
 * to translate and its date. Refuses a language the site does not have and a translation
 * that exists.
 */
export function planTranslation(contentDir: string, locale: string, given: string, projectDir = process.cwd()): Planned {
  const languageName = checkLanguage(contentDir, locale, projectDir);
  const slug = checkSlug(given.split('/').pop() ?? given);
  const articlesDir = join(contentDir, 'articles');
  const path = articleFiles(articlesDir).get(slug);
  if (!path)
    throw new NewArticleError(`There is no article "${slug}" in ${relative(projectDir, articlesDir)} to translate. Use the file name of an article there.`);
  const existing = articleFiles(join(contentDir, locale, 'articles')).get(slug);
  if (existing) {
    throw new NewArticleError(`${relative(projectDir, join(contentDir, locale, 'articles', existing))} already translates "${slug}". Edit that file instead.`);
  }
  const originalFile = join(articlesDir, path);
  const { data, body } = splitFrontmatter(readFileSync(originalFile, 'utf8'));
  const own = data['updated'];
  const updated =
    own instanceof Date
      ? own.toISOString().slice(0, 10)
      : typeof own === 'string' && /^\d{4}-\d{2}-\d{2}/.test(own)
        ? own.slice(0, 10)
        : lastUpdatedIn(articlesDir)(originalFile).toISOString().slice(0, 10);
  const original: Original = { file: relative(projectDir, originalFile), data, body, updated };
  return {
    file: relative(projectDir, join(contentDir, locale, 'articles', path)),
    text: translationTemplate(original, locale, languageName),
    address: `${locale}/guides/${slug}/`,
  };
}

/** Checks that `locale` is one of the site's translations; returns the language's name. */
export function checkLanguage(contentDir: string, locale: string, projectDir = process.cwd()): string {
  const settings = JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')) as { lang?: string; languages?: Record<string, string> };
  const siteFile = relative(projectDir, join(contentDir, 'site.json'));
  const translations = Object.keys(settings.languages ?? {}).filter((tag) => tag !== settings.lang);
  if (locale === settings.lang) {
    throw new NewArticleError(`"${locale}" is the site's own language: write the article itself with \`npm run new -- <kind> <file-name>\`.`);
  }
  const languageName = settings.languages?.[locale];
  if (!languageName) {
    throw new NewArticleError(
      translations.length > 0
        ? `"${locale}" is not one of the site's languages (${translations.join(', ')}). Add it to "languages" in ${siteFile} first, or use one of those.`
        : `The site has one language. Add the language to "languages" in ${siteFile} first (see the README's "Languages").`,
    );
  }
  return languageName;
}
