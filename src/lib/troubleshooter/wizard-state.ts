import type { Translate } from '../i18n/ui';
import { uiKeysFor } from '../i18n/ui-keys';
import type { WizardTree } from './compact';
import type { Depth } from './depth';

/**
 * The island's logic, free of the DOM so it can be unit-tested: which trails are valid,
 * what saved progress means, the progress line and the summary for support.
 */

/** A reader's choice at one step: the node and the index of the answer they picked. */
export interface TrailStep {
  node: string;
  answer: number;
}

/**
 * Where a troubleshooter keeps the reader's progress. Each troubleshooter has its own, so
 * using one never touches (or reports as outdated) the progress in another.
 */
export function storageKey(treeId: string): string {
  return `kb-troubleshooter:${treeId}`;
}

/** The key every troubleshooter shared before progress was kept per troubleshooter. */
export const SHARED_STORAGE_KEY = 'kb-troubleshooter';

/**
 * Whether `value` is a trail through `tree`: every step names a node and one of its answers,
 * and each answer leads to the next step's node. A trail may begin anywhere, because a reader
 * can arrive at any step by a link.
 */
export function isTrail(value: unknown, tree: WizardTree): value is TrailStep[] {
  if (!Array.isArray(value)) return false;
  let expected: string | undefined;
  for (const step of value as unknown[]) {
    if (typeof step !== 'object' || step === null) return false;
    const { node: id, answer } = step as Record<string, unknown>;
    if (typeof id !== 'string' || typeof answer !== 'number' || !Number.isInteger(answer)) return false;
    const node = tree.steps.get(id);
    if (!node || answer < 0 || answer >= node.next.length) return false;
    if (expected !== undefined && expected !== id) return false;
    expected = node.next[answer];
  }
  return true;
}

/** The node a trail arrives at; `from` (the start) when it is empty. */
export function currentNode(tree: WizardTree, trail: readonly TrailStep[], from = tree.start): string {
  const last = trail.at(-1);
  if (!last) return from;
  return tree.steps.get(last.node)?.next[last.answer] ?? from;
}

export type Saved =
  | { status: 'none' }
  | { status: 'ok'; trail: TrailStep[] }
  /** Saved by another version of the troubleshooter. */
  | { status: 'stale' }
  /** Unreadable, or a trail this tree does not have. */
  | { status: 'corrupt' };

/*
 * Saved progress is `{ v: version, t: [{ n: node, i: answer }, …] }`: short keys, because it
 * is written at every step. Only `readSaved` and `saveText` know them.
 */

/** Reads progress saved in localStorage. Never throws: bad data is reported, not trusted. */
export function readSaved(raw: string | null, tree: WizardTree): Saved {
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
  if (v !== tree.version) return { status: 'stale' };
  if (!Array.isArray(t)) return { status: 'corrupt' };
  const trail: unknown[] = t.map((step: unknown) => {
    if (typeof step !== 'object' || step === null) return step;
    const { n, i } = step as Record<string, unknown>;
    return { node: n, answer: i };
  });
  return isTrail(trail, tree) ? { status: 'ok', trail } : { status: 'corrupt' };
}

export function saveText(tree: WizardTree, trail: readonly TrailStep[]): string {
  return JSON.stringify({ v: tree.version, t: trail.map((step) => ({ n: step.node, i: step.answer })) });
}

/** The UI texts the progress line and the support summary use; pages hand them to the island. */
export const WIZARD_STATE_KEYS = uiKeysFor(['step.progress', 'step.left', 'summary.']);

/**
 * "Step 3 · about 2–4 more steps" at a step with `depth` steps left, or "About 2–4 more
 * steps" without a step number, when the reader came by a link.
 */
export function progressText({ min, max }: Depth, t: Translate, step?: number): string {
  const which = step === undefined ? 'step.leftAlone' : 'step.left';
  const count = min === max ? `${min}` : `${min}–${max}`;
  const left = max === 0 ? t(`${which}.result`) : t.plural(which, max, { count });
  return step === undefined ? left : t('step.progress', { step, left });
}

/**
 * Plain text for a support request: the answers given, the fixes tried and whether each
 * worked, the result, and blanks for what support asks for.
 */
export function summaryText(tree: WizardTree, trail: readonly TrailStep[], current: string, t: Translate, check: readonly string[] = []): string {
  const answers: string[] = [];
  const fixes: string[] = [];
  for (const step of trail) {
    const node = tree.steps.get(step.node);
    if (!node) continue;
    if (node.kind === 'fix') fixes.push(`- ${node.title}: ${t(step.answer === 0 ? 'summary.fixed' : 'summary.notFixed')}`);
    else answers.push(`${answers.length + 1}. ${node.title} → ${node.answers[step.answer] ?? ''}`);
  }
  const result = tree.steps.get(current);
  return [
    t('summary.title', { tree: tree.title }),
    '',
    t('summary.answers'),
    ...(answers.length > 0 ? answers : [t('summary.none')]),
    '',
    t('summary.fixes'),
    ...(fixes.length > 0 ? fixes : [t('summary.none')]),
    '',
    t('summary.result', { title: result?.title ?? '' }),
    '',
    t('summary.blanks'),
    '',
    ...(check.length > 0 ? [...check, ''] : []),
  ].join('\n');
}
