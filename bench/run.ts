/**
 * Scale benchmark: builds synthetic knowledge bases of N articles with the real pipeline and
 * reports build time, peak memory, output sizes and, on the largest site, search and
 * troubleshooter timings in Chromium.
 *
 *   npm run bench                      N = 100, 1000, 5000
 *   BENCH_SIZES=100,500 npm run bench  other sizes
 *
 * Writes bench/results.json and bench/results.md.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/browser.ts';
import { buildFloor } from './floor.ts';
import { generate, slug } from './generate.ts';
import { timed } from './timed.ts';

const ROOT = resolve(import.meta.dirname, '..');
const sizes = (process.env['BENCH_SIZES'] ?? '100,1000,5000').split(',').map(Number);
const port = Number(process.env['KB_PORT'] ?? 4340);
/** Two words as common as "network" (7 in 1,000 words of the real articles) and "firewall" (1.3). */
const COMMON_QUERY = 'network firewall';
/** Two rarer words: "router" and "restart", each under 1 in 1,000. */
const RARE_QUERY = 'router restart';

/** What the first search downloads, by part, in KB gzip. */
interface ColdQuery {
  /** pagefind.js, its worker and the WebAssembly: the same at any size. */
  runtime: number;
  /** The page list (`pf_meta`): a few bytes per indexed page. */
  pageList: number;
  /** Index chunks: one per query word, each about 20,000 word positions (fixed by Pagefind). */
  indexChunks: number;
  /** Filter indexes, if the query loaded any. */
  filters: number;
  /** One fragment per result shown. */
  fragments: number;
}

