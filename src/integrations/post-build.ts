import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readdir, rename, rmdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forEachPage } from './built-pages.ts';
import { indexPages, vocabularyReader } from './search-index.ts';
import { policyReader } from './security-headers.ts';

/**
 * Everything that runs on the finished site, in one pass: Pagefind indexes the pages in a
 * process of its own while every page is read once, for the search vocabulary and for its
 * security policy. Then the vocabulary goes next to the index and `_headers` next to the
 * pages. One `npm run build` produces it all, in the output folder Astro reports.
 */
export function postBuild(): AstroIntegration {
  return {
    name: 'kb:post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        await placeNotFoundPages(outDir);
        const searchDir = join(outDir, 'pagefind');
        const vocabulary = vocabularyReader();
        const policies = policyReader();
        const [indexed] = await Promise.all([
          indexPages(outDir, searchDir),
          forEachPage(outDir, (html, file) => {
            vocabulary.read(html);
            policies.read(html, relative(outDir, file));
          }),
        ]);
        logger.info(`Indexed ${indexed} pages into ${searchDir}; ${await vocabulary.write(searchDir)} words in the search vocabularies.`);
        const merged = await policies.write(outDir);
        logger.info(`_headers written (${merged} distinct page ${merged === 1 ? 'policy' : 'policies'}).`);
      },
    },
  };
}

/**
 * Moves each language's "not found" page from `<lang>/404/index.html`, where Astro writes it,
 * to `<lang>/404.html`, where static hosts look for it (Cloudflare Pages and the test server
 * serve the nearest 404.html up the path).
 */
async function placeNotFoundPages(outDir: string): Promise<void> {
  for (const entry of await readdir(outDir, { withFileTypes: true })) {
    const page = join(outDir, entry.name, '404', 'index.html');
    if (!entry.isDirectory() || !existsSync(page)) continue;
    await rename(page, join(outDir, entry.name, '404.html'));
    await rmdir(join(outDir, entry.name, '404'));
  }
}
