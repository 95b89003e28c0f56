import { expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DIST } from '../support/site';
import { builtTree } from '../fixtures/troubleshooters/built';
import { normaliseBasePath } from '../../src/lib/base-path';

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
  for (const id of tree.steps.keys()) {
    const path = id === tree.start ? 'troubleshoot/index.html' : `troubleshoot/${id}/index.html`;
    expect(existsSync(join(DIST, path)), path).toBe(true);
    const html = read(path);
    expect(html).toMatch(/<article[^>]*data-pagefind-body[^>]*data-pagefind-filter="kind:troubleshooter"[^>]*data-pagefind-meta="kind:Troubleshooter step"/);
    // A step page holds its own step only: search sees one step per page, and the page does
    // not grow with the tree. The island loads the others from one shared file.
    expect(html.split('data-pagefind-body').length).toBe(2);
    expect(html.match(/\sdata-node="/g)).toHaveLength(1);
    expect(html).not.toContain('<template data-steps');
  }
  expect(existsSync(join(DIST, `troubleshoot/${tree.start}/index.html`))).toBe(false);
});

test('one shared file holds every step for the island, kept out of the sitemap and the index', () => {
  const tree = builtTree();
  const start = read('troubleshoot/index.html');
  const url = /<kb-wizard[^>]*\sdata-steps="([^"]+)"/.exec(start)?.[1] ?? '';
  const file = read(`${url.replace(/^\/+/, '').slice(normaliseBasePath(process.env['BASE_PATH']).length - 1)}index.html`);
  for (const id of tree.steps.keys()) expect(file).toContain(`data-node="${id}"`);
  expect(file).toContain('<meta name="robots" content="noindex">');
  expect(file).not.toContain('data-pagefind-body');
  expect(read('sitemap-0.xml')).not.toContain('troubleshoot-steps');
});

test('the sitemap lists every step and the map', () => {
  const tree = builtTree();
  const xml = read('sitemap-0.xml');
  for (const id of tree.steps.keys()) if (id !== tree.start) expect(xml).toContain(`/troubleshoot/${id}/</loc>`);
  expect(xml).toContain('/troubleshoot/map/</loc>');
});

test('search names each step by its title alone', () => {
  // Pagefind takes a page's title from its first <h1>; text around the title, such as the
  // "Try this fix" above a fix, must stay out of it, or results read "Try this fixTurn off…".
  const dir = join(DIST, 'pagefind/fragment');
  const titles = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    // Each fragment is gzip: Pagefind's signature, then the page's record as JSON.
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const record = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: { title?: string } };
    titles.set(record.url, record.meta.title ?? '');
  }
  const tree = builtTree();
  expect([...tree.steps.values()].some((step) => step.kind === 'fix')).toBe(true);
  for (const [id, step] of tree.steps) {
    const path = id === tree.start ? '/troubleshoot/' : `/troubleshoot/${id}/`;
    const url = [...titles.keys()].find((u) => u.endsWith(path));
    expect(url, `a search record for ${path}`).toBeDefined();
    expect(titles.get(url ?? ''), path).toBe(step.title);
  }
});
