import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFixture, removeFixture, type FixtureResult } from '../support/fixture-build';

/*
 * These build the real engine against small content folders, to prove that bad content
 * stops the build with a message naming the file, the field and what to do.
 */
const site = readFileSync(new URL('../../content/site.json', import.meta.url), 'utf8');

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
  it('builds a valid content folder', () => {
    built = buildFixture({
      'site.json': site,
      'articles/guides/first.mdx': article({ related: "['second']" }, '## Hello\n\nSee [the second](/guides/second/#hello).\n'),
      'articles/fixes/second.mdx': article({ kind: 'fix' }),
      'troubleshooters/test.yaml': troubleshooter,
    });
    expect(built.output).toContain('Complete!');
    expect(built.ok).toBe(true);
  });

  it('fails on a bad frontmatter field, naming the file and the field', () => {
    built = buildFixture({
      'site.json': site,
      'articles/guides/broken.mdx': article({ kind: 'tutorial' }),
    });
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/content\/articles\/guides\/broken\.mdx/);
    expect(built.output).toMatch(/kind: Invalid option: expected one of "guide"\|"cause"\|"fix"\|"error"/);
  });

  it('fails on a source that is not an https address', () => {
    built = buildFixture({
      'site.json': site,
      'articles/guides/insecure.mdx': article({ sources: '\n  - title: Old page\n    url: http://example.org/' }),
    });
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/insecure\.mdx/);
    expect(built.output).toMatch(/sources\.0\.url: must be a full https:\/\/ address/);
  });

  it('fails on a related article that does not exist, naming file, field and fix', () => {
    built = buildFixture({
      'site.json': site,
      'articles/guides/lonely.mdx': article({ related: "['no-such-article']" }),
    });
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/lonely\.mdx: related\[0\] "no-such-article" does not exist\. Use the file name of an article/);
  });

  it('fails on a body link to a missing article, naming the file and the link', () => {
    built = buildFixture({
      'site.json': site,
      'articles/guides/linker.mdx': article({}, '## Links\n\nRead [this](/guides/vanished/).\n'),
    });
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/linker\.mdx/);
    expect(built.output).toMatch(/"\/guides\/vanished\/", but there is no article "vanished"/);
  });

  it('fails on invalid site settings, naming the file and the field', () => {
    built = buildFixture({
      'site.json': JSON.stringify({ ...JSON.parse(site), lang: '' }),
      'articles/guides/ok.mdx': article({}),
    });
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/content\/site\.json: the site settings are invalid[\s\S]*lang/);
  });
});

describe('links inside components', () => {
  it('checks and rewrites links written inside an MDX component', () => {
    built = buildFixture({
      'site.json': site,
      'articles/guides/boxed.mdx': article({}, '## Box\n\n<Callout type="tip">\n\nSee [the gone page](/guides/gone/).\n\n</Callout>\n'),
    });
    expect(built.ok).toBe(false);
    expect(built.output).toMatch(/boxed\.mdx[\s\S]*no article "gone"/);
  });
});
