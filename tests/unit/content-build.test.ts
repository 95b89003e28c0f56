import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type FixtureResult } from '../support/fixture-build';

/*
 * Two real builds of the engine against small content folders: one that succeeds, showing
 * the checks and plugins are wired into the build, and one that fails, showing a writer's
 * mistakes stop it with the file and every field named. Each rule itself is tested without
 * a build: article-schema.test.ts, site-schema.test.ts, content-loading.test.ts,
 * articles-core.test.ts and markdown.test.ts.
 */
const site = readFileSync(new URL('../../content/site.json', import.meta.url), 'utf8');
const ui = readFileSync(new URL('../../content/ui.json', import.meta.url), 'utf8');

function article(fields: Record<string, string>, body = '## Section\n\nText.\n'): string {
  const defaults: Record<string, string> = {
    title: 'A test article',
    description: 'A description long enough to pass the schema check.',
    kind: 'guide',
    updated: '2026-11-28',
    sources: '\n  - title: Example source\n    url: https://example.org/source',
  };
  const yaml = Object.entries({ ...defaults, ...fields })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}`;
}

/** The smallest troubleshooter: the engine needs one for /troubleshoot/. */
const troubleshooter = `title: Test troubleshooter
description: A troubleshooter with one fix to try, for the fixture builds.
start: try-it
nodes:
  - id: try-it
    kind: fix
    title: Try the fix
    article: second
    instruction: Follow the steps, then reload the page.
    solved: fixed
    next: support
  - id: fixed
    kind: outcome
    result: solved
    title: Fixed
    text: Good, it works again.
  - id: support
    kind: outcome
    result: support
    title: Contact support
    text: Nothing worked, so send support the summary.
`;

let built: FixtureResult | undefined;
afterEach(() => {
  if (built) removeFixture(built);
  built = undefined;
});

describe('building content', () => {
  it('builds a valid content folder under a base path, with links in components and related articles resolved', () => {
    built = buildFixture(
      {
        'site.json': site,
      'ui.json': ui,
        'ui.json': ui,
        'articles/guides/first.mdx': article(
          { title: 'The first article', related: "['second']" },
          '## Hello\n\nSee [the second](/guides/second/#hello).\n\n<Callout type="tip">\n\nOr [the second, boxed](/guides/second/).\n\n</Callout>\n',
        ),
        'articles/fixes/second.mdx': article({ title: 'The second article', kind: 'fix' }, '## Hello\n\nText.\n'),
        'troubleshooters/test.yaml': troubleshooter,
      },
      { BASE_PATH: '/kb/' },
    );
    expect(built.output).toContain('Complete!');
    expect(built.ok).toBe(true);
    const page = readFileSync(join(built.dir, 'dist/guides/first/index.html'), 'utf8');
    // The link check rewrote both links under the base path, the one inside the component too.
    expect(page).toContain('href="/kb/guides/second/#hello"');
    expect(page).toContain('href="/kb/guides/second/"');
    // `related` resolved to the second article, listed under "Related".
    const related = page.slice(page.indexOf('id="related-title"'));
    expect(related).toContain('The second article');
    // The site settings were read.
    expect(page).toMatch(new RegExp(`<title>[^<]*${(JSON.parse(site) as { name: string }).name}[^<]*</title>`));
  });

  it('fails on bad frontmatter, naming the file and every field that is wrong', () => {
    built = buildFixture({
      'site.json': site,
      'ui.json': ui,
      'articles/guides/broken.mdx': article({
        kind: 'tutorial',
        description: `'${'A description that goes on and on. '.repeat(5)}'`,
        sources: '\n  - title: Old page\n    url: http://example.org/',
      }),
    });
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/content\/articles\/guides\/broken\.mdx/);
    expect(built.output).toMatch(/kind: Invalid option: expected one of "guide"\|"cause"\|"fix"\|"error"/);
    expect(built.output).toMatch(/description: must be at most 155 characters/);
    expect(built.output).toMatch(/sources\.0\.url: must be a full https:\/\/ address/);
  });
});
