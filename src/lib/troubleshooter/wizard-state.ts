import type { CompactNode, CompactTree } from './compact';
import type { TrailStep } from './types';

/**
 * The island's logic, free of the DOM so it can be unit-tested: which trails are valid,
 * what saved progress means, the progress line and the summary for support.
 */

export const STORAGE_KEY = 'kb-troubleshooter';

export function nodeOf(tree: CompactTree, id: string): CompactNode | undefined {
  return Object.hasOwn(tree.n, id) ? tree.n[id] : undefined;
}

/**
 * Whether `value` is a trail through `tree`: every step names a node and one of its answers,
 * and each answer leads to the next step's node. A trail may begin anywhere, because a reader
 * can arrive at any step by a link.
 */
export function isTrail(value: unknown, tree: CompactTree): value is TrailStep[] {
  if (!Array.isArray(value)) return false;
  let expected: string | undefined;
  for (const step of value as unknown[]) {
    if (typeof step !== 'object' || step === null) return false;
    const { n, i } = step as Record<string, unknown>;
    if (typeof n !== 'string' || typeof i !== 'number' || !Number.isInteger(i)) return false;
    const node = nodeOf(tree, n);
    if (!node || i < 0 || i >= node.x.length) return false;
    if (expected !== undefined && expected !== n) return false;
    expected = node.x[i];
  }
  return true;
}

/** The node a trail arrives at; the start when it is empty. */
export function currentNode(tree: CompactTree, trail: readonly TrailStep[], from = tree.s): string {
  const last = trail.at(-1);
  if (!last) return from;
  return nodeOf(tree, last.n)?.x[last.i] ?? from;
}

export type Saved =
  | { status: 'none' }
  | { status: 'ok'; trail: TrailStep[] }
  /** Saved by another version of the troubleshooter. */
  | { status: 'stale' }
  /** Unreadable, or a trail this tree does not have. */
  | { status: 'corrupt' };

/** Reads progress saved in localStorage. Never throws: bad data is reported, not trusted. */
export function readSaved(raw: string | null, tree: CompactTree): Saved {
  if (raw === null || raw === '') return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null) return { status: 'corrupt' };
  const { v, t } = data as Record<string, unknown>;
  if (typeof v !== 'string') return { status: 'corrupt' };
  if (v !== tree.v) return { status: 'stale' };
  return isTrail(t, tree) ? { status: 'ok', trail: t } : { status: 'corrupt' };
}

export function saveText(tree: CompactTree, trail: readonly TrailStep[]): string {
  return JSON.stringify({ v: tree.v, t: trail });
}

/** "Step 3 · about 2–4 more steps", or without a step number when the reader came by a link. */
export function progressText(node: CompactNode, step?: number): string {
  const [min, max] = node.d;
  const prefix = step === undefined ? '' : `Step ${step}`;
  if (max === 0) return prefix ? `${prefix} · the result` : 'The result';
  const count = min === max ? `${min}` : `${min}–${max}`;
  const left = `about ${count} more step${max === 1 ? '' : 's'}`;
  return prefix ? `${prefix} · ${left}` : left.charAt(0).toUpperCase() + left.slice(1);
}

/**
 * Plain text for a support request: the answers given, the fixes tried and whether each
 * worked, the result, and blanks for what support asks for.
 */
export function summaryText(tree: CompactTree, trail: readonly TrailStep[], current: string, check: readonly string[] = []): string {
  const answers: string[] = [];
  const fixes: string[] = [];
  for (const { n, i } of trail) {
    const node = nodeOf(tree, n);
    if (!node) continue;
    if (node.k === 'f') fixes.push(`- ${node.t}: ${i === 0 ? 'this fixed it' : 'did not fix it'}`);
    else answers.push(`${answers.length + 1}. ${node.t} → ${node.a[i] ?? ''}`);
  }
  const result = nodeOf(tree, current);
  return [
    `${tree.t}: summary for support`,
    '',
    'Answers:',
    ...(answers.length > 0 ? answers : ['(none)']),
    '',
    'Fixes tried:',
    ...(fixes.length > 0 ? fixes : ['(none)']),
    '',
    `Result: ${result?.t ?? ''}`,
    '',
    'Ray ID: ',
    'Timestamp (UTC): ',
    'IP address shown on the page: ',
    'Browser and version: ',
    'Operating system: ',
    'VPN, proxy or Private Relay in use: ',
    '',
    ...(check.length > 0 ? [...check, ''] : []),
  ].join('\n');
}
