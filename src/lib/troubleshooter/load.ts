import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { getArticles } from '../articles';
import { parseWithLines, type LineOf } from '../check/source-lines';
import { contentPath } from '../content-dir';
import { i18n, locales } from '../i18n';
import { noOriginal } from '../i18n/translation-files';
import { compactTree, type CompactTree } from './compact';
import { computeDepths, type Depth } from './depth';
import { withFixLabels, type FixLabels, type Tree, type TreeNode } from './schema';
import { isOutdated, translationVerdict } from './translation';
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
  /** The tree's language, and whether it is a translation, the original, or the original standing in for a missing one. */
  locale: string;
  status: 'source' | 'current' | 'outdated' | 'fallback';
}

type Entry = CollectionEntry<'troubleshooters'> | CollectionEntry<'troubleshooterTranslations'>;

/** The entry with article references as plain ids, which is all the engine needs of them. */
function toTree(entry: Entry, id: string, labels: FixLabels): Tree {
  const { data } = entry;
  const plain = data.nodes.map((node) => {
    switch (node.kind) {
      case 'question':
        return { ...node, article: node.article?.id };
      case 'fix':
        return { ...node, article: node.article.id };
      case 'outcome':
        return { ...node, article: node.article?.id, see: node.see.map((ref) => ref.id) };
    }
  });
  const nodes = withFixLabels(plain as Parameters<typeof withFixLabels>[0], labels);
  const file = entry.filePath ?? contentPath('troubleshooters', id);
  return { ...data, nodes, id, file, lineOf: linesOf(file) };
}

/** The lines of a file's values, read only when a message needs one. */
function linesOf(file: string): LineOf {
  let lineOf: LineOf | undefined;
  return (path) => {
    if (!lineOf) {
      try {
        lineOf = parseWithLines(readFileSync(file, 'utf8')).lineOf;
      } catch {
        lineOf = () => undefined;
      }
    }
    return lineOf(path);
  };
}

function fixLabels(locale: string): FixLabels {
  const { t } = i18n(locale);
  return { question: t('step.didThisFixIt'), solvedLabel: t('step.solvedLabel'), notSolvedLabel: t('step.notSolvedLabel') };
}

const HINT = 'Each line names the file and the node; fix them and build again. What the checks mean: README, "The troubleshooter".';

let originals: Promise<Tree[]> | undefined;

/** The default language's trees, validated, the main one (lowest priority) first. */
function getOriginals(): Promise<Tree[]> {
  originals ??= (async () => {
    const entries = (await getCollection('troubleshooters')).sort((a, b) => a.data.priority - b.data.priority || a.id.localeCompare(b.id));
    const labels = fixLabels(locales.default);
    const trees = entries.map((entry) => toTree(entry, entry.id, labels));
    const articleIds = new Set((await getArticles()).map((a) => a.id));
    try {
      assertValidTrees(trees, articleIds);
    } catch (error) {
      if (error instanceof TroubleshooterError) throw new AstroError(error.message, HINT);
      throw error;
    }
    return trees;
  })();
  return originals;
}

const cache = new Map<string, Promise<Troubleshooter[]>>();

/**
 * Every troubleshooter in `locale` (the default language when undefined), validated, the main
 * one (lowest priority) first. The first call fails the build with a list of every problem,
 * so a broken tree never reaches the site. A translation must match its original's shape
 * (translation.ts); a tree without one is the original, marked `fallback`.
 */
export function getTroubleshooters(locale: string = locales.default): Promise<Troubleshooter[]> {
  let cached = cache.get(locale);
  if (!cached) {
    cached = load(locale);
    cache.set(locale, cached);
  }
  return cached;
}

async function load(locale: string): Promise<Troubleshooter[]> {
  const sources = await getOriginals();
  const translated = new Map<string, Tree>();
  if (locale !== locales.default) {
    const labels = fixLabels(locale);
    const sourceIds = new Set(sources.map((tree) => tree.id));
    const problems: string[] = [];
    for (const entry of await getCollection('troubleshooterTranslations')) {
      const [lang = '', , id = ''] = entry.id.split('/');
      if (lang !== locale) continue;
      const tree = toTree(entry, id, labels);
      tree.file = entry.filePath ?? contentPath(lang, 'troubleshooters', id);
      tree.lineOf = linesOf(tree.file);
      if (!sourceIds.has(id)) problems.push(noOriginal(tree.file, 'troubleshooter', id, contentPath('troubleshooters')).message);
      else translated.set(id, tree);
    }
    for (const source of sources) {
      const tree = translated.get(source.id);
      if (!tree) continue;
      const verdict = translationVerdict(source, tree);
      problems.push(...verdict.errors);
      // An outdated translation that no longer fits its original: the original stands in.
      if (verdict.use === 'original') translated.delete(source.id);
    }
    if (problems.length > 0) throw new AstroError(`The translated troubleshooters do not match their originals:\n  - ${problems.join('\n  - ')}`, HINT);
  }
  // Step ids are unique across troubleshooters (validated), so the main start is the one id
  // that every troubleshooter's addresses need to know.
  const mainStart = sources[0]?.start ?? '';
  const { paths } = i18n(locale);
  return sources.map((source, index) => {
    const own = translated.get(source.id);
    const tree = own ?? source;
    const depths = computeDepths(tree);
    const status = locale === locales.default ? 'source' : !own ? 'fallback' : isOutdated(source, own) ? 'outdated' : 'current';
    return {
      tree,
      byId: new Map(tree.nodes.map((n) => [n.id, n])),
      depths,
      compact: compactTree(tree, depths),
      isMain: index === 0,
      stepHref: (id: string) => paths.step(id, mainStart),
      locale,
      status,
    };
  });
}
