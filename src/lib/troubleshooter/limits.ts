import { didYouMean } from '../check/nearest.ts';
import { edges } from './graph.ts';
import type { Limit, Tree, TreeNode } from './schema.ts';
import { where } from './where.ts';

/*
 * A limit a troubleshooter file declares on itself: the most answers a reader may have to
 * give, from the start, to reach any of some nodes (by id) or any outcome of some results.
 * An answer is one click: a question's answer or a fix's "did this fix it?".
 */

/** The longest path (in answers) from `from` (the start) to every node it reaches, with the path itself. */
export function longestPaths(tree: Tree, from = tree.start): Map<string, string[]> {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const best = new Map<string, string[]>();
  // Longest path in a DAG: relax edges in topological order (a depth-first post-order, reversed).
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const node = byId.get(id);
    if (node) for (const next of edges(node)) visit(next);
    order.push(id);
  };
  visit(from);
  best.set(from, [from]);
  for (const id of order.reverse()) {
    const path = best.get(id);
    const node = byId.get(id);
    if (!path || !node) continue;
    for (const next of edges(node)) {
      const known = best.get(next);
      if (!known || known.length < path.length + 1) best.set(next, [...path, next]);
    }
  }
  return best;
}

function applies(limit: Limit, node: TreeNode): boolean {
  return Boolean(limit.nodes?.includes(node.id) || (node.kind === 'outcome' && limit.results?.includes(node.result)));
}

/**
 * Every broken limit, as a sentence naming the file (and line), the limit, the longest offending path
 * and what to do. Call it on a tree without cycles; unknown node ids in a limit are named too.
 */
export function findLimitProblems(tree: Tree, limits: readonly Limit[]): string[] {
  const problems: string[] = [];
  const ids = new Set(tree.nodes.map((n) => n.id));
  const fromStart = longestPaths(tree);
  limits.forEach((limit, index) => {
    const at = where(tree, ['limits', index]);
    // Paths through one of `through`: the longest way to it, then the longest way on from it.
    const paths = new Map<string, string[]>();
    for (const via of limit.through ?? [tree.start]) {
      const head = fromStart.get(via);
      if (!head) continue;
      for (const [id, tail] of longestPaths(tree, via)) {
        const path = [...head, ...tail.slice(1)];
        if ((paths.get(id)?.length ?? 0) < path.length) paths.set(id, path);
      }
    }
    for (const field of ['nodes', 'through'] as const) {
      limit[field]?.forEach((id, k) => {
        if (!ids.has(id))
          problems.push(
            `${where(tree, ['limits', index, field, k])}: the limit "${limit.name}" names the node "${id}", which does not exist.${didYouMean(id, ids)} Use the id of a node in this file.`,
          );
      });
    }
    const matching = tree.nodes.filter((n) => applies(limit, n));
    if (matching.length === 0) {
      problems.push(`${at}: the limit "${limit.name}" applies to no node. Name nodes that exist, or results that some outcome has.`);
      return;
    }
    let worst: string[] | undefined;
    for (const node of matching) {
      const path = paths.get(node.id);
      if (path && path.length - 1 > limit.maxAnswers && (!worst || path.length > worst.length)) worst = path;
    }
    if (worst) {
      problems.push(
        `${at}: the limit "${limit.name}" is broken: reaching "${worst.at(-1)}" can take ${worst.length - 1} answers (at most ${limit.maxAnswers}): ${worst.join(' → ')}. ` +
          'Ask fewer questions on the way, or lead an earlier answer to it.',
      );
    }
  });
  return problems;
}
