import { didYouMean } from '../check/nearest.ts';
import { articleLinks, edges } from './graph.ts';
import { findLimitProblems } from './limits.ts';
import { findScenarioProblems } from './scenarios.ts';
import type { Tree, TreeNode } from './schema.ts';
import { nodePath, where } from './where.ts';

export class TroubleshooterError extends Error {
  override name = 'TroubleshooterError';
}

/**
 * Every problem with the graph of one troubleshooter, each as a sentence naming the file (and
 * line), the node and what to change. The file's shape (ids that can be addresses, two answers
 * or more, the fields each kind needs) is the schema's job; this takes a tree of that shape. An
 * empty list means the tree is sound: ids are unique, every `next` resolves, every article
 * is published, there is no cycle, and every node is reachable from the start. Since every
 * question has answers, every path then ends at an outcome.
 */
export function findProblems(tree: Tree, articleIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const byId = new Map<string, TreeNode>();
  const at = (node: TreeNode | string, ...field: (string | number)[]) => {
    const id = typeof node === 'string' ? node : node.id;
    return `${where(tree, nodePath(tree, id, ...field))}: node "${id}"`;
  };
  const missing = (id: string) => `${didYouMean(id, byId.keys())} Use the id of a node in this file, or add that node.`;

  tree.nodes.forEach((node, index) => {
    const first = byId.get(node.id);
    if (first) {
      const firstIndex = tree.nodes.indexOf(first);
      const firstLine = tree.lineOf?.(['nodes', firstIndex]);
      problems.push(
        `${where(tree, ['nodes', index])}: node "${node.id}" is defined twice (nodes ${firstIndex + 1} and ${index + 1} of the list${firstLine ? `; the first is on line ${firstLine}` : ''}). Give each node its own id.`,
      );
    } else {
      byId.set(node.id, node);
    }
  });

  if (!byId.has(tree.start)) {
    problems.push(
      `${where(tree, ['start'])}: the start "${tree.start}" is not a node in this file.${didYouMean(tree.start, byId.keys())} Set "start" to the id of the first question.`,
    );
  }

  for (const node of byId.values()) {
    if (node.kind === 'question') {
      node.answers.forEach((answer, k) => {
        if (!byId.has(answer.next)) {
          problems.push(
            `${at(node, 'answers', k, 'next')}: the answer "${answer.label}" leads to "${answer.next}", which does not exist.${missing(answer.next)}`,
          );
        }
      });
    } else if (node.kind === 'fix') {
      for (const [field, target] of [
        ['solved', node.solved],
        ['next', node.next],
      ] as const) {
        if (!byId.has(target)) problems.push(`${at(node, field)}: "${field}" leads to "${target}", which does not exist.${missing(target)}`);
      }
    }
    for (const { article, field } of articleLinks(node)) {
      if (!articleIds.has(article)) {
        problems.push(
          `${at(node, ...field)} links to the article "${article}", which does not exist or is a draft.${didYouMean(article, articleIds)} Use the file name of a published article in content/articles (without .mdx).`,
        );
      }
    }
  }

  problems.push(...findCycles(tree, byId));

  if (byId.has(tree.start)) {
    const seen = new Set<string>();
    const stack = [tree.start];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      const node = byId.get(id);
      if (!node || seen.has(id)) continue;
      seen.add(id);
      stack.push(...edges(node));
    }
    for (const node of byId.values()) {
      if (!seen.has(node.id)) {
        problems.push(`${at(node)} cannot be reached from the start "${tree.start}". Point an answer at it, or remove it.`);
      }
    }
  }
  // Limits and scenarios walk the graph, which only makes sense once it is sound.
  if (problems.length === 0) {
    problems.push(...findLimitProblems(tree, tree.limits), ...findScenarioProblems(tree, tree.scenarios));
  }
  return problems;
}

/**
 * Cycles, each reported once at the answer that closes it. A reader caught in one would go
 * round for ever, and "steps left" would have no answer.
 */
function findCycles(tree: Tree, byId: ReadonlyMap<string, TreeNode>): string[] {
  const problems: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string) => {
    state.set(id, 'open');
    path.push(id);
    for (const next of edges(byId.get(id) as TreeNode)) {
      if (!byId.has(next)) continue;
      const seen = state.get(next);
      if (seen === 'open') {
        const loop = [...path.slice(path.indexOf(next)), next].join(' → ');
        problems.push(
          `${where(tree, nodePath(tree, id))}: node "${id}" leads back to "${next}", making a loop (${loop}). Every answer must move toward an outcome; point it at a later node or an outcome.`,
        );
      } else if (seen === undefined) {
        visit(next);
      }
    }
    path.pop();
    state.set(id, 'done');
  };
  for (const id of byId.keys()) if (!state.has(id)) visit(id);
  return problems;
}

/** Node ids are page addresses under /troubleshoot/, so they must be unique across files too. */
export function sharedIdProblems(trees: readonly Tree[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, string>();
  for (const tree of trees) {
    for (const id of new Set(tree.nodes.map((n) => n.id))) {
      const other = owner.get(id);
      if (other)
        problems.push(`${where(tree, nodePath(tree, id))}: node "${id}" is also a node in ${other}; both would be /troubleshoot/${id}/. Rename one of them.`);
      else owner.set(id, tree.file);
    }
  }
  return problems;
}

/** Throws one error listing every problem of every troubleshooter, or returns quietly. */
export function assertValidTrees(trees: readonly Tree[], articleIds: ReadonlySet<string>): void {
  const problems = [...trees.flatMap((tree) => findProblems(tree, articleIds)), ...sharedIdProblems(trees)];
  if (problems.length > 0) {
    throw new TroubleshooterError(`The troubleshooter is broken:\n  - ${problems.join('\n  - ')}`);
  }
}
