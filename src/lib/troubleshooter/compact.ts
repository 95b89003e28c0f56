import { answerLabels, edges } from './graph';
import type { Depth, Tree } from './types';

/**
 * The part of a troubleshooter the `<kb-wizard>` island needs, embedded once in each page
 * so that moving between steps needs no request. Keys are short because every page
 * carries it.
 */
export interface CompactNode {
  /** Kind: question, fix or outcome. */
  k: 'q' | 'f' | 'o';
  /** The step's heading. */
  t: string;
  /** Answer labels, in order. */
  a: string[];
  /** The node each answer leads to, in the same order. */
  x: string[];
  /** Fewest and most steps left to an outcome. */
  d: [number, number];
}

export interface CompactTree {
  /** A hash of the tree's structure and wording; saved progress from another version is dropped. */
  v: string;
  /** The start node. */
  s: string;
  /** The troubleshooter's title, for the summary. */
  t: string;
  n: Record<string, CompactNode>;
}

/** FNV-1a, 32 bits: short, stable, and enough to tell two versions of a tree apart. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

export function compactTree(tree: Tree, depths: ReadonlyMap<string, Depth>): CompactTree {
  const n: Record<string, CompactNode> = {};
  for (const node of tree.nodes) {
    const depth = depths.get(node.id) ?? { min: 0, max: 0 };
    n[node.id] = {
      k: node.kind === 'question' ? 'q' : node.kind === 'fix' ? 'f' : 'o',
      t: node.title,
      a: answerLabels(node),
      x: edges(node),
      d: [depth.min, depth.max],
    };
  }
  const body = { s: tree.start, t: tree.title, n };
  return { v: hash(JSON.stringify(body)), ...body };
}
