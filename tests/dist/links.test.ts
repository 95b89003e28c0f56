import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readPages } from '../support/html';
import { DIST } from '../support/site';
import { normaliseBasePath } from '../../src/lib/base-path';

/*
 * Reads the built site rather than a browser: every internal link and #anchor must resolve,
 * and every external link must be a well-formed https URL. No network is used.
 */
const basePath = normaliseBasePath(process.env['BASE_PATH']);
const pages = readPages();
const byPath = new Map(pages.map((p) => [p.path, p]));

function targetFile(path: string): string | undefined {
  const rel = path.replace(/^\//, '');
  for (const candidate of [join(DIST, rel), join(DIST, rel, 'index.html')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) return candidate;
  }
  return undefined;
}

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      const where = `/${page.path} → ${href}`;
      if (/^(https?:|mailto:)/.test(href)) continue;
      if (href.startsWith('#')) {
        if (href.length > 1 && !page.ids.has(decodeURIComponent(href.slice(1)))) broken.push(`${where}: no element with that id`);
        continue;
      }
      if (!href.startsWith(basePath)) {
        broken.push(`${where}: internal links must start with the base path ${basePath}`);
        continue;
      }
      const url = new URL(href, 'http://site.invalid');
      const rel = url.pathname.slice(basePath.length);
      const target = byPath.get(rel);
      if (!target && !targetFile(rel)) {
        broken.push(`${where}: no such page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target && !target.ids.has(anchor)) broken.push(`${where}: no element with id "${anchor}" there`);
    }
  }
  expect(broken).toEqual([]);
});

test('external links are well-formed https URLs', () => {
  const bad: string[] = [];
  for (const page of pages) {
    for (const href of page.links) {
      if (!/^[a-z]+:/i.test(href)) continue;
      try {
        const url = new URL(href);
        if (url.protocol !== 'https:' || !url.hostname.includes('.')) bad.push(`/${page.path} → ${href}`);
      } catch {
        bad.push(`/${page.path} → ${href} (not a URL)`);
      }
    }
  }
  expect(bad).toEqual([]);
});

test('no id is used twice on a page', () => {
  const dupes: string[] = [];
  for (const page of pages) {
    const seen = new Map<string, number>();
    for (const m of page.html.matchAll(/\sid="([^"]+)"/g)) seen.set(m[1] ?? '', (seen.get(m[1] ?? '') ?? 0) + 1);
    for (const [id, n] of seen) if (n > 1) dupes.push(`/${page.path}#${id} ×${n}`);
  }
  expect(dupes).toEqual([]);
});
