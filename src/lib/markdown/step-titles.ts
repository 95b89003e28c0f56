import { defineHastPlugin } from 'satteri';

/** Where the titles land: `remarkPluginFrontmatter.stepTitles` from `render(entry)`. */
export const STEP_TITLES_KEY = 'stepTitles';

/** The step titles the plugin left in a rendered article's frontmatter (none if it has no steps). */
export function stepTitlesOf(frontmatter: Record<string, unknown>): string[] {
  const titles = frontmatter[STEP_TITLES_KEY];
  return Array.isArray(titles) ? titles.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * Collects the `title` of every `<Step>` in an article, in order, for the HowTo structured
 * data. Read here, while the article is compiled, the page does not need the article's
 * source text, so the content store can let it go.
 */
export function stepTitles() {
  // A factory: Sätteri calls it once per document.
  return () => {
    const titles: string[] = [];
    return defineHastPlugin({
      name: 'kb-step-titles',
      mdxJsxFlowElement: {
        filter: ['Step'],
        visit(node) {
          const title = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title')?.value;
          if (typeof title === 'string' && title.trim() !== '') titles.push(title.trim());
        },
      },
      after(_root, ctx) {
        const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
        if (astro?.frontmatter && titles.length > 0) astro.frontmatter[STEP_TITLES_KEY] = titles;
      },
    });
  };
}
