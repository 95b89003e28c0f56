import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every HTML file under `dir`, at any depth. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/**
 * Reads every built page and hands its HTML to `each`, many files at a time: one read after
 * another would spend most of its time waiting on the disk, thousands of times over.
 */
export async function forEachPage(dir: string, each: (html: string, file: string) => void, parallel = 32): Promise<void> {
  const files = await htmlFiles(dir);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      each(await readFile(file, 'utf8'), file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker));
}
