/**
 * Where the topic lives. The engine under `src/` knows nothing about any topic: point
 * `KB_CONTENT_DIR` at another folder with the same layout to build another knowledge base.
 */
export const contentDir: string = process.env['KB_CONTENT_DIR'] ?? './content';

/** The content folder as a writer would name it in a message: relative to where the build runs. */
export function contentPath(...parts: string[]): string {
  const full = [contentDir.replace(/\/+$/, ''), ...parts].join('/');
  return full.startsWith('./') ? full.slice(2) : full;
}
