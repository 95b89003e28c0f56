import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASTRO, createFixture, fixtureEnv } from '../support/fixture-build';

/*
 * What a writer sees in `astro dev` (`npm run dev`) that a build never shows: drafts, marked
 * as drafts, and links to them. The real dev server runs against a small content folder and
 * is asked for pages over HTTP. content-build.test.ts shows the same drafts left out of a
 * build, and a link to one failing it.
 */
const site = readFileSync(new URL('../../content/site.json', import.meta.url), 'utf8');
const ui = readFileSync(new URL('../../content/ui.json', import.meta.url), 'utf8');
const texts = JSON.parse(ui) as Record<string, string>;

const article = (title: string, extra: string, body: string) =>
  `---\ntitle: ${title}\ndescription: A description long enough to pass the schema check.\nkind: fix\nupdated: 2026-11-28\nsources:\n  - title: Example source\n    url: https://example.org/source\n${extra}---\n\n${body}\n`;

const troubleshooter = `title: Test troubleshooter
description: A troubleshooter with one outcome, for the dev server.
start: done
nodes:
  - id: done
    kind: outcome
    result: support
    title: Contact support
    text: Send support the summary.
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let dir = '';
let server: ChildProcess | undefined;
let origin = '';
let output = '';

/**
 * Resolves once the dev server serves the home page, or rejects with what it printed if it
 * stops first. (Vite listens a moment before Astro's pages are wired in, and answers 404 then.)
 */
async function started(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev stopped:\n${output}`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer within 90 s:\n${output}`);
}

const page = async (path: string) => {
  const response = await fetch(origin + path);
  return { status: response.status, html: await response.text() };
};

beforeAll(async () => {
  dir = createFixture({
    'site.json': site,
    'ui.json': ui,
    'articles/fixes/published.mdx': article('A published article', '', 'See [the unfinished one](/guides/unfinished/).'),
    'articles/fixes/unfinished.mdx': article('An unfinished article', 'draft: true\n', 'Not ready yet.'),
    'troubleshooters/test.yaml': troubleshooter,
  });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(ASTRO, ['dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, env: fixtureEnv() });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await started(`${origin}/`, server);
}, 120_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const stopped = new Promise((resolve) => server?.once('exit', resolve));
    server.kill();
    await stopped;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('drafts in astro dev', () => {
  it('serves a draft, with a badge and a notice saying the build leaves it out', async () => {
    const { status, html } = await page('/guides/unfinished/');
    expect(status).toBe(200);
    expect(html).toContain('An unfinished article');
    expect(html).toMatch(new RegExp(`<span[^>]*data-draft[^>]*>${texts['article.draft']}</span>`));
    expect(html).toContain(texts['article.draftNotice']);
  });

  it('lets a published article link to a draft', async () => {
    const { status, html } = await page('/guides/published/');
    expect(status).toBe(200);
    expect(html).toContain('href="/guides/unfinished/"');
    expect(html).not.toContain('data-draft-notice');
  });

  it('lists the draft with the others, marked', async () => {
    const { html } = await page('/guides/');
    const entry = html.slice(html.indexOf('An unfinished article'));
    expect(entry.slice(0, 600)).toContain('data-draft');
    expect(html.slice(html.indexOf('A published article')).slice(0, 300)).not.toContain('data-draft');
  });
});
