import { didYouMean } from '../check/nearest.ts';
import { answerLabels, edges } from './graph.ts';
import type { Scenario, Tree, TreeNode } from './schema.ts';
import { where } from './where.ts';

/** Labels compared the way a writer types them: no quote marks, one kind of apostrophe, lower case. */
function normalise(text: string): string {
  return text
    .replace(/[“”"«»]/g, '')
    .replace(/[‘’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The indexes of the labels an answer picks: an exact match if there is one, else every
 * label it starts. A scenario needs exactly one.
 */
export function matchAnswer(labels: readonly string[], answer: string): number[] {
  const wanted = normalise(answer);
  const exact = labels.flatMap((label, i) => (normalise(label) === wanted ? [i] : []));
  return exact.length > 0 ? exact : labels.flatMap((label, i) => (normalise(label).startsWith(wanted) ? [i] : []));
}

export type ScenarioResult = { ok: true; path: string[] } | { ok: false; problem: string; path: string[] };

/** Walks a scenario from the start. Fails on the first answer that matches no label, or more than one. */
export function runScenario(tree: Tree, scenario: Scenario): ScenarioResult {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  let node: TreeNode | undefined = byId.get(tree.start);
  const path = [tree.start];
  for (const [k, answer] of scenario.answers.entries()) {
    if (!node) return { ok: false, path, problem: `the path leads to "${path.at(-1)}", which does not exist` };
    const labels = answerLabels(node);
    if (labels.length === 0)
      return { ok: false, path, problem: `answer ${k + 1} ("${answer}") comes after the outcome "${node.id}"; remove it or change an earlier answer` };
    const matches = matchAnswer(labels, answer);
    if (matches.length !== 1) {
      const options = labels.map((l) => `"${l}"`).join(', ');
      const what = matches.length === 0 ? 'matches no answer' : `matches ${matches.length} answers`;
      return { ok: false, path, problem: `answer ${k + 1} ("${answer}") ${what} of "${node.id}"; its answers are ${options}` };
    }
    const next = edges(node)[matches[0] as number] as string;
    path.push(next);
    node = byId.get(next);
  }
  if (path.at(-1) !== scenario.expect) {
    return { ok: false, path, problem: `it ends at "${path.at(-1)}", not at "${scenario.expect}"` };
  }
  return { ok: true, path };
}

/** Every scenario that does not end where it says, each as a sentence naming the file (and line) and the path. */
export function findScenarioProblems(tree: Tree, scenarios: readonly Scenario[]): string[] {
  const ids = new Set(tree.nodes.map((n) => n.id));
  return scenarios.flatMap((scenario, index) => {
    if (!ids.has(scenario.expect))
      return [
        `${where(tree, ['scenarios', index, 'expect'])}: the scenario "${scenario.name}" expects "${scenario.expect}", which is not a node.${didYouMean(scenario.expect, ids)} Use a node id.`,
      ];
    const result = runScenario(tree, scenario);
    return result.ok
      ? []
      : [
          `${where(tree, ['scenarios', index])}: the scenario "${scenario.name}" fails: ${result.problem} (path: ${result.path.join(' → ')}). Fix the tree or the scenario.`,
        ];
  });
}
