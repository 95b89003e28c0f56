import { getArticles } from './articles';
import { buildIndexPages } from './guide-index';
import { KINDS, type Kind } from './kinds';

/** Counts per kind, for the filter links. */
export async function kindCounts(): Promise<Record<Kind | 'all', number>> {
  const all = await getArticles();
  const counts = { all: all.length } as Record<Kind | 'all', number>;
  for (const kind of KINDS) counts[kind] = all.filter((a) => a.kind === kind).length;
  return counts;
}

/** Static paths for the A–Z index, optionally of one kind: page 1 has no page segment. */
export async function indexPaths(kind?: Kind) {
  const all = await getArticles();
  const items = all
    .filter((a) => !kind || a.kind === kind)
    .map(({ id, title, description, kind: k }) => ({ id, title, description, kind: k }));
  return buildIndexPages(items).map((index) => ({
    page: index.page === 1 ? undefined : `page/${index.page}`,
    index,
  }));
}
