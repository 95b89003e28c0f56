import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { getArticles } from '../articles';
import { contentPath } from '../content-dir';
import { paths } from '../paths';
import { compactTree, type CompactTree } from './compact';
import { computeDepths, type Depth } from './depth';
import type { Tree, TreeNode } from './schema';
import { assertValidTrees, TroubleshooterError } from './validate';

/*
 * The one file here that knows Astro: it turns the collection entries into plain trees and
 * validates them against the published articles. Everything else in this folder is plain
 * TypeScript, tested without a build.
 */

export interface Troubleshooter {
  tree: Tree;
  byId: Map<string, TreeNode>;
  depths: Map<string, Depth>;
  /** What the island fetches; its version `v` is also on every step page. */
  compact: CompactTree;
  /** Whether this is the main troubleshooter (the lowest priority), whose first step is /troubleshoot/ itself. */
  isMain: boolean;
  /** The address of one of its steps. */
  stepHref(id: string): string;
}

type Entry = CollectionEntry<'troubleshooters'>;

/** The entry with article references as plain ids, which is all the engine needs of them. */
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
  return { ...data, nodes, id: entry.id, file: entry.filePath ?? contentPath('troubleshooters', entry.id) };
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
        throw new AstroError(
          error.message,
          'Each line names the file and the node; fix them and build again. What the checks mean: README, "The troubleshooter".',
        );
      }
      throw error;
    }
    // Step ids are unique across troubleshooters (validated above), so the main start is the
    // one id that every troubleshooter's addresses need to know.
    const mainStart = trees[0]?.start ?? '';
    return trees.map((tree, index) => {
      const depths = computeDepths(tree);
      return {
        tree,
        byId: new Map(tree.nodes.map((n) => [n.id, n])),
        depths,
        compact: compactTree(tree, depths),
        isMain: index === 0,
        stepHref: (id: string) => paths.step(id, mainStart),
      };
    });
  })();
  return cache;
}
