import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema';

/*
 * The article frontmatter schema, parsed directly. The content build
 * (content-build.test.ts) shows once that the collection uses it and that the build names
 * the file; every rule is checked here, without a build.
 */
const valid = {
  title: 'A test article',
  description: 'A description long enough to pass the schema check.',
  kind: 'guide',
  updated: '2026-11-28',
  sources: [{ title: 'Example source', url: 'https://example.org/source' }],
};

/** Each problem as the build prints it: `field.path: message`. */
function problems(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the article frontmatter schema', () => {
  it('accepts the smallest valid frontmatter and fills in the defaults', () => {
    expect(articleSchema.parse(valid)).toEqual({
      ...valid,
      updated: new Date('2026-11-28'),
      errorCodes: [],
      related: [],
      aliases: [],
      priority: 100,
      draft: false,
    });
  });

  it('names the kinds an article may be', () => {
    expect(problems({ ...valid, kind: 'tutorial' })).toEqual(['kind: Invalid option: expected one of "guide"|"cause"|"fix"|"error"']);
  });

  it('accepts only https sources, and at least one', () => {
    expect(problems({ ...valid, sources: [{ title: 'Old page', url: 'http://example.org/' }] })).toEqual(['sources.0.url: must be a full https:// address']);
    expect(problems({ ...valid, sources: [{ title: 'Not a page', url: 'example.org' }] })).toEqual(['sources.0.url: must be a full https:// address']);
    expect(problems({ ...valid, sources: [] })).toEqual(['sources: list at least one source the article is based on']);
  });

  it('keeps the description short enough for a search result to show it whole', () => {
    expect(problems({ ...valid, description: 'x'.repeat(155) })).toEqual([]);
    expect(problems({ ...valid, description: 'x'.repeat(156) })).toEqual([
      'description: must be at most 155 characters, so a search result shows it whole: answer first, in one sentence',
    ]);
  });

  it('takes error codes as printed on the error page', () => {
    expect(problems({ ...valid, errorCodes: ['1020', '403'] })).toEqual([]);
    expect(problems({ ...valid, errorCodes: ['E1020'] })).toEqual(['errorCodes.0: must be a 3- or 4-digit code such as "1020"']);
  });

  it('rejects a field it does not know, so a misspelt one is not silently ignored', () => {
    expect(problems({ ...valid, relatd: ['turn-off-vpn'] })).toEqual([': Unrecognized key: "relatd"']);
  });

  it('reports every problem of a file at once', () => {
    expect(problems({ ...valid, kind: 'tutorial', priority: -1, updated: 'soon' }).map((p) => p.split(':')[0])).toEqual(['kind', 'updated', 'priority']);
  });
});
