import { getCollection, type CollectionEntry } from 'astro:content';
import { getArticles } from '../articles';
import { compactTree, type CompactTree } from './compact';
import { computeDepths } from './depth';
import type { Depth, Tree, TreeNode } from './types';
import { assertValidTrees, TroubleshooterError } from './validate';
import { AstroError } from 'astro/errors';
import { contentPath } from '../content-dir';

/*
 * The one file here that knows Astro: it turns the collection entries into plain trees and
 * validates them against the published articles. Everything else in this folder is plain
 * TypeScript, tested without a build.
 */

export interface Troubleshooter {
  tree: Tree;
  byId: Map<string, TreeNode>;
  depths: Map<string, Depth>;
  compact: CompactTree;
}

type Entry = CollectionEntry<'troubleshooters'>;

function toTree(entry: Entry): Tree {
  const { data } = entry;
  const nodes = data.nodes.map((node): TreeNode => {
    switch (node.kind) {
      case 'question':
        return { ...node, article: node.article?.id };
      case 'fix':
        return { ...node, article: node.article.id };
      case 'outcome':
        return { ...node, article: node.article?.id, see: node.see.map((ref) => ref.id) };
    }
  });
  return {
    id: entry.id,
    file: entry.filePath ?? contentPath('troubleshooters', entry.id),
    title: data.title,
    description: data.description,
    start: data.start,
    nodes,
    limits: data.limits,
    scenarios: data.scenarios,
  };
}

let cache: Promise<Troubleshooter[]> | undefined;

/**
 * Every troubleshooter, validated, the main one (lowest priority) first. The first call
 * fails the build with a list of every problem, so a broken tree never reaches the site.
 */
export function getTroubleshooters(): Promise<Troubleshooter[]> {
  cache ??= (async () => {
    const entries = (await getCollection('troubleshooters')).sort((a, b) => a.data.priority - b.data.priority || a.id.localeCompare(b.id));
    const trees = entries.map(toTree);
    const articleIds = new Set((await getArticles()).map((a) => a.id));
    try {
      assertValidTrees(trees, articleIds);
    } catch (error) {
      if (error instanceof TroubleshooterError) {
        throw new AstroError(error.message, 'Each line names the file and the node; fix them and build again. What the checks mean: README, "The troubleshooter".');
      }
      throw error;
    }
    return trees.map((tree) => {
      const depths = computeDepths(tree);
      return { tree, byId: new Map(tree.nodes.map((n) => [n.id, n])), depths, compact: compactTree(tree, depths) };
    });
  })();
  return cache;
}
