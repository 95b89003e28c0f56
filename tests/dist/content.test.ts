import { expect, test } from 'vitest';
import { articleBody, linksIn, readPages } from '../support/html';
import { normaliseBasePath } from '../../src/lib/base-path';

/*
 * Rules that keep the knowledge base navigable: causes lead to fixes, fixes are reachable,
 * look-alike errors lead back to the main guide, nothing is an orphan, everything is sourced.
 */
const MAIN_GUIDE = 'what-is-error-1020';
const basePath = normaliseBasePath(process.env['BASE_PATH']);
const pages = readPages();

interface Article {
  id: string;
  kind: string;
  bodyLinks: string[];
  allLinks: string[];
  html: string;
}

const articleRe = /^guides\/([a-z0-9-]+)\/$/;
const articles: Article[] = pages.flatMap((page) => {
  const id = articleRe.exec(page.path)?.[1];
  const kind = /data-pagefind-filter="kind:([a-z]+)"/.exec(page.html)?.[1];
  if (!id || !kind || id === 'page') return [];
  const toArticle = (href: string) => (new RegExp(`^${basePath}guides/([a-z0-9-]+)/`).exec(href)?.[1] ?? '');
  const ids = (links: string[]) => links.map(toArticle).filter((x) => x && x !== 'kind' && x !== 'page');
  return [{ id, kind, html: page.html, bodyLinks: ids(linksIn(articleBody(page.html))), allLinks: ids(page.links) }];
});
const kindOf = new Map(articles.map((a) => [a.id, a.kind]));
const troubleshooterLinks = pages
  .filter((p) => p.path.startsWith('troubleshoot/'))
  .flatMap((p) => p.links.map((href) => new RegExp(`^${basePath}guides/([a-z0-9-]+)/`).exec(href)?.[1] ?? ''))
  .filter(Boolean);

test('there are articles of every kind', () => {
  expect(new Set(articles.map((a) => a.kind))).toEqual(new Set(['guide', 'cause', 'fix', 'error']));
});

test('every cause links to at least one fix in its text', () => {
  const missing = articles.filter((a) => a.kind === 'cause' && !a.bodyLinks.some((id) => kindOf.get(id) === 'fix'));
  expect(missing.map((a) => a.id)).toEqual([]);
});

test('every fix is linked from a cause or the troubleshooter', () => {
  const fromCauses = new Set(articles.filter((a) => a.kind === 'cause').flatMap((a) => a.bodyLinks));
  const missing = articles.filter((a) => a.kind === 'fix' && !fromCauses.has(a.id) && !troubleshooterLinks.includes(a.id));
  expect(missing.map((a) => a.id)).toEqual([]);
});

test('every look-alike error links back to the main guide in its text', () => {
  const missing = articles.filter((a) => a.kind === 'error' && !a.bodyLinks.includes(MAIN_GUIDE));
  expect(missing.map((a) => a.id)).toEqual([]);
});

test('no article is an orphan', () => {
  const linked = new Set(articles.flatMap((a) => a.allLinks.filter((id) => id !== a.id)));
  const orphans = articles.filter((a) => !linked.has(a.id) && !troubleshooterLinks.includes(a.id));
  expect(orphans.map((a) => a.id)).toEqual([]);
});

test('every article cites at least one https source', () => {
  const unsourced = articles.filter((a) => {
    const section = a.html.slice(a.html.indexOf('aria-labelledby="sources-title"'));
    const list = section.slice(0, section.indexOf('</section>'));
    return !/<a\b[^>]*href="https:\/\//.test(list);
  });
  expect(unsourced.map((a) => a.id)).toEqual([]);
});
