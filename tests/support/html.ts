import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, htmlFiles } from './site';

/** A built page reduced to what link checks need. Our own HTML is regular enough for this. */
export interface BuiltPage {
  /** Site-relative URL path, e.g. `guides/turn-off-vpn/`. */
  path: string;
  html: string;
  ids: Set<string>;
  links: string[];
}

function decode(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

export function readPages(): BuiltPage[] {
  return htmlFiles().map((file) => {
    const html = readFileSync(join(DIST, file), 'utf8');
    const path = file === 'index.html' ? '' : file.replace(/index\.html$/, '').replace(/\.html$/, '/');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1] ?? '')));
    const links = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
    return { path, html, ids, links };
  });
}

/** The part of an article page inside its body container, for content rules. */
export function articleBody(html: string): string {
  const start = html.indexOf('data-article-body');
  const end = html.indexOf('aria-labelledby="sources-title"');
  return start >= 0 && end > start ? html.slice(start, end) : '';
}

export function linksIn(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
}
