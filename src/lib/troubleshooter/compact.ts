import type { Depth } from './depth';
import { answerLabels, edges } from './graph';
import type { Tree } from './schema';

/*
 * The troubleshooter as the `<kb-wizard>` island receives it: one file per troubleshooter,
 * fetched once, holding what moving between steps needs. Keys are one letter because the
 * file crosses the network; `compactTree` writes them and `readCompactTree` turns them back
 * into names, so nothing else sees them.
 */

/** One step on the wire. */
interface CompactNode {
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

/** A troubleshooter on the wire. */
export interface CompactTree {
  /**
   * A hash of the tree's structure (steps, kinds, where each answer leads): tells two versions
   * apart whose saved answers would not fit each other. Wording is left out, so the same tree
   * in another language, or with a reworded label, keeps a reader's progress.
   */
  v: string;
  /** The start node. */
  s: string;
  /** The troubleshooter's title, for the summary. */
  t: string;
  n: Record<string, CompactNode>;
}

const KIND = { question: 'q', fix: 'f', outcome: 'o' } as const;
type Kind = keyof typeof KIND;
const KIND_OF: Readonly<Record<string, Kind>> = { q: 'question', f: 'fix', o: 'outcome' };

/** A step as the island uses it. */
export interface WizardStep {
  kind: Kind;
  title: string;
  /** Answer labels, in the order shown. */
  answers: string[];
  /** The node each answer leads to, in the same order. */
  next: string[];
  /** Fewest and most steps left to an outcome. */
  depth: Depth;
}

/** A troubleshooter as the island uses it. */
export interface WizardTree {
  /** Changes with any change of structure or wording; saved progress and pages carry it. */
  version: string;
  start: string;
  title: string;
  steps: ReadonlyMap<string, WizardStep>;
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
    n[node.id] = { k: KIND[node.kind], t: node.title, a: answerLabels(node), x: edges(node), d: [depth.min, depth.max] };
  }
  const body = { s: tree.start, t: tree.title, n };
  const structure = [tree.start, ...tree.nodes.map((node) => [node.id, node.kind, edges(node)])];
  return { v: hash(JSON.stringify(structure)), ...body };
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string');

/**
 * The tree a steps file holds, or undefined when it is not one: the file comes over the
 * network, so nothing in it is trusted before it has been checked.
 */
export function readCompactTree(value: unknown): WizardTree | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { v, s, t, n } = value as Record<string, unknown>;
  if (typeof v !== 'string' || typeof s !== 'string' || typeof t !== 'string' || typeof n !== 'object' || n === null) return undefined;
  const steps = new Map<string, WizardStep>();
  for (const [id, raw] of Object.entries(n)) {
    const { k, t: title, a, x, d } = (raw ?? {}) as Record<string, unknown>;
    const kind = typeof k === 'string' && Object.hasOwn(KIND_OF, k) ? KIND_OF[k] : undefined;
    if (!kind || typeof title !== 'string' || !isStrings(a) || !isStrings(x) || a.length !== x.length) return undefined;
    if (!Array.isArray(d) || typeof d[0] !== 'number' || typeof d[1] !== 'number') return undefined;
    steps.set(id, { kind, title, answers: a, next: x, depth: { min: d[0], max: d[1] } });
  }
  return steps.has(s) ? { version: v, start: s, title: t, steps } : undefined;
}
