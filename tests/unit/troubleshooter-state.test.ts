import { describe, expect, test } from 'vitest';
import { translatorOf } from '../support/ui';
import { compactTree, hash, readCompactTree, type WizardTree } from '../../src/lib/troubleshooter/compact';
import { computeDepths } from '../../src/lib/troubleshooter/depth';
import { currentNode, isTrail, progressText, readSaved, saveText, storageKey, summaryText } from '../../src/lib/troubleshooter/wizard-state';
import { fixture } from '../fixtures/troubleshooters/load';

const tree = fixture('valid');
const wire = compactTree(tree, computeDepths(tree));
const compact = readCompactTree(JSON.parse(JSON.stringify(wire))) as WizardTree;
const step = (id: string) => {
  const found = compact.steps.get(id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
/** first → "Long way" → second → "Try the fix" → fix → "No" → support */
const trail = [
  { node: 'first', answer: 1 },
  { node: 'second', answer: 0 },
  { node: 'fix', answer: 1 },
];

describe('the compact tree', () => {
  test('carries answers, targets and depths in one-letter keys', () => {
    expect(wire.s).toBe('first');
    expect(wire.n['second']).toEqual({ k: 'q', t: 'Second question?', a: ['Try the fix', 'Give up'], x: ['fix', 'support'], d: [1, 2] });
  });

  test('is read back with names', () => {
    expect(compact).toMatchObject({ version: wire.v, start: 'first', title: 'A small sound troubleshooter' });
    expect(step('second')).toEqual({
      kind: 'question',
      title: 'Second question?',
      answers: ['Try the fix', 'Give up'],
      next: ['fix', 'support'],
      depth: { min: 1, max: 2 },
    });
    expect(step('fix')).toMatchObject({ kind: 'fix', next: ['done', 'support'] });
    expect(step('done')).toMatchObject({ kind: 'outcome', answers: [], next: [], depth: { min: 0, max: 0 } });
  });

  test.each([
    ['not an object', 'steps'],
    ['no version', { ...wire, v: 1 }],
    ['a start that is not a step', { ...wire, s: 'nowhere' }],
    ['a step of an unknown kind', { ...wire, n: { ...wire.n, first: { ...wire.n['first'], k: 'z' } } }],
    ['a kind inherited from Object', { ...wire, n: { ...wire.n, first: { ...wire.n['first'], k: 'constructor' } } }],
    ['fewer targets than answers', { ...wire, n: { ...wire.n, first: { ...wire.n['first'], x: ['done'] } } }],
    ['no depth', { ...wire, n: { ...wire.n, first: { ...wire.n['first'], d: null } } }],
  ])('a file with %s is not read as a tree', (_, value) => {
    expect(readCompactTree(value)).toBeUndefined();
  });

  test('has a version that changes with the structure, not with the wording (another language keeps progress)', () => {
    const reworded = fixture('valid');
    const first = reworded.nodes[0];
    if (first?.kind === 'question') first.title = 'Primera pregunta, traducida';
    expect(compactTree(reworded, computeDepths(reworded)).v).toBe(wire.v);
    const rewired = fixture('valid');
    const question = rewired.nodes[0];
    if (question?.kind === 'question') question.answers.reverse();
    expect(compactTree(rewired, computeDepths(rewired)).v).not.toBe(wire.v);
    expect(hash('a')).not.toBe(hash('b'));
  });
});

describe('trails', () => {
  test('a trail follows the answers from node to node', () => {
    expect(isTrail(trail, compact)).toBe(true);
    expect(currentNode(compact, trail)).toBe('support');
    expect(currentNode(compact, [])).toBe('first');
    expect(isTrail([], compact)).toBe(true);
    // A reader who arrived by a link starts mid-way.
    expect(isTrail([{ node: 'second', answer: 1 }], compact)).toBe(true);
  });

  test.each([
    ['not an array', { node: 'first', answer: 0 }],
    ['an unknown node', [{ node: 'nowhere', answer: 0 }]],
    ['an answer out of range', [{ node: 'first', answer: 2 }]],
    ['a fractional answer', [{ node: 'first', answer: 0.5 }]],
    [
      'a broken chain',
      [
        { node: 'first', answer: 0 },
        { node: 'second', answer: 0 },
      ],
    ],
    ['an inherited key', [{ node: 'constructor', answer: 0 }]],
    ['a step that is not an object', ['first']],
  ])('rejects %s', (_, value) => {
    expect(isTrail(value, compact)).toBe(false);
  });
});

describe('saved progress', () => {
  test('round-trips, in one-letter keys', () => {
    expect(JSON.parse(saveText(compact, trail))).toEqual({
      v: wire.v,
      t: [
        { n: 'first', i: 1 },
        { n: 'second', i: 0 },
        { n: 'fix', i: 1 },
      ],
    });
    expect(readSaved(saveText(compact, trail), compact)).toEqual({ status: 'ok', trail });
  });

  test('nothing saved', () => {
    expect(readSaved(null, compact)).toEqual({ status: 'none' });
  });

  test('from another version of the tree is stale', () => {
    expect(readSaved(JSON.stringify({ v: 'old', t: [] }), compact)).toEqual({ status: 'stale' });
  });

  test('is kept apart for each troubleshooter', () => {
    expect(storageKey('error-1020')).not.toBe(storageKey('error-1015'));
  });

  test.each([
    '{not json',
    '42',
    'null',
    JSON.stringify({ t: [] }),
    '{"v":"x"',
    JSON.stringify({ v: wire.v, t: 'first' }),
    JSON.stringify({ v: wire.v, t: [null] }),
  ])('unreadable data is corrupt: %s', (raw) => {
    expect(readSaved(raw, compact).status).toBe('corrupt');
  });

  test('a trail this tree does not have is corrupt', () => {
    expect(readSaved(JSON.stringify({ v: wire.v, t: [{ n: '<img src=x onerror=alert(1)>', i: 0 }] }), compact)).toEqual({ status: 'corrupt' });
  });
});

const t = translatorOf();

describe('progress', () => {
  test('names the step and the steps left, from the depths', () => {
    expect(progressText(step('first').depth, t, 1)).toBe('Step 1 · about 1–3 more steps');
    expect(progressText(step('fix').depth, t, 3)).toBe('Step 3 · about 1 more step');
    expect(progressText(step('second').depth, t)).toBe('About 1–2 more steps');
    expect(progressText(step('done').depth, t, 2)).toBe('Step 2 · the result');
    expect(progressText(step('done').depth, t)).toBe('The result');
  });
});

describe('the summary for support', () => {
  test('lists answers, fixes tried with their result, and blanks for support', () => {
    const text = summaryText(compact, trail, 'support', t);
    expect(text).toBe(
      [
        'A small sound troubleshooter: summary for support',
        '',
        'Answers:',
        '1. First question? → Long way',
        '2. Second question? → Try the fix',
        '',
        'Fixes tried:',
        '- Try the fix: did not fix it',
        '',
        'Result: Contact support',
        '',
        'Ray ID: ',
        'Timestamp (UTC): ',
        'IP address shown on the page: ',
        'Browser and version: ',
        'Operating system: ',
        'VPN, proxy or Private Relay in use: ',
        '',
      ].join('\n'),
    );
  });

  test('says when nothing was answered', () => {
    expect(summaryText(compact, [], 'support', t)).toContain('Answers:\n(none)\n\nFixes tried:\n(none)');
  });
});
