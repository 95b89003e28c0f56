import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import { articleIdFromPath } from '../article-id';
import { resolveInternalLink } from '../link-check';

interface Options {
  base: string;
  /** The content folder: its `articles/` are the ones links may name; `<lang>/articles/` hold translations. */
  contentDir: string;
  /** The translations' language tags: a link in `content/<lang>/` leads to that language's page. */
  translations: readonly string[];
  sections: readonly string[];
}

/** Ids of the published articles: drafts are left out of the site, so a link to one is broken. */
export function listArticleIds(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.mdx')) continue;
    const head = readFileSync(join(dir, entry), 'utf8').slice(0, 4000);
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(head)?.[1] ?? '';
    if (/^draft:\s*true\s*$/m.test(frontmatter)) continue;
    ids.add(articleIdFromPath(entry.split('\\').join('/')));
  }
  return ids;
}

/**
 * Fails the build on a link to a missing article and prefixes the base path to the ones
 * that resolve. Links inside MDX components (`<Callout>`, `<Step>`…) are checked too.
 */
export function internalLinks(options: Options) {
  // Read once per build: listing the folder for every article would be quadratic. In
  // `astro dev` articles come and go, so a link that does not resolve reads the folder again
  // before it counts as broken.
  let articleIds: Set<string> | undefined;
  const known = {
    has(id: string) {
      articleIds ??= listArticleIds(join(options.contentDir, 'articles'));
      if (articleIds.has(id)) return true;
      articleIds = listArticleIds(join(options.contentDir, 'articles'));
      return articleIds.has(id);
    },
  };
  // A factory: Sätteri calls it once per document, so each article collects its own problems.
  return () => {
    const ctx = { base: options.base, sections: options.sections, articleIds: known, prefix: '' };
    const problems: string[] = [];
    let located = false;
    return defineHastPlugin({
      name: 'kb-internal-links',
      element: {
        filter: ['a'],
        visit(node, visitCtx) {
          const href = node.properties['href'];
          if (typeof href !== 'string') return;
          if (!located && visitCtx.fileURL) {
            // A translation links to the pages of its own language: `content/es/…` → `/es/…`.
            const inContent = relative(options.contentDir, fileURLToPath(visitCtx.fileURL)).split(sep);
            if (options.translations.includes(inContent[0] ?? '') && inContent[1] === 'articles') ctx.prefix = `${inContent[0]}/`;
            located = true;
          }
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
