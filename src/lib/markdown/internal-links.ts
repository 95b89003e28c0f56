import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { articleIdFromPath } from '../article-id';
import { resolveInternalLink } from '../internal-links';

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

/**
 * Fails the build on a link to a missing article and prefixes the base path to the ones
 * that resolve. Links inside MDX components (`<Callout>`, `<Step>`…) are checked too.
 */
export function internalLinks(options: Options) {
  // Read once per build: listing the folder for every article would be quadratic.
  let articleIds: Set<string> | undefined;
  // A factory: Sätteri calls it once per document, so each article collects its own problems.
  return () => {
    articleIds ??= listArticleIds(options.articlesDir);
    const ctx = { base: options.base, sections: options.sections, articleIds };
    const problems: string[] = [];
    return defineHastPlugin({
      name: 'kb-internal-links',
      element: {
        filter: ['a'],
        visit(node, visitCtx) {
          const href = node.properties['href'];
          if (typeof href !== 'string') return;
          const result = resolveInternalLink(href, ctx);
          if (!result.ok) problems.push(result.problem);
          else if (result.href !== href) visitCtx.setProperty(node, 'href', result.href);
        },
      },
      after(_root, visitCtx) {
        if (problems.length === 0) return;
        const name = visitCtx.fileURL ? relative(process.cwd(), fileURLToPath(visitCtx.fileURL)) : 'an article';
        throw new Error(`${name}: broken link.\n  - ${problems.join('\n  - ')}`);
      },
    });
  };
}
