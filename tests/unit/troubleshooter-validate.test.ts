import { describe, expect, test } from 'vitest';
import { assertValidTrees, findProblems, TroubleshooterError } from '../../src/lib/troubleshooter/validate';
import { computeDepths } from '../../src/lib/troubleshooter/depth';
import { fixture } from '../fixtures/troubleshooters/load';

const articles = new Set(['known-article']);

describe('the troubleshooter validator', () => {
  test('accepts a sound tree', () => {
    expect(findProblems(fixture('valid'), articles)).toEqual([]);
    expect(() => assertValidTrees([fixture('valid')], articles)).not.toThrow();
  });

  // Each broken fixture has exactly one problem; the message names the file, the node and the fix.
  const cases = [
    ['dangling-next', 'node "second"', /leads to "nowhere", which does not exist\. Use the id of a node/],
    ['missing-article', 'node "fix"', /article "no-such-article", which does not exist.*Use the file name of a published article/],
    ['duplicate-id', 'node "fix"', /is defined twice \(nodes 3 and 6 of the list\)\. Give each node its own id/],
    ['cycle', 'node "fix"', /leads back to "second", making a loop \(second → fix → second\).*point it at a later node or an outcome/],
    ['unreachable', 'node "orphan"', /cannot be reached from the start "first"\. Point an answer at it, or remove it/],
  ] as const;

  for (const [name, node, message] of cases) {
    test(`reports ${name}`, () => {
      const problems = findProblems(fixture(name), articles);
      expect(problems).toHaveLength(1);
      const [problem] = problems;
      expect(problem).toContain(`tests/fixtures/troubleshooters/${name}.json: ${node}`);
      expect(problem).toMatch(message);
    });
  }

  test('fails with one error that lists every problem', () => {
    const broken = [fixture('dangling-next'), fixture('cycle')];
    expect(() => assertValidTrees(broken, articles)).toThrow(TroubleshooterError);
    expect(() => assertValidTrees(broken, articles)).toThrow(/dangling-next\.json[\s\S]*cycle\.json/);
  });

  test('a node id used by two troubleshooters is a problem, because both would be the same page', () => {
    const other = { ...fixture('valid'), id: 'other', file: 'other.json' };
    expect(() => assertValidTrees([fixture('valid'), other], articles)).toThrow(/other\.json: node "first" is also a node in .*valid\.json/);
  });

  test('a missing start is reported', () => {
    const tree = fixture('valid');
    tree.start = 'missing';
    expect(findProblems(tree, articles)).toEqual([expect.stringMatching(/valid\.json: the start "missing" is not a node in this file/)]);
  });
});

describe('steps left to an outcome', () => {
  test('are the fewest and most edges to an outcome', () => {
    const depths = computeDepths(fixture('valid'));
    expect(Object.fromEntries(depths)).toEqual({
      first: { min: 1, max: 3 },
      second: { min: 1, max: 2 },
      fix: { min: 1, max: 1 },
      done: { min: 0, max: 0 },
      support: { min: 0, max: 0 },
    });
  });
});
