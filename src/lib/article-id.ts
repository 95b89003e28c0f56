/**
 * Turns an article's path inside the articles folder into its id, which is also its URL slug.
 * Folders only organise the files: `fixes/turn-off-vpn.mdx` becomes `turn-off-vpn`, so an
 * article keeps its address when it moves between folders.
 */
export function articleIdFromPath(entry: string): string {
  const file = entry.split('/').pop() ?? entry;
  const id = file.replace(/\.mdx?$/i, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new Error(
      `content/articles/${entry}: the file name "${file}" is not a valid slug. ` +
        'Use lower-case letters, digits and single hyphens only, e.g. "turn-off-vpn.mdx".',
    );
  }
  return id;
}

/** Remembers which file produced each id, so two files with the same name fail loudly. */
export function createIdRegistry(): (entry: string) => string {
  const seen = new Map<string, string>();
  return (entry) => {
    const id = articleIdFromPath(entry);
    const previous = seen.get(id);
    if (previous !== undefined && previous !== entry) {
      throw new Error(
        `content/articles/${entry}: the slug "${id}" is already used by content/articles/${previous}. ` +
          'Every article needs a unique file name; rename one of them.',
      );
    }
    seen.set(id, entry);
    return id;
  };
}
