/*
 * What the content check reads in an article's text without compiling it: the links it makes
 * and the words a reader sees. Everything works on a copy of the text of the same length with
 * some parts blanked out, so every offset, and so every line, stays where the writer sees it.
 */

/** `text` with `[start, end)` replaced by spaces, newlines kept. */
function blankRange(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/** `text` with every match of `pattern` blanked out (or only the group `group` of it). */
export function blankMatches(text: string, pattern: RegExp, group?: number): string {
  let result = text;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (group === undefined) {
      result = blankRange(result, start, start + match[0].length);
    } else if (match[group] !== undefined) {
      const inner = match[0].indexOf(match[group]);
      result = blankRange(result, start + inner, start + inner + match[group].length);
    }
  }
  return result;
}

/** Fenced code blocks (``` or ~~~), from their opening line to their closing one, or the end. */
const FENCE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[ \t]*$|(?![\s\S]))/gm;
/** Inline code: a run of backticks, then anything up to a run of the same length. */
const INLINE_CODE = /(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g;
/** Comments: MDX's `{/* … *\/}` and HTML's `<!-- … -->`. */
const COMMENT = /\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g;

/** The text without code and comments: what the site shows as words, and where links are written. */
export function blankCode(text: string): string {
  return blankMatches(blankMatches(blankMatches(text, FENCE), COMMENT), INLINE_CODE);
}

export interface WrittenLink {
  href: string;
  /** Where the address starts in the text. */
  offset: number;
}

/** A Markdown link or image: `[text](/address/ "title")`; group 1 is `!` for an image, group 2 the address. */
const MARKDOWN_LINK = /(!?)\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^\s)>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
/** The address part of a Markdown link, `](/address/ "title")`, without the text readers see. */
const LINK_TARGET = /\]\(\s*<?[^\s)>]+>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const HREF = /\bhref\s*=\s*(?:"([^"]+)"|'([^']+)'|\{\s*["'`]([^"'`]+)["'`]\s*\})/g;
const REFERENCE = /^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?/gm;

/** Every link written in an article's text (Markdown links, references and `href`s in components), in order, code left out. */
export function linksIn(text: string): WrittenLink[] {
  const clean = blankCode(text);
  const links: WrittenLink[] = [];
  // An image's address is not a link: the build checks links (`<a>`) only.
  for (const match of clean.matchAll(MARKDOWN_LINK)) {
    const href = match[2] ?? '';
    if (match[1] !== '!') links.push({ href, offset: match.index + match[0].lastIndexOf(href) });
  }
  for (const pattern of [HREF, REFERENCE]) {
    for (const match of clean.matchAll(pattern)) {
      const href = match[1] ?? match[2] ?? match[3] ?? '';
      links.push({ href, offset: match.index + match[0].indexOf(href) });
    }
  }
  return links.sort((a, b) => a.offset - b.offset);
}

/** Addresses and host names (`chatgpt.com`, `*.oaiusercontent.com`): names, not words. */
export const ADDRESS = /\bhttps?:\/\/[^\s)>\]"'`]+|(?:\*\.)?\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b/gi;

/** A component's tag, open, closing or self-closing: `<Callout type="tip">`, `</Steps>`, `<br />`. */
const TAG = /<\/?[A-Za-z][\w.-]*(?:\s+(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^}]*\})*)?\/?>/g;
/** The words inside a tag that readers see: its `title`, `label` or `alt`. */
const SHOWN_ATTRIBUTE = /\b(?:title|label|alt)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The words of an article's text that a reader sees, for the spelling check: no code, no
 * comments, no tags (but the titles and labels in them), no link addresses, no bare URLs,
 * no `{expressions}`.
 */
export function proseOf(text: string): string {
  let prose = blankCode(text);
  for (const match of prose.matchAll(TAG)) {
    const tag = match[0];
    let blanked = tag.replace(/[^\n]/g, ' ');
    for (const shown of tag.matchAll(SHOWN_ATTRIBUTE)) {
      const value = shown[1] ?? shown[2] ?? '';
      const at = shown.index + shown[0].indexOf(value, shown[0].indexOf('=') + 1);
      blanked = blanked.slice(0, at) + value + blanked.slice(at + value.length);
    }
    prose = prose.slice(0, match.index) + blanked + prose.slice(match.index + tag.length);
  }
  prose = blankMatches(prose, LINK_TARGET);
  prose = blankMatches(prose, REFERENCE);
  prose = blankMatches(prose, ADDRESS);
  prose = blankMatches(prose, /\{[^}\n]*\}/g);
  prose = blankMatches(prose, /&[a-zA-Z]+;|&#\d+;/g);
  return prose;
}
