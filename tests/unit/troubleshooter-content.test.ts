import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { edges } from '../../src/lib/troubleshooter/graph';
import { computeDepths } from '../../src/lib/troubleshooter/depth';
import { mapLayout, type MapCard } from '../../src/lib/troubleshooter/map';
import type { Tree, TreeNode } from '../../src/lib/troubleshooter/schema';
import { ENGLISH_FIX_LABELS, plainTroubleshooterSchema } from '../fixtures/troubleshooters/load';
import { withFixLabels } from '../../src/lib/troubleshooter/schema';

/*
 * The error 1020 troubleshooter's own rules, about this topic: its hosts, its block pages, the
 * situations the issue names. The engine's rules (a sound graph, limits, scenarios, every fix
 * and look-alike error offered by a step) are content checks: `npm run check:content`, and
 * tests/unit/content-check.test.ts for their messages.
 */
const FILE = 'content/troubleshooters/error-1020.yaml';

/** The file as the content collection reads it: parsed by the same schema, defaults filled in. */
function loadTree(): Tree {
  const data = plainTroubleshooterSchema.parse(parse(readFileSync(FILE, 'utf8')));
  return { ...data, nodes: withFixLabels(data.nodes, ENGLISH_FIX_LABELS), id: 'error-1020', file: FILE };
}

describe('the error 1020 troubleshooter', () => {
  const tree = loadTree();
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));

  test('promises limits, and a scenario for every situation the issue names', () => {
    expect(tree.limits.length).toBeGreaterThanOrEqual(2);
    const names = tree.scenarios.map((s) => s.name.toLowerCase());
    for (const situation of [
      'vpn on',
      'private relay on an iphone',
      'unable to load site with an incident',
      'not sure about a vpn, and the trace page shows another country',
      'mobile data works at home',
      'mobile data works at work',
      'nothing works',
      'codex or the api',
      'sora.com',
    ]) {
      expect(
        names.some((n) => n.includes(situation)),
        situation,
      ).toBe(true);
    }
  });

  // The reader's first answer, and the outcomes it can lead to.
  const reachable = (from: string) => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...edges(byId.get(id) as TreeNode));
    }
    return [...seen].map((id) => byId.get(id) as TreeNode);
  };
  const blockStarts = ['which-site', 'unable-to-load-site', 'sorry-blocked', 'which-tool', 'check-status'];

  test('no path that starts at a block page ends at waiting or an outage page', () => {
    const waiting = new Set(['outage-502-520-524', 'too-many-requests-429', 'error-1015-rate-limited', 'check-openai-status']);
    for (const start of blockStarts) {
      const ends = reachable(start).filter((n) => n.kind === 'outcome');
      expect(
        ends.filter((n) => (n.article && waiting.has(n.article)) || /\bwait\b/i.test(n.kind === 'outcome' ? n.text : '')).map((n) => n.id),
        start,
      ).toEqual([]);
      expect(
        ends.some((n) => n.kind === 'outcome' && n.result === 'support'),
        start,
      ).toBe(true);
    }
  });

  test('the clock, clearing site data and the malware scan stand in front of no one', () => {
    const gates = tree.nodes.filter((n) => n.kind === 'fix' && ['set-clock-automatically', 'clear-site-data', 'scan-for-malware'].includes(n.article));
    expect(gates.map((n) => n.id)).toEqual([]);
    const support = byId.get('contact-support');
    expect(support?.kind === 'outcome' && support.see).toEqual(expect.arrayContaining(['clear-site-data', 'scan-for-malware']));
  });

  test('every question offers a way out for a reader who does not know', () => {
    const escape = /not sure|something else|can’t|no mobile data|another (number|error)|is my usual connection/i;
    const stuck = tree.nodes.filter((n) => n.kind === 'question' && !n.answers.some((a) => escape.test(a.label)));
    expect(stuck.map((n) => n.id)).toEqual([]);
  });

  test('every list of OpenAI hosts names them all', () => {
    const hosts = ['chatgpt.com', 'chat.openai.com', 'chat.com', 'openai.com', 'auth.openai.com', 'sora.com', 'sora.chatgpt.com'];
    for (const id of ['which-site', 'sorry-blocked']) {
      const node = byId.get(id);
      const help = node?.kind === 'question' ? (node.help ?? '') : '';
      expect(
        hosts.filter((h) => !help.includes(h)),
        id,
      ).toEqual([]);
    }
  });

  test('a look-alike error is one answer away from its page', () => {
    const first = byId.get(tree.start);
    const depth = computeDepths(tree);
    expect(first?.kind).toBe('question');
    for (const id of ['challenge-loop', 'cant-be-reached']) {
      expect(edges(first as TreeNode)).toContain(id);
      expect(depth.get(id)).toEqual({ min: 0, max: 0 });
    }
  });

  test('the map draws every node exactly once', () => {
    const drawn: string[] = [];
    const walk = (chain: MapCard[]) => {
      for (const card of chain) {
        drawn.push(card.node.id);
        for (const branch of card.branches) if (branch.kind === 'branch') walk(branch.chain);
      }
    };
    const chain = mapLayout(tree);
    walk(chain);
    const outcomes = tree.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
    const inline = new Set(
      JSON.stringify(chain)
        .match(/"kind":"outcome","label":"[^"]*","target":"([^"]+)"/g)
        ?.map((m) => m.replace(/.*"target":"/, '').replace(/"$/, '')),
    );
    expect(drawn.sort()).toEqual(
      tree.nodes
        .filter((n) => n.kind !== 'outcome')
        .map((n) => n.id)
        .sort(),
    );
    expect(outcomes.filter((id) => !inline.has(id))).toEqual([]);
  });
});
