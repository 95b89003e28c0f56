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
  /**
   * Whether drafts are pages, read at each link: true in `astro dev`, where a writer previews
   * them, so links to a draft work there; a build leaves drafts out, so there they are broken.
   */
  draftsShown?: () => boolean;
}

/** `draft: true` in a frontmatter, as YAML writes true, with or without a comment after it. */
const DRAFT_LINE = /^draft:\s*(?:true|True|TRUE)\s*(?:#.*)?$/m;

/** The ids of the articles in `dir`, published and drafts apart. */
export function readArticleIds(dir: string): { published: Set<string>; drafts: Set<string> } {
  const published = new Set<string>();
  const drafts = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.mdx')) continue;
    const head = readFileSync(join(dir, entry), 'utf8').slice(0, 4000);
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(head)?.[1] ?? '';
    (DRAFT_LINE.test(frontmatter) ? drafts : published).add(articleIdFromPath(entry.split('\\').join('/')));
  }
  return { published, drafts };
}

/** Ids of the published articles: drafts are left out of the built site, so a link to one is broken there. */
export function listArticleIds(dir: string): Set<string> {
  return readArticleIds(dir).published;
}

/**
 * Fails the build on a link to a missing article and prefixes the base path to the ones
 * that resolve. Links inside MDX components (`<Callout>`, `<Step>`…) are checked too.
 */
export function internalLinks(options: Options) {
  // Read once per build: listing the folder for every article would be quadratic. In
  // `astro dev` articles come and go, so a link that does not resolve reads the folder again
  // before it counts as broken.
  let ids: ReturnType<typeof readArticleIds> | undefined;
  const shown = (id: string) => ids?.published.has(id) || (options.draftsShown?.() === true && ids?.drafts.has(id));
  const known = {
    has(id: string) {
      ids ??= readArticleIds(join(options.contentDir, 'articles'));
      if (shown(id)) return true;
      ids = readArticleIds(join(options.contentDir, 'articles'));
      return shown(id) === true;
    },
  };
  const drafts = { has: (id: string) => ids?.drafts.has(id) === true };
  // A factory: Sätteri calls it once per document, so each article collects its own problems.
  return () => {
    const ctx = { base: options.base, sections: options.sections, articleIds: known, drafts, prefix: '' };
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
