import { describe, expect, test } from 'vitest';
import { compactTree, hash } from '../../src/lib/troubleshooter/compact';
import { computeDepths } from '../../src/lib/troubleshooter/depth';
import { currentNode, isTrail, progressText, readSaved, saveText, summaryText } from '../../src/lib/troubleshooter/wizard-state';
import { fixture } from '../fixtures/troubleshooters/load';

const tree = fixture('valid');
const compact = compactTree(tree, computeDepths(tree));
/** first → "Long way" → second → "Try the fix" → fix → "No" → support */
const trail = [
  { n: 'first', i: 1 },
  { n: 'second', i: 0 },
  { n: 'fix', i: 1 },
];

describe('the compact tree', () => {
  test('carries answers, targets and depths', () => {
    expect(compact.s).toBe('first');
    expect(compact.n['second']).toEqual({ k: 'q', t: 'Second question?', a: ['Try the fix', 'Give up'], x: ['fix', 'support'], d: [1, 2] });
    expect(compact.n['fix']?.x).toEqual(['done', 'support']);
  });

  test('has a version that changes with the wording or the structure', () => {
    const reworded = fixture('valid');
    const first = reworded.nodes[0];
    if (first?.kind === 'question') first.title = 'First question, reworded?';
    expect(compactTree(reworded, computeDepths(reworded)).v).not.toBe(compact.v);
    expect(compactTree(fixture('valid'), computeDepths(tree)).v).toBe(compact.v);
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
    expect(isTrail([{ n: 'second', i: 1 }], compact)).toBe(true);
  });

  test.each([
    ['not an array', { n: 'first', i: 0 }],
    ['an unknown node', [{ n: 'nowhere', i: 0 }]],
    ['an answer out of range', [{ n: 'first', i: 2 }]],
    ['a fractional answer', [{ n: 'first', i: 0.5 }]],
    ['a broken chain', [{ n: 'first', i: 0 }, { n: 'second', i: 0 }]],
    ['an inherited key', [{ n: 'constructor', i: 0 }]],
    ['a step that is not an object', ['first']],
  ])('rejects %s', (_, value) => {
    expect(isTrail(value, compact)).toBe(false);
  });
});

describe('saved progress', () => {
  test('round-trips', () => {
    expect(readSaved(saveText(compact, trail), compact)).toEqual({ status: 'ok', trail });
  });

  test('nothing saved', () => {
    expect(readSaved(null, compact)).toEqual({ status: 'none' });
  });

  test('from another version of the tree is stale', () => {
    expect(readSaved(JSON.stringify({ v: 'old', t: trail }), compact)).toEqual({ status: 'stale' });
  });

  test.each(['{not json', '42', 'null', JSON.stringify({ t: trail }), '{"v":"x"'])('unreadable data is corrupt: %s', (raw) => {
    expect(readSaved(raw, compact).status).toBe('corrupt');
  });

  test('a trail this tree does not have is corrupt', () => {
    expect(readSaved(JSON.stringify({ v: compact.v, t: [{ n: '<img src=x onerror=alert(1)>', i: 0 }] }), compact)).toEqual({ status: 'corrupt' });
  });
});

describe('progress', () => {
  test('names the step and the steps left, from the depths', () => {
    expect(progressText(compact.n['first'] as never, 1)).toBe('Step 1 · about 1–3 more steps');
    expect(progressText(compact.n['fix'] as never, 3)).toBe('Step 3 · about 1 more step');
    expect(progressText(compact.n['second'] as never)).toBe('About 1–2 more steps');
    expect(progressText(compact.n['done'] as never, 2)).toBe('Step 2 · the result');
    expect(progressText(compact.n['done'] as never)).toBe('The result');
  });
});

describe('the summary for support', () => {
  test('lists answers, fixes tried with their result, and blanks for support', () => {
    const text = summaryText(compact, trail, 'support');
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
    expect(summaryText(compact, [], 'support')).toContain('Answers:\n(none)\n\nFixes tried:\n(none)');
  });
});
