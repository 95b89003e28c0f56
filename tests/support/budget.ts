import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './site';
import { normaliseBasePath } from '../../src/lib/base-path';

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** A built page (of the site in `dist`) and the files it loads on first visit, with their gzip sizes. */
export function pageWeight(path: string, dist = DIST) {
  const basePath = normaliseBasePath(process.env['BASE_PATH']);
  const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
  const html = readFileSync(file, 'utf8');
  const local = (url: string) => join(dist, url.slice(basePath.length));
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? '');
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
  // Module scripts pull in their static imports too.
  const seen = new Set<string>();
  const queue = [...js];
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    if (seen.has(url) || !existsSync(local(url))) continue;
    seen.add(url);
    const code = readFileSync(local(url), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      const dep = new URL(m[1] ?? '', `http://x${url}`).pathname;
      queue.push(dep);
    }
  }
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  const sizeOf = (urls: Iterable<string>) => [...urls].reduce((n, u) => n + gzipSize(readFileSync(local(u))), 0);
  const cssBytes = sizeOf(css);
  const jsBytes = sizeOf(seen) + inlineJs.reduce((n, s) => n + gzipSize(s), 0);
  const htmlBytes = gzipSize(html);
  return { html: htmlBytes, css: cssBytes, js: jsBytes, total: htmlBytes + cssBytes + jsBytes, scripts: [...seen] };
}
