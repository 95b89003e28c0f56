import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { articlesOf, edges } from '../../src/lib/troubleshooter/graph';
import { computeDepths } from '../../src/lib/troubleshooter/depth';
import { mapLayout, type MapCard } from '../../src/lib/troubleshooter/map';
import type { Tree, TreeNode } from '../../src/lib/troubleshooter/types';
import { findProblems } from '../../src/lib/troubleshooter/validate';

/*
 * The real error 1020 troubleshooter against the real article files: sound, and leading to
 * every fix and every look-alike error page.
 */
const FILE = 'content/troubleshooters/error-1020.yaml';
const FIX_DEFAULTS = { question: 'Did this fix it?', solvedLabel: 'Yes', notSolvedLabel: 'No' };

function loadTree(): Tree {
  const data = parse(readFileSync(FILE, 'utf8')) as Omit<Tree, 'id' | 'file'>;
  // The schema's defaults, which the content loader would fill in.
  const nodes = data.nodes.map((n) => (n.kind === 'fix' ? { ...FIX_DEFAULTS, ...n } : n.kind === 'outcome' ? { ...n, see: n.see ?? [] } : n)) as TreeNode[];
  return { id: 'error-1020', file: FILE, ...data, nodes };
}

/** Article ids by kind, read from the front matter of the files in content/articles. */
function articlesByKind(): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const entry of readdirSync('content/articles', { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.mdx')) continue;
    const text = readFileSync(`content/articles/${entry}`, 'utf8');
    const kind = /^kind:\s*(\w+)/m.exec(text)?.[1] ?? '';
    kinds.set(entry.split('/').pop()?.replace(/\.mdx$/, '') ?? entry, kind);
  }
  return kinds;
}

describe('the error 1020 troubleshooter', () => {
  const tree = loadTree();
  const articles = articlesByKind();
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));

  test('is sound', () => {
    expect(findProblems(tree, new Set(articles.keys()))).toEqual([]);
  });

  test('links to every fix article from a "try a fix" step', () => {
    const tried = new Set(tree.nodes.flatMap((n) => (n.kind === 'fix' ? [n.article] : [])));
    const fixes = [...articles].filter(([, kind]) => kind === 'fix').map(([id]) => id);
    expect(fixes.length).toBeGreaterThan(5);
    expect(fixes.filter((id) => !tried.has(id))).toEqual([]);
  });

  test('ends a branch at every look-alike error page, or explains it on the question that leads there', () => {
    const reached = new Set(tree.nodes.flatMap((n) => (n.kind === 'outcome' || n.kind === 'question' ? articlesOf(n) : [])));
    const outcomes = new Set(tree.nodes.flatMap((n) => (n.kind === 'outcome' && n.article ? [n.article] : [])));
    const errors = [...articles].filter(([, kind]) => kind === 'error').map(([id]) => id);
    expect(errors.filter((id) => !reached.has(id))).toEqual([]);
    // Only the two pages the fact sheet treats like 1020 itself continue into the 1020 questions.
    expect(errors.filter((id) => !outcomes.has(id)).sort()).toEqual(['sorry-you-have-been-blocked', 'unable-to-load-site']);
  });

  test('reaches contact support at the end of the longest path', () => {
    const depths = computeDepths(tree);
    let id = tree.start;
    for (;;) {
      const node = byId.get(id) as TreeNode;
      const next = edges(node);
      if (next.length === 0) break;
      id = next.reduce((a, b) => ((depths.get(a)?.max ?? 0) > (depths.get(b)?.max ?? 0) ? a : b));
    }
    expect(id).toBe('contact-support');
  });

  test('a look-alike error is one answer away from its page', () => {
    const first = byId.get(tree.start);
    const depth = computeDepths(tree);
    expect(first?.kind).toBe('question');
    for (const id of ['challenge-loop', 'enterprise-403']) {
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
    expect(drawn.sort()).toEqual(tree.nodes.filter((n) => n.kind !== 'outcome').map((n) => n.id).sort());
    expect(outcomes.filter((id) => !inline.has(id))).toEqual([]);
  });
});
