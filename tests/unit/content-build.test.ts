import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type FixtureResult } from '../support/fixture-build';
import { MARK, pseudo, pseudoJson, untranslatedTexts } from '../support/pseudo-locale';
import { article as fixtureArticle, fixAndSolved } from '../support/content-fixture';

/*
 * Two real builds of the engine against small content folders: one that succeeds, showing
 * the checks and plugins are wired into the build, in two languages, and one that fails, showing
 * the content check stops it first with the file, the line and every field named. Each rule
 * itself is tested without a build: content-check.test.ts (every content rule's message),
 * article-schema.test.ts, site-schema.test.ts, content-loading.test.ts, articles-core.test.ts
 * and markdown.test.ts.
 */
// The real site's settings, without the articles they name, which the fixtures do not have.
const {
  supportArticle: _support,
  mainGuide: _main,
  ...realSite
} = JSON.parse(readFileSync(new URL('../../content/site.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const site = JSON.stringify(realSite, null, 2);
const ui = readFileSync(new URL('../../content/ui.json', import.meta.url), 'utf8');

/** An article (content-fixture.ts's), with a section of text unless a body is given. */
const article = (fields: Record<string, string>, body = '## Section\n\nText.\n') => fixtureArticle(fields, body);

/** The smallest troubleshooter: the engine needs one for /troubleshoot/. */
const troubleshooter = `title: Test troubleshooter
description: A troubleshooter with one fix to try, for the fixture builds.
start: try-fix
nodes:
${fixAndSolved('second')}  - id: support
    kind: outcome
    result: support
    title: Contact support
    text: Nothing worked, so send support the summary.
`;

const htmlFilesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));

/*
 * The site in two languages: English and a pseudo-language, "xx", whose every word is marked
 * (tests/support/pseudo-locale.ts). The English article uses every component of the engine
 * with its default texts, so any word on an "xx" page without the mark is a text the engine
 * wrote itself instead of taking it from the language's ui.json.
 */
const english = JSON.parse(site) as Record<string, unknown>;
const EDIT_URL = 'https://git.example.org/kb/edit/main/';
const twoLanguages = JSON.stringify({ ...english, languages: { en: 'English', xx: pseudo('Pseudo') }, editUrl: EDIT_URL });
const { perGroup: _perGroup, ...homeTexts } = english['home'] as Record<string, unknown>;
const xxSite = JSON.stringify(
  pseudoJson({
    ...Object.fromEntries(['name', 'title', 'tagline', 'nav', 'article', 'kinds', 'footer'].map((k) => [k, english[k]])),
    description: 'A short description of the site, for the pseudo-language.',
    home: homeTexts,
  }),
);
const xxUi = JSON.stringify(pseudoJson(JSON.parse(ui)));
const components = [
  '<DoThisNow>\n\n1. Do [the first thing](/guides/second/).\n\n</DoThisNow>',
  '## Hello\n\nSee [the second](/guides/second/#hello).',
  '<Callout type="tip">\n\nOr [the second, boxed](/guides/second/).\n\n</Callout>',
  '<Callout type="caution">\n\nCareful.\n\n</Callout>',
  '<Steps>\n<Step title="Open the page">\n\nOpen it.\n\n</Step>\n<Step title="Reload">\n\nPress <Kbd>F5</Kbd>.\n\n</Step>\n</Steps>',
  '<Platforms>\n<Platform name="chrome">\n\nIn Chrome.\n\n</Platform>\n<Platform name="firefox">\n\nIn Firefox.\n\n</Platform>\n</Platforms>',
].join('\n\n');
/** The article body in the pseudo-language: text marked, components, their props and link targets as they are. */
const xxComponents = components.replace(/(<[^>]*>)|([^<]+)/g, (_m, tag: string | undefined, text: string | undefined) =>
  tag
    ? tag.replace(/title="([^"]*)"/, (_t, title: string) => `title="${pseudo(title)}"`)
    : pseudo(text ?? '').replace(/\]\([^)]*\)/g, (target) => target.replaceAll(MARK, '')),
);
const xxTranslation = (title: string, translatedFrom: string, body: string) =>
  `---\ntitle: '${pseudo(title)}'\ndescription: '${pseudo('A description long enough to pass the schema check.')}'\ntranslatedFrom: ${translatedFrom}\n---\n\n${body}\n`;

