/**
 * Checks and rewrites a link written in an article. Authors write site-absolute paths
 * (`/guides/turn-off-vpn/`); the built site may live under a sub-path, so the base is
 * prepended. A link to an article that does not exist fails the build.
 */
export interface LinkContext {
  /** The site's base path, starting and ending with `/`. */
  base: string;
  /** The ids of the articles links may point at: the published ones (and drafts, in `astro dev`). */
  articleIds: { has(id: string): boolean };
  /** The drafts' ids, to say why a link to one fails. */
  drafts?: { has(id: string): boolean };
  /** The published id nearest to a misspelt one, for a "did you mean". */
  suggest?: (id: string) => string | undefined;
  /** Top-level paths that exist besides articles (`/troubleshoot/`, `/guides/`). */
  sections: readonly string[];
  /** The language prefix of the page the link is on ("es/"), put in front of the path; "" for the default language. */
  prefix?: string;
}

export type LinkResult = { ok: true; href: string } | { ok: false; problem: string };

export function resolveInternalLink(href: string, ctx: LinkContext): LinkResult {
  if (!href.startsWith('/') || href.startsWith('//')) return { ok: true, href };
  const [pathAndQuery = '', hash] = href.split('#', 2);
  const [path = ''] = pathAndQuery.split('?', 1);
  const article = /^\/guides\/([^/]+)\/?$/.exec(path);
  if (article) {
    const id = article[1] ?? '';
    if (!ctx.articleIds.has(id) && ctx.drafts?.has(id)) {
      return {
        ok: false,
        problem: `links to "${href}", but the article "${id}" is a draft (draft: true), which the built site leaves out. Publish it (draft: false) or remove the link; \`npm run dev\` shows drafts and their links.`,
      };
    }
    if (!ctx.articleIds.has(id)) {
      const near = ctx.suggest?.(id);
      return {
        ok: false,
        problem: `links to "${href}", but there is no article "${id}".${near ? ` Did you mean "/guides/${near}/"?` : ''} Use the file name of an article in content/articles (without .mdx).`,
      };
    }
    if (!path.endsWith('/')) {
      return { ok: false, problem: `links to "${href}"; article addresses end with a slash: "/guides/${id}/".` };
    }
  } else if (path !== '/' && !ctx.sections.some((s) => path === s || path.startsWith(s))) {
    return {
      ok: false,
      problem: `links to "${href}", which is not a page of this site. Internal links start with one of: ${ctx.sections.join(', ')}, or /guides/<article>/.`,
    };
  }
  const rewritten = ctx.base + (ctx.prefix ?? '') + pathAndQuery.slice(1) + (hash !== undefined ? `#${hash}` : '');
  return { ok: true, href: rewritten };
}
