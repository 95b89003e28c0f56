import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { vocabularyFile } from '../lib/search/constants.ts';
import { buildVocabulary, namingTexts } from '../lib/search/vocabulary.ts';

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
 * Builds the search index with Pagefind's Node API into `outputPath`, in a process of its own,
 * and returns how many pages it indexed. Result URLs are made absolute under the base path by
 * the browser code, so the index itself does not depend on it.
 */
export async function indexPages(outDir: string, outputPath: string): Promise<number> {
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

/** Collects the words of every indexed page's headings, aliases and description, page by page and per language. */
export function vocabularyReader() {
  const texts = new Map<string, string[]>();
  return {
    read: (html: string) => {
      const words = namingTexts(html);
      if (words.length === 0) return;
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
      const list = texts.get(lang);
      if (list) list.push(...words);
      else texts.set(lang, [...words]);
    },
    /** Writes each language's vocabulary next to the index, for "did you mean" suggestions; returns the sizes. */
    write: async (outputPath: string) => {
      const sizes: string[] = [];
      for (const [lang, list] of texts) {
        const vocabulary = buildVocabulary(list);
        await writeFile(join(outputPath, vocabularyFile(lang)), JSON.stringify(vocabulary));
        sizes.push(`${vocabulary.words.length} (${lang})`);
      }
      return sizes.join(', ');
    },
  };
}
