import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * The modules that load content apply their checks on the way in. Astro's Vite config
 * (vitest.config.ts) resolves `@content` and `astro:content` as the build does, so each
 * test swaps in the content it needs without a build.
 */
afterEach(() => {
  vi.resetModules();
  vi.doUnmock('@content/site.json');
  vi.doUnmock('astro:content');
});

describe('loading content', () => {
  it('stops on invalid site settings, naming the file', async () => {
    vi.doMock('@content/site.json', () => ({ default: { name: 'Only a name' } }));
    await expect(import('../../src/lib/site')).rejects.toThrow(/^content\/site\.json: the site settings are invalid\.\n {2}- title: /);
  });

  it('stops on an article whose related entry names no article, naming the file and the entry', async () => {
    const entry = (id: string, related: string[]) => ({
      id,
      filePath: `content/articles/fixes/${id}.mdx`,
      data: { title: id, description: `About ${id}`, kind: 'fix', priority: 1, draft: false, related: related.map((r) => ({ collection: 'articles', id: r })) },
    });
    vi.doMock('astro:content', () => ({ getCollection: () => Promise.resolve([entry('first', ['second']), entry('second', ['gone'])]) }));
    const { getArticles } = await import('../../src/lib/articles');
    await expect(getArticles()).rejects.toThrow(/content\/articles\/fixes\/second\.mdx: related\[0\] "gone" does not exist/);
  });
});
