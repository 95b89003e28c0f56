import { expect, test } from 'vitest';
import { readPages } from '../support/html';

/*
 * What the built articles show. The rules on what articles link to (causes to fixes,
 * look-alike errors to the main guide, no orphan, every fix reachable) are content rules:
 * `npm run check:content` checks them on the files (src/lib/check/rules.ts), and
 * tests/unit/content-check.test.ts shows each one's message.
 */
const pages = readPages();

const articles = pages.flatMap((page) => {
  const id = /^guides\/([a-z0-9-]+)\/$/.exec(page.path)?.[1];
  const kind = /data-pagefind-filter="kind:([a-z]+)"/.exec(page.html)?.[1];
  return id && kind && id !== 'page' ? [{ id, kind, html: page.html }] : [];
});

test('there are articles of every kind', () => {
  expect(new Set(articles.map((a) => a.kind))).toEqual(new Set(['guide', 'cause', 'fix', 'error']));
});

test('every article shows at least one https source', () => {
  const unsourced = articles.filter((a) => {
    const section = a.html.slice(a.html.indexOf('aria-labelledby="sources-title"'));
    const list = section.slice(0, section.indexOf('</section>'));
    return !/<a\b[^>]*href="https:\/\//.test(list);
  });
  expect(unsourced.map((a) => a.id)).toEqual([]);
});
