import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { VOCABULARY_FILE } from '../lib/search/constants.ts';
import { buildVocabulary, namingTexts } from '../lib/search/vocabulary.ts';
import { forEachPage } from './built-pages.ts';

/**
 * Elements inside indexed content that are not content: the "#" link beside each heading
 * carries screen-reader text ("Section titled …") that would otherwise show up in result
 * excerpts.
 */
const EXCLUDE = ['.anchor-link'];

/**
 * Word positions per index chunk. A search downloads the chunk holding each of its words;
 * Pagefind's default (20,000) makes that about 20 KB gzip per word even on this small
 * site, and about 60 KB at 5,000 articles. At 4,000 a word costs about 4 KB here, and
 * about 10 KB for an uncommon word at 5,000 articles; the chunk list in the page list
 * grows by a few KB. Pagefind names the setting unstable: if it goes, the default applies.
 */
const INDEX_CHUNK_SIZE = '4000';

/**
 * Builds the search index after Astro has written the site, with Pagefind's Node API, so a
 * single `npm run build` produces everything. The index goes to `pagefind/` inside the
 * output folder Astro reports (which follows `outDir`); result URLs are made absolute under
 * the base path by the browser code, so the index itself does not depend on it.
 *
 * Next to the index it writes the site's vocabulary for "did you mean" suggestions.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const outputPath = join(outDir, 'pagefind');
        // Pagefind indexes in a process of its own; the vocabulary is read meanwhile.
        const [indexed, vocabulary] = await Promise.all([indexPages(outDir, outputPath), readVocabulary(outDir)]);
        logger.info(`Indexed ${indexed} pages into ${outputPath}`);
        await writeFile(join(outputPath, VOCABULARY_FILE), JSON.stringify(vocabulary));
        logger.info(`Wrote ${vocabulary.words.length} words to ${VOCABULARY_FILE}`);
      },
    },
  };
}

async function indexPages(outDir: string, outputPath: string): Promise<number> {
  // Read by the Pagefind process this starts, which inherits the environment.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no page to index in ${outDir}.`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** The words of every indexed page's headings, aliases and description. */
async function readVocabulary(outDir: string) {
  const texts: string[] = [];
  await forEachPage(outDir, (html) => texts.push(...namingTexts(html)));
  return buildVocabulary(texts);
}
