import { describe, expect, test } from 'vitest';
import { findLimitProblems, longestPaths } from '../../src/lib/troubleshooter/limits';
import { findScenarioProblems, runScenario } from '../../src/lib/troubleshooter/scenarios';
import { findProblems } from '../../src/lib/troubleshooter/validate';
import { fixture } from '../fixtures/troubleshooters/load';

/*
 * The valid fixture: first →(Short way) done; first →(Long way) second →(Try the fix) fix
 * →(Yes) done / →(No) support; second →(Give up) support. The longest path to "support" is
 * first → second → fix → support: three answers.
 */
const tree = fixture('valid');

describe('path-length limits', () => {
  test('the longest path to each node is counted in answers', () => {
    expect(longestPaths(tree).get('support')).toEqual(['first', 'second', 'fix', 'support']);
    expect(longestPaths(tree).get('done')).toEqual(['first', 'second', 'fix', 'done']);
    expect(longestPaths(tree).get('first')).toEqual(['first']);
  });

  test('a limit that holds reports nothing', () => {
    expect(findLimitProblems(tree, [{ name: 'support within three answers', results: ['support'], maxAnswers: 3 }])).toEqual([]);
    expect(findLimitProblems(tree, [{ name: 'the fix within two', nodes: ['fix'], maxAnswers: 2 }])).toEqual([]);
  });

  test('a broken limit names the file, the limit and the longest offending path', () => {
    const [problem, ...rest] = findLimitProblems(tree, [{ name: 'Support within two answers', results: ['support'], maxAnswers: 2 }]);
    expect(rest).toEqual([]);
    expect(problem).toBe(
      'tests/fixtures/troubleshooters/valid.json: the limit "Support within two answers" is broken: reaching "support" can take 3 answers (at most 2): first → second → fix → support. Ask fewer questions on the way, or lead an earlier answer to it.',
    );
  });

  test('the longest of several offending nodes is named', () => {
    const [problem] = findLimitProblems(tree, [{ name: 'all outcomes within one', results: ['solved', 'support'], maxAnswers: 1 }]);
    expect(problem).toMatch(/can take 3 answers \(at most 1\): first → second → fix → (done|support)\./);
  });

  test('a limit naming a missing node, or matching nothing, is a problem', () => {
    expect(findLimitProblems(tree, [{ name: 'ghost', nodes: ['ghost'], maxAnswers: 2 }]).join('\n')).toMatch(
      /names the node "ghost", which does not exist[\s\S]*applies to no node/,
    );
    expect(findLimitProblems(tree, [{ name: 'articles', results: ['article'], maxAnswers: 2 }])).toEqual([expect.stringContaining('applies to no node')]);
  });

  test('the validator runs limits with the file, and only on a sound graph', () => {
    expect(findProblems({ ...tree, limits: [{ name: 'tight', results: ['support'], maxAnswers: 1 }] }, new Set(['known-article']))).toEqual([
      expect.stringContaining('the limit "tight" is broken'),
    ]);
    const broken = fixture('cycle');
    broken.limits = [{ name: 'tight', results: ['support'], maxAnswers: 1 }];
    expect(findProblems(broken, new Set(['known-article'])).join('\n')).not.toContain('tight');
  });
});

describe('scenarios', () => {
  test('answers match the start of a label, ignoring quotes and case', () => {
    expect(runScenario(tree, { name: 'long', answers: ['long', 'TRY', 'no'], expect: 'support' })).toEqual({
      ok: true,
      path: ['first', 'second', 'fix', 'support'],
    });
    expect(runScenario(tree, { name: 'quoted', answers: ['“Short way”'], expect: 'done' })).toMatchObject({ ok: true });
  });

  test('a scenario that ends elsewhere names where it ended and the path', () => {
    expect(findScenarioProblems(tree, [{ name: 'gives up', answers: ['Long way', 'Give up'], expect: 'done' }])).toEqual([
      'tests/fixtures/troubleshooters/valid.json: the scenario "gives up" fails: it ends at "support", not at "done" (path: first → second → support). Fix the tree or the scenario.',
    ]);
  });

  test('an answer that matches no label, or several, lists the labels', () => {
    expect(findScenarioProblems(tree, [{ name: 'typo', answers: ['Lnog way'], expect: 'done' }])[0]).toMatch(
      /answer 1 \("Lnog way"\) matches no answer of "first"; its answers are "Short way", "Long way"/,
    );
    const twoYes = fixture('valid');
    const first = twoYes.nodes[0];
    if (first?.kind === 'question') first.answers.push({ label: 'Short cut', next: 'done' });
    expect(findScenarioProblems(twoYes, [{ name: 'vague', answers: ['Short'], expect: 'done' }])[0]).toMatch(/matches 2 answers of "first"/);
  });

  test('answers after an outcome, and an unknown expected node, are problems', () => {
    expect(findScenarioProblems(tree, [{ name: 'too long', answers: ['Short way', 'Yes'], expect: 'done' }])[0]).toMatch(
      /answer 2 \("Yes"\) comes after the outcome "done"/,
    );
    expect(findScenarioProblems(tree, [{ name: 'ghost', answers: ['Short way'], expect: 'ghost' }])[0]).toMatch(/expects "ghost", which is not a node/);
  });
});

describe('limits through a node', () => {
  test('only paths through the named node count', () => {
    // Through "second", the fix is two answers away; the limit holds at 2 and breaks at 1.
    expect(findLimitProblems(tree, [{ name: 'via second', nodes: ['fix'], through: ['second'], maxAnswers: 2 }])).toEqual([]);
    expect(findLimitProblems(tree, [{ name: 'via second', nodes: ['support'], through: ['second'], maxAnswers: 2 }])[0]).toContain(
      'first → second → fix → support',
    );
    // "done" can be reached in one answer, but not through "second".
    expect(findLimitProblems(tree, [{ name: 'short', nodes: ['done'], through: ['first'], maxAnswers: 1 }])[0]).toContain('can take 3 answers');
  });
});
