/**
 * "Did you mean" for searches that find nothing: each unknown word of the query is
 * replaced by the nearest word of the site's vocabulary.
 */

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring letters each cost 1. Swaps matter because they are the commonest typing
 * slip ("vnp" for "vpn"), and plain Levenshtein would count one as two edits.
 * Stops early and returns `limit + 1` once the distance is certain to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowBest = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length] ?? 0;
}

/** How many edits a word of this length may be away from a suggestion. */
export function allowedEdits(length: number): number {
  return length <= 2 ? 0 : length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The nearest vocabulary word to `word`, or undefined when none is close enough.
 * `vocabulary` is ordered most frequent first, so among equally near words the more
 * common one wins; a word the site already uses is returned as it is.
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const target = word.toLowerCase();
  const limit = allowedEdits(target.length);
  if (limit === 0) return vocabulary.includes(target) ? target : undefined;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary) {
    if (candidate === target) return candidate;
    const distance = editDistance(target, candidate, Math.max(0, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/**
 * A corrected query, for a search that found nothing: words the site uses are kept, typos
 * are replaced by the nearest vocabulary word, and words the site never uses ("cf" in
 * "cf-ray") are dropped, since no page can match them. Returns undefined when nothing is
 * left or nothing would change, so the reader is never offered their own query back.
 */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const parts = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const corrected: string[] = [];
  for (const part of parts) {
    const nearest = nearestWord(part, vocabulary);
    if (nearest && !corrected.includes(nearest)) corrected.push(nearest);
  }
  const suggestion = corrected.join(' ');
  return suggestion === '' || suggestion === parts.join(' ') ? undefined : suggestion;
}
