/**
 * The site's own vocabulary, for "did you mean" suggestions when a search finds nothing.
 *
 * It is built at build time from the words that name things on indexed pages (titles,
 * headings, descriptions and aliases), so a suggestion is always a word the site uses and
 * a search for it finds something. Body text is left out on purpose: it would grow the file
 * with words nobody searches for, and it is the names of things that readers mistype.
 */

export interface Vocabulary {
  /** Words, most frequent first. */
  words: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the few entities an HTML serialiser writes, plus numeric ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function textOf(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, ' '));
}

/**
 * The naming texts of one built page: its headings (h1 to h3), its meta description and
 * the content of elements marked `data-kb-aliases`. Pages without `data-pagefind-body`
 * are not in the index, so they contribute nothing.
 */
export function namingTexts(html: string): string[] {
  if (!html.includes('data-pagefind-body')) return [];
  const body = html.slice(html.indexOf('data-pagefind-body'));
  const texts: string[] = [];
  for (const match of body.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/gi)) texts.push(textOf(match[2] ?? ''));
  for (const match of body.matchAll(/<([a-z]+)\b[^>]*\bdata-kb-aliases\b[^>]*>([\s\S]*?)<\/\1>/gi)) texts.push(textOf(match[2] ?? ''));
  const description = /<meta\s+name="description"\s+content="([^"]*)"/i.exec(html);
  if (description?.[1]) texts.push(decodeEntities(description[1]));
  return texts;
}

/**
 * Splits text into searchable words: lower case, letters and digits only, with accents
 * kept (Pagefind matches them too). Very short words are dropped: a one-letter suggestion
 * would match almost anything.
 */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => w.length >= 2);
}

/** Counts every word of `texts` and lists them most frequent first, then alphabetically. */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of words(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { words: sorted.map(([word]) => word) };
}