let built: FixtureResult | undefined;
afterEach(() => {
  if (built) removeFixture(built);
  built = undefined;
});

describe('a site in two languages, under a base path', () => {
  let site2: FixtureResult | undefined;
  const page = (path: string) => readFileSync(join(site2?.dir ?? '', 'dist', path), 'utf8');
  beforeAll(() => {
    site2 = buildFixture(
      {
        'site.json': twoLanguages,
        'ui.json': ui,
        'articles/guides/first.mdx': article({ title: 'The first article', related: "['second']" }, components),
        'articles/fixes/second.mdx': article({ title: 'The second article', kind: 'fix' }, '## Hello\n\nText.\n\n<Tally />\n'),
        // A component of the topic's own, with a class nothing in src/ uses.
        'components/Tally.astro': '<span class="slashed-zero" data-tally>0</span>\n',
        'articles/fixes/third.mdx': article({ title: 'The third article', kind: 'fix', updated: '2026-11-28' }, 'Text.\n'),
        'articles/fixes/undated.mdx': article({ title: 'An undated article', kind: 'fix', updated: '' }, 'Text.\n'),
        'articles/guides/unfinished.mdx': article({ title: 'An unfinished article', draft: 'true' }, 'Not ready.\n'),
        'troubleshooters/test.yaml': troubleshooter,
        'xx/site.json': xxSite,
        'xx/ui.json': xxUi,
        'xx/articles/guides/first.mdx': xxTranslation('The first article', '2026-11-28', xxComponents),
        'xx/articles/guides/unfinished.mdx': xxTranslation('An unfinished article', '2026-11-28', pseudo('Not ready.')),
        'xx/articles/fixes/third.mdx': xxTranslation('The third article', '2026-11-01', pseudo('Text in the pseudo-language.')),
        'xx/troubleshooters/test.yaml': troubleshooter.replace(
          /^(\s*(?:title|description|instruction|text): )(.*)$/gm,
          (_m, key: string, text: string) => key + pseudo(text),
        ),
      },
      { BASE_PATH: '/kb/' },
    );
  }, 120_000);
  afterAll(() => {
    if (site2) removeFixture(site2);
  });

  it('builds, with links in components and related articles resolved', () => {
    expect(site2?.output).toContain('Complete!');
    expect(site2?.ok).toBe(true);
    const first = page('guides/first/index.html');
    // The link check rewrote both links under the base path, the one inside the component too.
    expect(first).toContain('href="/kb/guides/second/#hello"');
    expect(first).toContain('href="/kb/guides/second/"');
    // `related` resolved to the second article, listed under "Related".
    expect(first.slice(first.indexOf('id="related-title"'))).toContain('The second article');
    // The site settings were read.
    expect(first).toMatch(new RegExp(`<title>[^<]*${english['name'] as string}[^<]*</title>`));
  });

  it('styles the topic’s own components: Tailwind generates their classes too', () => {
    expect(page('guides/second/index.html')).toContain('<span class="slashed-zero" data-tally>0</span>');
    const dist = join(site2?.dir ?? '', 'dist');
    const css = readdirSync(join(dist, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).toContain('.slashed-zero{');
  });

  it('leaves no text of the default language on a page of the other one', () => {
    const dist = join(site2?.dir ?? '', 'dist');
    const pages = htmlFilesIn(join(dist, 'xx'));
    expect(pages.length).toBeGreaterThan(10);
    const problems = pages.flatMap((file) => untranslatedTexts(readFileSync(file, 'utf8'), 'xx').map((text) => `${relative(dist, file)}: ${text}`));
    expect(problems).toEqual([]);
  });

  it('serves an untranslated article in the default language, with a notice, kept out of that language’s search and sitemap', () => {
    const second = page('xx/guides/second/index.html');
    expect(second).toContain('<html lang="xx"');
    expect(second).toContain('data-translation-notice');
    expect(second).toContain('<meta name="robots" content="noindex">');
    expect(second).not.toContain('data-pagefind-body');
    expect(second).toMatch(/<div data-article-body lang="en"/);
    expect(second).not.toContain('hreflang="xx"');
    const sitemap = page('sitemap-0.xml');
    expect(sitemap).not.toContain('/kb/xx/guides/second/');
    expect(sitemap).toContain('/kb/xx/guides/first/');
  });

  it('links every article to its own file for editing, a translation to the translation', () => {
    const editLink = (path: string) => /<a [^>]*href="([^"]*)"[^>]*data-edit-page/.exec(page(path))?.[1];
    expect(editLink('guides/first/index.html')).toBe(`${EDIT_URL}content/articles/guides/first.mdx`);
    expect(editLink('xx/guides/first/index.html')).toBe(`${EDIT_URL}content/xx/articles/guides/first.mdx`);
    // A page standing in for a missing translation shows the original, so it edits the original.
    expect(editLink('xx/guides/second/index.html')).toBe(`${EDIT_URL}content/articles/fixes/second.mdx`);
    expect(page('xx/guides/first/index.html')).toContain(`>${pseudo('Edit this page')}</a>`);
  });

  it('leaves drafts out, with their translations, and marks nothing as a draft', () => {
    const dist = join(site2?.dir ?? '', 'dist');
    expect(existsSync(join(dist, 'guides/unfinished'))).toBe(false);
    expect(existsSync(join(dist, 'xx/guides/unfinished'))).toBe(false);
    expect(htmlFilesIn(dist).filter((file) => /data-draft|An unfinished article/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('dates an article without `updated` by its file, outside git by its modification time', () => {
    const written = statSync(join(site2?.dir ?? '', 'content/articles/fixes/undated.mdx'))
      .mtime.toISOString()
      .slice(0, 10);
    expect(page('guides/undated/index.html')).toContain(`<time datetime="${written}">`);
    expect(page('guides/third/index.html')).toContain('<time datetime="2026-11-28">');
  });

  it('marks a translation made from an older original, and links the original', () => {
    expect(page('xx/guides/third/index.html')).toContain('data-translation-notice');
    expect(page('xx/guides/third/index.html')).toMatch(/href="\/kb\/guides\/third\/" hreflang="en"/);
    expect(page('xx/guides/first/index.html')).not.toContain('data-translation-notice');
  });

  it('links each page to itself in the other language, in the head, the sitemap and the language menu', () => {
    const first = page('xx/guides/first/index.html');
    expect(first).toContain('<link rel="alternate" hreflang="en" href="http://localhost:4321/kb/guides/first/">');
    expect(first).toContain('<link rel="alternate" hreflang="xx" href="http://localhost:4321/kb/xx/guides/first/">');
    expect(first).toContain('<link rel="alternate" hreflang="x-default" href="http://localhost:4321/kb/guides/first/">');
    expect(page('guides/first/index.html')).toMatch(/<a href="\/kb\/xx\/guides\/first\/" hreflang="xx" lang="xx"/);
    expect(page('sitemap-0.xml')).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="http://localhost:4321/kb/guides/first/"/>');
  });

  it('gives each language its own not-found page, search vocabulary and troubleshooter', () => {
    expect(page('xx/404.html')).toContain(pseudo('This page does not exist'));
    expect(page('pagefind/kb-vocabulary.xx.json')).toContain('ẋfirst'.toLowerCase());
    expect(page('xx/troubleshoot/index.html')).toContain(pseudo('Try the fix'));
    expect(page('xx/troubleshoot-steps/test/index.html')).toContain('<html lang="xx"');
  });
});

describe('building content', () => {
  it('fails on bad frontmatter, naming the file, the line and every field that is wrong', () => {
    built = buildFixture({
      'site.json': site,
      'ui.json': ui,
      'articles/guides/broken.mdx': article({
        kind: 'tutorial',
        description: `'${'A description that goes on and on. '.repeat(5)}'`,
        sources: '\n  - title: Old page\n    url: http://example.org/',
      }),
    });
    // The content check stops the build before any page renders, with its own lines: file and line, field, what to do.
    expect(built.ok).toBe(false);
    expect(built.output).toContain('The content check found 3 errors');
    expect(built.output).toMatch(/content\/articles\/guides\/broken\.mdx:3: description: must be at most 155 characters.*\(it has 175\)\. \[frontmatter\]/);
    expect(built.output).toMatch(
      /content\/articles\/guides\/broken\.mdx:4: kind: Invalid option: expected one of "guide"\|"cause"\|"fix"\|"error"\. \[frontmatter\]/,
    );
    expect(built.output).toMatch(/content\/articles\/guides\/broken\.mdx:8: source 1 \("Old page"\), url: must be a full https:\/\/ address\. \[frontmatter\]/);
  });
});
