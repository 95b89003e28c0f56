/**
 * Where the topic lives. The engine under `src/` knows nothing about any topic: point
 * `KB_CONTENT_DIR` at another folder with the same layout to build another knowledge base.
 */
export const contentDir: string = process.env['KB_CONTENT_DIR'] ?? './content';
