import { describe, expect, it } from 'vitest';
import { groupByKind, neighbourMap, validateArticles, type ArticleSummary } from '../../src/lib/articles-core';
import { buildIndexPages, indexLetter, letterId, paginate, sortByTitle } from '../../src/lib/az-index';

function article(id: string, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    filePath: `content/articles/${id}.mdx`,
    title: id.replace(/-/g, ' '),
    description: `About ${id}`,
    kind: 'fix',
    priority: 100,
    draft: false,
    related: [],
    ...overrides,
  };
}

describe('validateArticles', () => {
  it('accepts references to published articles', () => {
    expect(() => validateArticles([article('a', { related: [{ id: 'b' }] }), article('b')])).not.toThrow();
  });

  it('names the file, the field and the fix for a missing reference', () => {
    expect(() => validateArticles([article('a', { related: [{ id: 'b' }, { id: 'nope' }] }), article('b')])).toThrow(
      /content\/articles\/a\.mdx: related\[1\] "nope" does not exist\. Use the file name of an article/,
    );
  });

  it('rejects a reference to a draft and to the article itself', () => {
    const check = () => validateArticles([article('a', { related: [{ id: 'd' }, { id: 'a' }] }), article('d', { draft: true })]);
    expect(check).toThrow(/related\[0\] "d" is a draft/);
    expect(check).toThrow(/related\[1\] "a" is the article itself/);
  });

  it('accepts a reference to a draft where drafts are shown, as in astro dev', () => {
    expect(() => validateArticles([article('a', { related: [{ id: 'd' }] }), article('d', { draft: true })], { draftsShown: true })).not.toThrow();
  });

  it('does not check drafts themselves', () => {
    expect(() => validateArticles([article('d', { draft: true, related: [{ id: 'gone' }] })])).not.toThrow();
  });
});

describe('ordering and grouping', () => {
  const all = [
    article('c', { priority: 2, title: 'Charlie' }),
    article('a', { priority: 1, title: 'Alpha' }),
    article('b', { priority: 1, title: 'Bravo' }),
    article('x', { kind: 'cause', title: 'X-ray' }),
  ];

  it('groups by kind in the given order, by priority then title', () => {
    const groups = groupByKind(all, ['cause', 'fix', 'guide']);
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.id)])).toEqual([
      ['cause', ['x']],
      ['fix', ['a', 'b', 'c']],
      ['guide', []],
    ]);
  });

  it('gives previous and next within the same kind only', () => {
    const map = neighbourMap(all);
    expect(map.get('b')).toMatchObject({ prev: { id: 'a' }, next: { id: 'c' } });
    expect(map.get('a')?.prev).toBeUndefined();
    expect(map.get('x')).toEqual({});
  });
});

describe('A–Z index', () => {
  it('files titles under their first letter, ignoring quotes and accents', () => {
    expect(indexLetter('“Sorry, you have been blocked”')).toBe('S');
    expect(indexLetter('Érreur')).toBe('E');
    expect(indexLetter('1015 rate limit')).toBe('0–9');
    // The letter's section id is a plain id, usable as a CSS selector.
    expect(letterId('0–9')).toBe('letter-0-9');
    expect(letterId('E')).toBe('letter-e');
  });

  it('sorts titles naturally and ignoring punctuation', () => {
    const sorted = sortByTitle(['Error 1015', '“Access denied”', 'Error 502', 'beta'].map((title) => ({ title })));
    expect(sorted.map((t) => t.title)).toEqual(['“Access denied”', 'beta', 'Error 502', 'Error 1015']);
  });

  it('splits into pages of a fixed size with letter groups per page', () => {
    const items = Array.from({ length: 250 }, (_, i) => ({
      id: `a${i}`,
      title: `${String.fromCharCode(65 + (i % 26))} item ${i}`,
      description: '',
      kind: 'fix' as const,
    }));
    const pages = buildIndexPages(items, 100);
    expect(pages.map((p) => p.groups.reduce((n, g) => n + g.items.length, 0))).toEqual([100, 100, 50]);
    expect(pages.every((p) => p.pages === 3 && p.total === 250)).toBe(true);
    expect(pages[0]?.groups[0]?.letter).toBe('A');
  });

  it('always has one page, even when empty', () => {
    expect(paginate([], 10)).toEqual([[]]);
    expect(buildIndexPages([])).toHaveLength(1);
  });
});