interface Row {
  n: number;
  buildSeconds: number;
  peakMemoryMB: number;
  floorSeconds: number;
  floorPeakMemoryMB: number;
  floorRatio: number;
  secondsPer1000Pages: number;
  pages: number;
  distMB: number;
  medianPageGzipKB: number;
  largestPageGzipKB: number;
  largestPage: string;
  articlePageGzipKB: number;
  pagefindMB: number;
  coldQueryKB?: number;
  coldQueries?: (ColdQuery & { query: string; total: number })[];
  searchColdMs?: number;
  searchWarmMs?: number;
  stepChangeMs?: number;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const sizeOf = (files: string[]) => files.reduce((n, f) => n + statSync(f).size, 0);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** A copy of the engine in `dir`, so a benchmark build shares no generated files or cache with the project. */
function copyEngine(dir: string): void {
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

function build(dir: string, content: string, out: string): { seconds: number; peakMB: number } {
  return timed(join(ROOT, 'node_modules/.bin/astro'), ['build'], dir, {
    ...process.env,
    KB_CONTENT_DIR: content,
    KB_OUT_DIR: out,
    KB_CACHE_DIR: join(dir, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  });
}

function part(path: string): keyof ColdQuery {
  if (path.endsWith('.pf_index')) return 'indexChunks';
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_filter')) return 'filters';
  if (path.includes('.pf_meta') || path.includes('pagefind-entry.json')) return 'pageList';
  return 'runtime';
}

/**
 * One search through Pagefind's own API, as the search UI uses it: load (a no-op once
 * loaded), search, read the top five results. Milliseconds, measured in the page.
 */
function searchInPage(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const t0 = performance.now();
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pagefind.init?.();
    const found = await pagefind.search(q);
    await Promise.all(found.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
    return performance.now() - t0;
  }, query);
}

async function browserTimings(dir: string, out: string): Promise<Pick<Row, 'coldQueryKB' | 'coldQueries' | 'searchColdMs' | 'searchWarmMs' | 'stepChangeMs'>> {
  const server = spawn(join(ROOT, 'node_modules/.bin/astro'), ['preview', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    env: { ...process.env, KB_OUT_DIR: out, KB_CACHE_DIR: join(dir, '.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const origin = `http://localhost:${port}`;
  try {
    for (let i = 0; i < 120; i++) {
      try {
        if ((await fetch(origin)).ok) break;
      } catch {
        // Not up yet.
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });

    /** A first search in a fresh page: its time and what it downloaded. */
    const coldSearch = async (query: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<[keyof ColdQuery, number]>[] = [];
      page.on('response', (response) => {
        const url = response.url();
        if (!url.includes('/pagefind/')) return;
        // Counted as a compressing host sends it; Pagefind's own index files are already gzip.
        bodies.push(
          response
            .body()
            .catch(() => Buffer.alloc(0))
            .then((b) => [part(new URL(url).pathname), gzipSync(b).length] as [keyof ColdQuery, number]),
        );
      });
      await page.goto(`${origin}/guides/${slug(1)}/`);
      const ms = await searchInPage(page, query);
      await page.waitForLoadState('networkidle');
      const parts: ColdQuery = { runtime: 0, pageList: 0, indexChunks: 0, filters: 0, fragments: 0 };
      for (const [key, bytes] of await Promise.all(bodies)) parts[key] += bytes;
      return { ms, parts, page, context };
    };

    const common = await coldSearch(COMMON_QUERY);
    // The same page again, now warm: only the new words' index chunks and fragments load.
    const warm = await searchInPage(common.page, RARE_QUERY);
    await common.context.close();
    const rare = await coldSearch(RARE_QUERY);
    await rare.context.close();
    const kb = (parts: ColdQuery) => Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(v / 1024)])) as unknown as ColdQuery;
    const total = (parts: ColdQuery) => round(Object.values(parts).reduce((a, b) => a + b, 0) / 1024);
    const coldQueries = [
      { query: COMMON_QUERY, ...kb(common.parts), total: total(common.parts) },
      { query: RARE_QUERY, ...kb(rare.parts), total: total(rare.parts) },
    ];
    const page = await browser.newPage();

    let stepChangeMs: number | undefined;
    await page.goto(`${origin}/troubleshoot/`);
    const heading = page.locator('h1, [data-step-heading]').first();
    const before = await heading.textContent();
    const answer = page.getByRole('link', { name: /Yes, try fix 0/ }).or(page.getByRole('button', { name: /Yes, try fix 0/ }));
    if ((await answer.count()) > 0) {
      const start = Date.now();
      await answer.first().click();
      await page.waitForFunction((old) => document.querySelector('h1, [data-step-heading]')?.textContent !== old, before);
      stepChangeMs = Date.now() - start;
    }
    await browser.close();
    return {
      coldQueryKB: total(common.parts),
      coldQueries,
      searchColdMs: Math.round(common.ms),
      searchWarmMs: Math.round(warm),
      ...(stepChangeMs === undefined ? {} : { stepChangeMs }),
    };
  } finally {
    server.kill();
  }
}

const rows: Row[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `kb-bench-${n}-`));
  try {
    copyEngine(dir);
    const content = generate(dir, n, join(ROOT, 'content/site.json'));
    const out = join(dir, 'dist');
    console.log(`N = ${n}: building the floor…`);
    const floor = buildFloor(join(content, 'articles'));
    console.log(`N = ${n}: building the site…`);
    const { seconds, peakMB } = build(dir, content, out);
    const files = walk(out);
    const html = files.filter((f) => f.endsWith('.html'));
    const gz = html.map((f) => ({ f, size: gzipSync(readFileSync(f)).length }));
    const largest = gz.reduce((a, b) => (b.size > a.size ? b : a));
    const articleGz = gzipSync(readFileSync(join(out, 'guides', slug(1), 'index.html'))).length;
    const row: Row = {
      n,
      buildSeconds: round(seconds),
      peakMemoryMB: Math.round(peakMB),
      floorSeconds: round(floor.seconds),
      floorPeakMemoryMB: Math.round(floor.peakMB),
      floorRatio: round(seconds / floor.seconds, 2),
      secondsPer1000Pages: round((seconds / html.length) * 1000, 2),
      pages: html.length,
      distMB: round(sizeOf(files) / 1024 / 1024),
      medianPageGzipKB: round(median(gz.map((g) => g.size)) / 1024),
      largestPageGzipKB: round(largest.size / 1024),
      largestPage: largest.f.slice(out.length),
      articlePageGzipKB: round(articleGz / 1024),
      pagefindMB: round(sizeOf(files.filter((f) => f.includes('/pagefind/'))) / 1024 / 1024),
    };
    if (n === Math.max(...sizes)) Object.assign(row, await browserTimings(dir, out));
    rows.push(row);
    console.log(JSON.stringify(row));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const header =
  '| N | build s | floor s | × floor | peak MB | floor peak MB | s / 1000 pages | pages | dist MB | median page gz KB | largest page gz KB | article gz KB | Pagefind MB | cold query KB | search cold ms | search warm ms | step change ms |';
const lines = rows.map(
  (r) =>
    `| ${r.n} | ${r.buildSeconds} | ${r.floorSeconds} | ${r.floorRatio} | ${r.peakMemoryMB} | ${r.floorPeakMemoryMB} | ${r.secondsPer1000Pages} | ${r.pages} | ${r.distMB} | ${r.medianPageGzipKB} | ${r.largestPageGzipKB} (${r.largestPage}) | ${r.articlePageGzipKB} | ${r.pagefindMB} | ${r.coldQueryKB ?? '–'} | ${r.searchColdMs ?? '–'} | ${r.searchWarmMs ?? '–'} | ${r.stepChangeMs ?? '–'} |`,
);
const coldTable = [
  '| N | query | runtime KB | page list KB | index chunks KB | filters KB | fragments KB | total KB |',
  `|${'---|'.repeat(8)}`,
  ...rows.flatMap((r) =>
    (r.coldQueries ?? []).map((q) => `| ${r.n} | ${q.query} | ${q.runtime} | ${q.pageList} | ${q.indexChunks} | ${q.filters} | ${q.fragments} | ${q.total} |`),
  ),
].join('\n');
const hasCold = rows.some((r) => r.coldQueries);
const table =
  [header, `|${'---|'.repeat(17)}`, ...lines].join('\n') +
  (hasCold ? `\n\nWhat a first search (two words, five results) downloads, gzip:\n\n${coldTable}` : '');
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
writeFileSync(join(ROOT, 'bench/results.md'), `${table}\n`);
console.log(`\n${table}`);
