import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/*
 * Where a value is in the file a writer edits, so a message can say "line 42" instead of
 * `nodes.24.answers.2.next`. YAML files, JSON files (JSON is YAML) and an article's
 * frontmatter are all read with the `yaml` package's document API, which keeps every value's
 * place in the text.
 */

/** One step into parsed data: a field name or a list position. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/** The line (1-based, in the whole file) of the value at `path`, or of its nearest parent that exists. */
export type LineOf = (path: Path) => number | undefined;

export interface ParsedText {
  /** The data, as plain values (dates and numbers as YAML reads them). */
  data: unknown;
  lineOf: LineOf;
  /** The first syntax error, with its line. */
  errors: { line: number; message: string }[];
}

/**
 * Parses YAML or JSON text and keeps where each value is. `firstLine` is the file's line on
 * which the text starts: 2 for frontmatter, which follows the opening `---`.
 */
export function parseWithLines(text: string, firstLine = 1): ParsedText {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const lineOf: LineOf = (path) => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return line;
        const key = pair.key as Node;
        if (key.range) line = lineAt(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return line;
        if (item.range) line = lineAt(item.range[0]);
        node = item;
      } else {
        return line;
      }
    }
    return line;
  };
  // The first syntax error only: the ones after it are usually its echoes.
  const errors = doc.errors.slice(0, 1).map((error) => ({ line: lineAt(error.pos[0]), message: error.message }));
  return { data: errors.length > 0 ? undefined : doc.toJS(), lineOf, errors };
}

/** An article's frontmatter and body, split where the writer split them. */
export interface MdxParts {
  /** The YAML between the `---` lines, or undefined when the file has none. */
  frontmatter: string | undefined;
  body: string;
  /** The file's line on which the body starts. */
  bodyLine: number;
}

export function splitFrontmatter(text: string): MdxParts {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: undefined, body: text, bodyLine: 1 };
  const head = match[0];
  return { frontmatter: match[1] ?? '', body: text.slice(head.length), bodyLine: head.split('\n').length };
}

/** A function from an offset in `text` to its 1-based line, for many look-ups in one text. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}
