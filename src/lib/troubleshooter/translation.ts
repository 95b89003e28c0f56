import { articlesOf, edges } from './graph.ts';
import type { Tree, TreeNode } from './schema.ts';
import { nodePath, where } from './where.ts';

/*
 * A translated troubleshooter must be the same tree as its original with other words: the
 * same steps, in the same order, leading to the same steps and articles. Anything else would
 * let a translation break a path that the original's checks (limits, scenarios) proved sound.
 */

/** What a node is apart from its words: its kind, where each answer leads, what it links to. */
function shape(node: TreeNode): string {
  const result = node.kind === 'outcome' ? node.result : '';
  const signals = node.kind === 'question' ? node.answers.map((a) => (a.suggestedBy ?? []).join('+')).join(',') : '';
  return JSON.stringify([node.kind, result, edges(node), articlesOf(node), signals]);
}

function describe(node: TreeNode): string {
  const [kind, result, next, articles, signals] = JSON.parse(shape(node)) as [string, string, string[], string[], string];
  const parts = [`kind ${kind}${result ? ` (${result})` : ''}`, `leads to [${next.join(', ')}]`];
  if (articles.length > 0) parts.push(`links [${articles.join(', ')}]`);
  if (signals.replace(/,/g, '') !== '') parts.push(`suggestedBy [${signals}]`);
  return parts.join(', ');
}

/** Every way `translation` differs from `source` in structure, one line each, naming the node. */
export function translationProblems(source: Tree, translation: Tree): string[] {
  const problems: string[] = [];
  const at = (id: string) => `${where(translation, nodePath(translation, id))}: node "${id}"`;
  if (translation.start !== source.start)
    problems.push(`${where(translation, ['start'])}: start is "${translation.start}"; the original starts at "${source.start}".`);
  if (translation.limits.length > 0 || translation.scenarios.length > 0) {
    problems.push(
      `${where(translation, [translation.limits.length > 0 ? 'limits' : 'scenarios'])}: has limits or scenarios; leave them out: the original's are checked, and the trees must match.`,
    );
  }
  const own = new Map(translation.nodes.map((n) => [n.id, n]));
  const original = new Map(source.nodes.map((n) => [n.id, n]));
  source.nodes.forEach((node, index) => {
    const theirs = own.get(node.id);
    if (!theirs) {
      // Where it goes: after the original's previous node that the translation has.
      const before = source.nodes
        .slice(0, index)
        .reverse()
        .find((n) => own.has(n.id));
      const after = before ? ` Add it after node "${before.id}",` : ' Add it,';
      problems.push(
        `${where(translation, before ? nodePath(translation, before.id) : [])}: node "${node.id}" is missing.${after} translating the original's (${where(source, nodePath(source, node.id))}).`,
      );
    } else if (shape(theirs) !== shape(node))
      problems.push(`${at(node.id)} differs from the original: it has ${describe(theirs)}; the original has ${describe(node)}.`);
  });
  for (const node of translation.nodes) {
    if (!original.has(node.id)) problems.push(`${at(node.id)} is not in the original (${source.file}). Remove it, or rename it to the original's id.`);
  }
  const outOfPlace = translation.nodes.findIndex((n, i) => n.id !== source.nodes[i]?.id);
  if (problems.length === 0 && outOfPlace >= 0) {
    problems.push(
      `${where(translation, ['nodes', outOfPlace])}: the nodes are in another order than the original's; keep the original's order, so the two files read side by side.`,
    );
  }
  return problems;
}

/** Whether a translation was made from an older version of its original (its `translatedFrom` is before the original's `updated`). */
export function isOutdated(source: Pick<Tree, 'updated'>, translation: Pick<Tree, 'translatedFrom'>): boolean {
  return (translation.translatedFrom?.getTime() ?? 0) < (source.updated?.getTime() ?? 0);
}

/**
 * What to do with a translated tree. One that matches its original is used. One that does
 * not is an error while it claims to be up to date; once the original's `updated` is later
 * (a writer changed the original, and said so), it is outdated: the original stands in for it,
 * with a notice, until it is translated again. So changing the original never breaks the build,
 * and a translation never breaks a path.
 */
export function translationVerdict(source: Tree, translation: Tree): { use: 'translation' | 'original'; errors: string[]; stale: string[] } {
  const problems = translationProblems(source, translation);
  if (problems.length === 0) return { use: 'translation', errors: [], stale: [] };
  if (isOutdated(source, translation)) {
    return {
      use: 'original',
      errors: [],
      stale: [
        `${translation.file}: translated from an older version of ${source.file}, which has changed since (${problems.length} difference${problems.length === 1 ? '' : 's'}, the first: ${problems[0]?.replace(`${translation.file}: `, '') ?? ''}). The original is shown in its place until it is translated again; update it and set translatedFrom to the original's updated date.`,
      ],
    };
  }
  return {
    use: 'original',
    errors: problems.map(
      (text) =>
        `${text} If you changed the original (${source.file}) on purpose, raise its \`updated\` date: the translation then counts as outdated and the original is shown in its place until it is translated again.`,
    ),
    stale: [],
  };
}
