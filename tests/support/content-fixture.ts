import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/*
 * Small content folders for the content check's tests, written to a temporary folder: a
 * sound site (every rule holds) that each test changes in one place, so the message it shows
 * is the one rule's.
 */

const ROOT = join(import.meta.dirname, '../..');

/** The default language's UI texts: the engine needs every one. */
export const UI_JSON = readFileSync(join(ROOT, 'content/ui.json'), 'utf8');

/** Site settings: the real site's, in one language, with the fixture's main guide. */
export function siteJson(changes: Record<string, unknown> = {}): string {
  const {
    languages: _languages,
    supportArticle: _support,
    ...settings
  } = JSON.parse(readFileSync(join(ROOT, 'content/site.json'), 'utf8')) as Record<string, unknown>;
  return JSON.stringify({ ...settings, mainGuide: 'main', ...changes }, null, 2);
}

/** An article: frontmatter fields (YAML values as written) and a body. */
export function article(fields: Record<string, string>, body: string): string {
  const defaults: Record<string, string> = {
    title: 'A test article',
    description: 'A description long enough to pass the schema check.',
    kind: 'guide',
    updated: '2026-11-28',
    sources: '\n  - title: Example source\n    url: https://example.org/source',
  };
  const yaml = Object.entries({ ...defaults, ...fields })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

/** A fix step and the solved outcome it leads to: the part every test troubleshooter has. */
export const fixAndSolved = (article: string) => `  - id: try-fix
    kind: fix
    title: Try the fix
    article: ${article}
    instruction: Follow the steps, then reload the page.
    solved: fixed
    next: support
  - id: fixed
    kind: outcome
    result: solved
    title: Fixed
    text: Good, it works again.
`;

/** A troubleshooter that offers the fix and the look-alike error, and keeps its promises. */
export const TROUBLESHOOTER = `title: Test troubleshooter
description: A troubleshooter for the content check's tests, with one fix.
start: what-happens
limits:
  - name: The fix within one answer
    nodes: [try-fix]
    maxAnswers: 1
scenarios:
  - name: The fix works
    answers: ['A block page', 'Yes']
    expect: fixed
nodes:
  - id: what-happens
    kind: question
    title: What do you see?
    answers:
      - label: A block page
        next: try-fix
      - label: Another error
        next: other-error
${fixAndSolved('fix')}  - id: other-error
    kind: outcome
    result: article
    title: Another error
    text: That page explains this other error.
    article: lookalike
  - id: support
    kind: outcome
    result: support
    title: Contact support
    text: Nothing worked, so send support the summary.
`;

/** A site where every rule holds: the main guide, a cause, its fix and a look-alike error, each linked. */
export function soundSite(): Record<string, string> {
  return {
    'site.json': siteJson(),
    'ui.json': UI_JSON,
    'articles/guides/main.mdx': article({ title: 'The main guide' }, '## Start here\n\nIt may be [the cause](/guides/cause/).\n'),
    'articles/causes/cause.mdx': article({ title: 'The cause', kind: 'cause' }, '## Why\n\nTry [the fix](/guides/fix/).\n'),
    'articles/fixes/fix.mdx': article({ title: 'The fix', kind: 'fix', related: "['cause']" }, '## Steps\n\nReload the page.\n'),
    'articles/errors/lookalike.mdx': article({ title: 'Another error', kind: 'error' }, '## Not this one\n\nRead [the main guide](/guides/main/).\n'),
    'troubleshooters/test.yaml': TROUBLESHOOTER,
  };
}

export interface ContentFolder {
  dir: string;
  /** A file of the folder as messages name it (relative to where the tests run). */
  file(path: string): string;
  remove(): void;
}

/** Writes `files` (paths inside the content folder) to a new temporary folder. */
export function contentFolder(files: Record<string, string | undefined>): ContentFolder {
  const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
  for (const [path, text] of Object.entries(files)) {
    if (text === undefined) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, file: (path) => relative(process.cwd(), join(dir, path)), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
