import { excerptParts, withoutLeadingTitle, type ExcerptPart } from './excerpt';
import type { PagefindResultData } from './pagefind-client';

export interface ShapedSubResult {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
}

/** A search result as the UI shows it, whatever Pagefind left out filled in. */
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
