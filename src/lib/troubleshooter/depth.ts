import { edges } from './graph';
import type { Tree, TreeNode } from './schema';

/** The fewest and most steps from a node to an outcome. */
export interface Depth {
  min: number;
  max: number;
}

/**
 * For every node, the fewest and the most steps left to an outcome: 0 at an outcome, 1 at
 * a step whose answers all lead straight to outcomes. Call it on a validated tree only;
 * a cycle has no answer.
 */
export function computeDepths(tree: Tree): Map<string, Depth> {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const depths = new Map<string, Depth>();
  const visit = (node: TreeNode): Depth => {
    const known = depths.get(node.id);
    if (known) return known;
    const next = edges(node)
      .map((id) => byId.get(id))
      .filter((n): n is TreeNode => n !== undefined)
      .map(visit);
    const depth: Depth =
      next.length === 0 ? { min: 0, max: 0 } : { min: 1 + Math.min(...next.map((d) => d.min)), max: 1 + Math.max(...next.map((d) => d.max)) };
    depths.set(node.id, depth);
    return depth;
  };
  tree.nodes.forEach(visit);
  return depths;
}
