import type { Path } from '../check/source-lines.ts';
import type { TreeNode } from './schema.ts';

/**
 * The nodes a node leads to, in the order its answers are shown. A fix step leads first to
 * "solved" (its answer index 0), then to "still blocked" (index 1).
 */
export function edges(node: TreeNode): string[] {
  switch (node.kind) {
    case 'question':
      return node.answers.map((a) => a.next);
    case 'fix':
      return [node.solved, node.next];
    case 'outcome':
      return [];
  }
}

/** The labels of a node's answers, in the same order as `edges`. */
export function answerLabels(node: TreeNode): string[] {
  switch (node.kind) {
    case 'question':
      return node.answers.map((a) => a.label);
    case 'fix':
      return [node.solvedLabel, node.notSolvedLabel];
    case 'outcome':
      return [];
  }
}

/** Every article a node links to, with the field that names it: the fix, the question's explainer, an outcome's reading. */
export function articleLinks(node: TreeNode): { article: string; field: Path }[] {
  const own = node.article ? [{ article: node.article, field: ['article'] }] : [];
  return node.kind === 'outcome' ? [...own, ...node.see.map((article, i) => ({ article, field: ['see', i] }))] : own;
}

/** Every article a node links to. */
export function articlesOf(node: TreeNode): string[] {
  return articleLinks(node).map((link) => link.article);
}
