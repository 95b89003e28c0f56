import { isStepPath } from '../routes';
import type { PagefindResultData } from './pagefind';

/** A run of excerpt text; `mark` is true for the words that matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface ShapedSubResult {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

export interface ShapedResult {
  url: string;
  title: string;
  /** The filter value ("fix", "troubleshooter"), for the badge colour. */
  kind: string;
  /** The badge text ("Fix", "Troubleshooter step"). */
  kindLabel: string;
  description: string;
  excerpt: ExcerptPart[];
  subResults: ShapedSubResult[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole);
}

/**
 * Splits a Pagefind excerpt into plain text and marked words. Only `<mark>` is kept as
 * markup; any other tag is dropped and every entity decoded, so the parts are rendered as
 * text nodes and nothing from the index or the query can become HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(piece)) mark = true;
    else if (/^<\/mark/i.test(piece)) mark = false;
    else {
      const text = decode(piece.replace(/<[^>]*>/g, ''));
      if (text === '') continue;
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/**
 * Drops a leading "Title." from an excerpt: Pagefind's text of a page or section starts with
 * its heading, which the result already shows right above.
 */
export function withoutLeadingTitle(parts: readonly ExcerptPart[], title: string): ExcerptPart[] {
  const text = parts.map((p) => p.text).join('');
  const prefix = `${title.trim()}.`;
  if (title.trim() === '' || !text.toLowerCase().startsWith(prefix.toLowerCase())) return [...parts];
  let skip = prefix.length;
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    if (skip >= part.text.length) {
      skip -= part.text.length;
      continue;
    }
    out.push({ text: part.text.slice(skip), mark: part.mark });
    skip = 0;
  }
  const first = out[0];
  if (first && !first.mark) first.text = first.text.trimStart();
  return out.filter((p) => p.text !== '');
}

/** The page URL without query or fragment, to compare a sub-result with its page. */
function pageOf(url: string): string {
  return url.replace(/[?#].*$/, '');
}

/**
 * A result as the UI shows it: title, kind badge, description, excerpt and at most
 * `maxSubResults` sections. The sub-result Pagefind makes for the text before the first
 * heading is the page itself and is left out.
 */
export function shapeResult(data: PagefindResultData, maxSubResults = 3): ShapedResult {
  const title = data.meta['title'] ?? pageOf(data.url);
  const subResults = data.sub_results
    .filter((sub) => sub.url.includes('#') && pageOf(sub.url) === pageOf(data.url) && sub.title !== title)
    .slice(0, maxSubResults)
    .map((sub) => ({ title: sub.title, url: sub.url, excerpt: withoutLeadingTitle(excerptParts(sub.excerpt), sub.title) }));
  return {
    url: data.url,
    title,
    kind: data.filters['kind']?.[0] ?? '',
    kindLabel: data.meta['kind'] ?? '',
    description: data.meta['description'] ?? '',
    excerpt: withoutLeadingTitle(excerptParts(data.excerpt), title),
    subResults,
  };
}

/** What the live region says after a search. */
export function countMessage(count: number, query: string): string {
  const shown = query.trim();
  if (count === 0) return `No results for “${shown}”.`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${shown}”.`;
}

/**
 * Words of an address that say where a page was, not what it was about, and the little
 * words that would match every page.
 */
const NOISE = new Set([
  ...['guides', 'guide', 'troubleshoot', 'kind', 'page', 'index', 'html', 'htm', 'php', 'www'],
  ...['a', 'an', 'and', 'the', 'of', 'to', 'in', 'on', 'for', 'or', 'is', 'it', 'my', 'your', 'how', 'what', 'why'],
]);

/**
 * The words of a bad address, for the 404 page's search: "/kb/guides/turn-of-vpn/" gives
 * "turn vpn". Error codes are kept, words that only name a section are dropped.
 */
export function queryFromPath(pathname: string, base = '/'): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is read as it is.
  }
  if (path.startsWith(base)) path = path.slice(base.length);
  const found = path.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return found
    .filter((w) => !NOISE.has(w))
    .slice(0, 8)
    .join(' ');
}

/** Whether a bad address was under the troubleshooter, whose steps can be renamed. */
export function isTroubleshooterPath(pathname: string, base = '/'): boolean {
  return pathname.startsWith(base) && isStepPath(pathname.slice(base.length));
}

/** The kind filter values a search page address asks for, in a fixed order, unknown ones dropped. */
export function kindsFromParams(params: URLSearchParams, known: readonly string[]): string[] {
  const asked = new Set(params.getAll('kind'));
  return known.filter((k) => asked.has(k));
}

/** The error code asked for in the address, if it is one the site has. */
export function codeFromParams(params: URLSearchParams, known: readonly string[]): string {
  const asked = params.get('code') ?? '';
  return known.includes(asked) ? asked : '';
}

/** The search page address for a query, kinds and an error code, relative to the page. */
export function searchAddress(query: string, kinds: readonly string[], code = ''): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const kind of kinds) params.append('kind', kind);
  if (code) params.set('code', code);
  const text = params.toString();
  return text ? `?${text}` : '?';
}

/**
 * Results of several one-word searches merged into one list, for a query no page matches
 * as a whole: a page found by more of the words, or found more strongly, comes first.
 */
export function mergeResults<T extends { id: string; score: number }>(lists: readonly (readonly T[])[]): T[] {
  const merged = new Map<string, { result: T; score: number }>();
  for (const list of lists) {
    for (const result of list) {
      const seen = merged.get(result.id);
      if (seen) seen.score += result.score;
      else merged.set(result.id, { result, score: result.score });
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score).map((m) => m.result);
}
