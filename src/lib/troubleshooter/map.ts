import { answerLabels, edges } from './graph';
import type { Tree, TreeNode } from './schema';

/**
 * The layout of the map page. A troubleshooter is a graph, not a tree: several answers can
 * lead to the same step. Each step is drawn once, where it is first met; other answers that
 * lead to it link to that place. To keep the drawing narrow on a phone, a step's first
 * answer that leads to a new step continues the same column below it, and only the other
 * branches are indented.
 */
export type MapBranch =
  /** The answer ends at an outcome, drawn inline. */
  | { kind: 'outcome'; label: string; target: string }
  /** The answer leads to a step drawn elsewhere on the map. */
  | { kind: 'link'; label: string; target: string }
  /** The answer leads to the step drawn next in the same column. */
  | { kind: 'continue'; label: string; target: string }
  /** The answer starts an indented column of its own. */
  | { kind: 'branch'; label: string; target: string; chain: MapCard[] };

export interface MapCard {
  node: TreeNode;
  branches: MapBranch[];
}

/** The columns of the map, starting at the start node. Call it on a validated tree. */
export function mapLayout(tree: Tree): MapCard[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const placed = new Set<string>();
  const isOutcome = (id: string) => byId.get(id)?.kind === 'outcome';

  const chain = (id: string): MapCard[] => {
    const node = byId.get(id);
    if (!node) return [];
    placed.add(id);
    const targets = edges(node);
    const labels = answerLabels(node);
    const continueAt = targets.findIndex((t) => !isOutcome(t) && !placed.has(t));
    // The continuation is laid out first so the main line claims its steps before any side branch.
    const rest = continueAt >= 0 ? chain(targets[continueAt] as string) : [];
    const branches = targets.map((target, i): MapBranch => {
      const label = labels[i] ?? '';
      if (i === continueAt) return { kind: 'continue', label, target };
      if (isOutcome(target)) return { kind: 'outcome', label, target };
      if (placed.has(target)) return { kind: 'link', label, target };
      return { kind: 'branch', label, target, chain: chain(target) };
    });
    return [{ node, branches }, ...rest];
  };
  return chain(tree.start);
}
