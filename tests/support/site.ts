import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBasePath } from '../../src/lib/base-path';

/** The built site's folder. Tests read it to find every page. */
export const DIST = process.env['KB_OUT_DIR'] ?? 'dist';

/** Site-relative paths (no leading slash) of every page in the sitemap. */
export function sitemapPaths(): string[] {
  const index = join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} is missing: run "npm run build" before the end-to-end tests.`);
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths: string[] = [];
  for (const file of files) {
    const xml = readFileSync(join(DIST, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const url = new URL(match[1] ?? '');
      const basePath = normaliseBasePath(process.env['BASE_PATH']);
      paths.push(url.pathname.slice(basePath.length));
    }
  }
  return paths.sort();
}

/** Every built HTML file, as site-relative paths. */
export function htmlFiles(dir = DIST, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    if (entry.isDirectory()) {
      if (entry.name === 'pagefind' || entry.name === '_astro') continue;
      out.push(...htmlFiles(join(dir, entry.name), `${rel}/`));
    } else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out;
}
