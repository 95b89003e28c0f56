import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBasePath } from '../../src/lib/base-path';

/** The built site's folder. Tests read it to find every page. */
export const DIST = process.env['KB_OUT_DIR'] ?? 'dist';

/**
 * The fixture site the engine's browser tests run against: `tests/fixtures/site` built by
 * `npm run build:fixture`, so what the engine does is tested whatever the topic's articles say.
 */
export const FIXTURE_DIST = 'dist-fixture';

/** Site-relative paths (no leading slash) of every page in the sitemap of the site built in `dist`. */
export function sitemapPaths(dist = DIST): string[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index))
    throw new Error(`${index} is missing: run "${dist === FIXTURE_DIST ? 'npm run build:fixture' : 'npm run build'}" before the end-to-end tests.`);
  const files = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths: string[] = [];
  for (const file of files) {
    const xml = readFileSync(join(dist, file), 'utf8');
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
