import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from '../support/site';
import { builtTree } from '../fixtures/troubleshooters/built';

/* Checks on the built files: the island's byte budget and what search will index. */

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** A module and every module it imports, as files under dist. */
function moduleGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = read(file);
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    const spec = match[1] ?? '';
    const dir = file.split('/').slice(0, -1).join('/');
    const target = spec.startsWith('/') ? spec.replace(/^\/+/, '') : join(dir, spec);
    moduleGraph(target, seen);
  }
  return seen;
}

test('the <kb-wizard> island ships at most 6 KB of gzip JavaScript', () => {
  const html = read('troubleshoot/index.html');
  const src = /<script type="module" src="([^"]*Wizard[^"]*\.js)"/.exec(html)?.[1];
  expect(src, 'the start page loads the Wizard script').toBeTruthy();
  const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const files = moduleGraph((src ?? '').slice(base.length));
  const bytes = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f))).length, 0);
  expect(bytes).toBeGreaterThan(500);
  expect(bytes).toBeLessThanOrEqual(6 * 1024);
});

test('every step is its own page, indexed by search as a troubleshooter step', () => {
  const tree = builtTree();
  for (const id of Object.keys(tree.n)) {
    const path = id === tree.s ? 'troubleshoot/index.html' : `troubleshoot/${id}/index.html`;
    expect(existsSync(join(DIST, path)), path).toBe(true);
    const html = read(path);
    expect(html).toMatch(/<article[^>]*data-pagefind-body[^>]*data-pagefind-filter="kind:troubleshooter"[^>]*data-pagefind-meta="kind:Troubleshooter step"/);
    // The other steps sit in a template outside the indexed article, so search sees one step per page.
    expect(html.split('data-pagefind-body').length).toBe(2);
    expect(html.indexOf('<template data-steps')).toBeGreaterThan(html.indexOf('</article>'));
  }
  expect(existsSync(join(DIST, `troubleshoot/${tree.s}/index.html`))).toBe(false);
});

test('the sitemap lists every step and the map', () => {
  const tree = builtTree();
  const xml = read('sitemap-0.xml');
  for (const id of Object.keys(tree.n)) if (id !== tree.s) expect(xml).toContain(`/troubleshoot/${id}/</loc>`);
  expect(xml).toContain('/troubleshoot/map/</loc>');
});
