/**
 * Pagefind's excerpts as safe text: the parts to render as text nodes and `<mark>`s, and the
 * heading an excerpt repeats left out.
 */

/** A run of excerpt text; `mark` is true for the words that matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
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
