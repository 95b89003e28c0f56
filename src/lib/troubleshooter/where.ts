import type { Path } from '../check/source-lines.ts';
import type { Tree } from './schema.ts';

/*
 * How every troubleshooter message says where: the file, and the line when the tree was read
 * with its lines (the content check and the build read them; unit tests may not).
 */

/** `file:line` of the value at `path`, or the file alone. */
export function where(tree: Pick<Tree, 'file' | 'lineOf'>, path: Path = []): string {
  const line = path.length > 0 ? tree.lineOf?.(path) : undefined;
  return line ? `${tree.file}:${line}` : tree.file;
}

/** The path of the first node with this id in the file's list of nodes. */
export function nodePath(tree: Pick<Tree, 'nodes'>, id: string, ...rest: Path): Path {
  const index = tree.nodes.findIndex((node) => node.id === id);
  return index < 0 ? [] : ['nodes', index, ...rest];
}
