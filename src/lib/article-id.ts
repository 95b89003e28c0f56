import { AstroError } from 'astro/errors';
import { SLUG_HINT, SLUG_PATTERN } from './routes.ts';

/**
 * Turns an article's path inside the articles folder into its id, which is also its URL slug.
 * Folders only organise the files: `fixes/turn-off-vpn.mdx` becomes `turn-off-vpn`, so an
 * article keeps its address when it moves between folders.
 */
export function articleIdFromPath(entry: string, folder = 'content/articles'): string {
  const file = entry.split('/').pop() ?? entry;
  const id = file.replace(/\.mdx?$/i, '');
  if (!SLUG_PATTERN.test(id)) {
    throw new AstroError(
      `${folder}/${entry}: the file name "${file}" is not a valid slug.`,
      `Rename it using ${SLUG_HINT.replace('vpn-on', 'turn-off-vpn.mdx')}.`,
    );
  }
  return id;
}

/** Remembers which file produced each id, so two files with the same name fail loudly. */
export function createIdRegistry(folder = 'content/articles'): (entry: string) => string {
  const seen = new Map<string, string>();
  return (entry) => {
    const id = articleIdFromPath(entry, folder);
    const previous = seen.get(id);
    if (previous !== undefined && previous !== entry) {
      throw new AstroError(
        `${folder}/${entry}: the slug "${id}" is already used by ${folder}/${previous}.`,
        'Every article needs a unique file name, whatever its folder; rename one of them.',
      );
    }
    seen.set(id, entry);
    return id;
  };
}
