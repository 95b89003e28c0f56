import type { Element, Root } from 'hast';
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { articleIdFromPath } from './article-id';
import { resolveInternalLink } from './internal-links';

interface Options {
  base: string;
  articlesDir: string;
  sections: readonly string[];
}

function listArticleIds(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.mdx')) ids.add(articleIdFromPath(entry.split('\\').join('/')));
  }
  return ids;
}

interface VFileLike {
  path?: string;
  cwd?: string;
}

/** Rehype plugin: fails on links to missing articles and prefixes the base path. */
export function rehypeInternalLinks(options: Options) {
  // Read once per build: listing the folder for every article would be quadratic.
  let articleIds: Set<string> | undefined;
  return () => (tree: Root, file: VFileLike) => {
    articleIds ??= listArticleIds(options.articlesDir);
    const ctx = { base: options.base, sections: options.sections, articleIds };
    const problems: string[] = [];
    // MDX components (<Callout>, <Step>…) are not hast elements, but their Markdown
    // children are: walk every node that has children.
    const visit = (node: { children?: unknown[] }) => {
      for (const child of (node.children ?? []) as (Element | { type: string; children?: unknown[] })[]) {
        if (child.type === 'element') {
          const element = child as Element;
          const href = element.properties['href'];
          if (element.tagName === 'a' && typeof href === 'string') {
            const result = resolveInternalLink(href, ctx);
            if (result.ok) element.properties['href'] = result.href;
            else problems.push(result.problem);
          }
        }
        if ('children' in child) visit(child);
      }
    };
    visit(tree);
    if (problems.length > 0) {
      const name = file.path ? relative(file.cwd ?? process.cwd(), file.path) : 'an article';
      throw new Error(`${name}: broken link.\n  - ${problems.join('\n  - ')}`);
    }
  };
}
