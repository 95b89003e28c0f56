import { describe, expect, test } from 'vitest';
import { ENGLISH_FIX_LABELS, fixture, fixtureData, plainTroubleshooterSchema as schema } from '../fixtures/troubleshooters/load';
import { withFixLabels } from '../../src/lib/troubleshooter/schema';

/*
 * The shape of a troubleshooter file, parsed without a build. The graph (ids that resolve,
 * cycles, reachability) is validate.ts's job and is tested in troubleshooter-validate.
 */

type Data = Record<string, unknown> & { nodes: Record<string, unknown>[] };

/** The valid fixture's data with `change` applied to a copy of it. */
function variant(change: (data: Data) => void): unknown {
  const data = structuredClone(fixtureData('valid')) as Data;
  change(data);
  return data;
}

/** Node `i` of the data, to change. */
const node = (data: Data, i: number) => data.nodes[i] as Record<string, unknown>;
/** Answer `k` of question `i`, to change. */
const answer = (data: Data, i: number, k: number) => (node(data, i)['answers'] as Record<string, unknown>[])[k] as Record<string, unknown>;

/** Each issue of a failed parse as "path: message". */
function issues(data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the troubleshooter schema', () => {
  test('accepts a sound file and fills in the defaults', () => {
    const data = variant((d) => {
      delete node(d, 2)['question'];
      delete node(d, 2)['solvedLabel'];
      delete node(d, 2)['notSolvedLabel'];
      delete node(d, 3)['see'];
    });
    const tree = schema.parse(data);
    expect(tree.priority).toBe(100);
    expect(tree.limits).toEqual([]);
    expect(tree.scenarios).toEqual([]);
    // A fix step without its own labels takes them from the UI texts of its language.
    expect(withFixLabels(tree.nodes, ENGLISH_FIX_LABELS)[2]).toMatchObject({
      question: 'Did this fix it?',
      solvedLabel: 'Yes, it works now',
      notSolvedLabel: 'No, still blocked',
    });
    expect(tree.nodes[3]).toMatchObject({ see: [] });
    expect(fixture('valid').nodes).toHaveLength(5);
  });

  const cases: [string, (d: Data) => void, RegExp][] = [
    ['an id that cannot be an address', (d) => (node(d, 3)['id'] = 'Bad Id'), /^nodes\.3\.id: must be lower-case letters, digits and single hyphens/],
    ['a reserved id', (d) => (node(d, 3)['id'] = 'map'), /^nodes\.3\.id: is taken by another page under \/troubleshoot\/ \(reserved: "map"\)/],
    ['a "next" that cannot be an id', (d) => (node(d, 2)['next'] = 'Support'), /^nodes\.2\.next: must be lower-case/],
    [
      'a question with one answer',
      (d) => (node(d, 0)['answers'] = [{ label: 'Only', next: 'done' }]),
      /^nodes\.0\.answers: a question needs at least two answers/,
    ],
    [
      'an "article" outcome without an article',
      (d) => (node(d, 3)['result'] = 'article'),
      /^nodes\.3\.article: an outcome of result "article" needs an article/,
    ],
    ['a connection-check signal the engine does not have', (d) => (answer(d, 0, 0)['suggestedBy'] = ['vpn-on']), /^nodes\.0\.answers\.0\.suggestedBy\.0: /],
    ['a field the schema does not know', (d) => (node(d, 1)['hint'] = 'x'), /^nodes\.1: .*"hint"/],
    [
      'a limit that names neither nodes nor results',
      (d) => (d['limits'] = [{ name: 'Something within two', maxAnswers: 2 }]),
      /^limits\.0: name "nodes" or "results"/,
    ],
  ];
  test.each(cases)('rejects %s, naming the field', (_, change, message) => {
    const found = issues(variant(change));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  test('rejects a question with no answers, where a path would end without an outcome', () => {
    expect(issues(fixtureData('dead-end'))).toEqual([expect.stringMatching(/^nodes\.5\.answers: a question needs at least two answers/)]);
  });
});
