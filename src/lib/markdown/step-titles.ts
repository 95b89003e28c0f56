import { slug } from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import { uniqueId } from '../unique-id';

/** Where the steps land: `remarkPluginFrontmatter.stepTitles` from `render(entry)`. */
export const STEP_TITLES_KEY = 'stepTitles';

/** One `<Step>` of an article, for the HowTo structured data. */
export interface StepInfo {
  title: string;
  /** The step's text, as plain words. */
  text: string;
  /** The id of the step on the page (`step-…`), so the data can point at it. */
  id: string;
}

/**
 * The id of a step: `step-` and its title as a slug, made unique on the page in order. The
 * `<Step>` component and this plugin both call it, in the same order, so they agree.
 */
export function stepId(title: string, used: Set<string>): string {
  return uniqueId(used, `step-${slug(title) || 'untitled'}`);
}

/** The steps the plugin left in a rendered article's frontmatter (none if it has no steps). */
export function stepsOf(frontmatter: Record<string, unknown>): StepInfo[] {
  const steps = frontmatter[STEP_TITLES_KEY];
  if (!Array.isArray(steps)) return [];
  return steps.filter(
    (s): s is StepInfo => typeof s === 'object' && s !== null && typeof s.title === 'string' && typeof s.text === 'string' && typeof s.id === 'string',
  );
}

/**
 * Collects the `title`, text and id of every `<Step>` in an article, in order, for the HowTo
 * structured data. Read here, while the article is compiled, the page does not need the
 * article's source text, so the content store can let it go.
 */
export function stepTitles() {
  // A factory: Sätteri calls it once per document.
  return () => {
    const steps: StepInfo[] = [];
    const used = new Set<string>();
    return defineHastPlugin({
      name: 'kb-step-titles',
      mdxJsxFlowElement: {
        filter: ['Step'],
        visit(node, ctx) {
          const title = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title')?.value;
          if (typeof title !== 'string' || title.trim() === '') return;
          const text = ctx.textContent(node).replace(/\s+/g, ' ').trim();
          steps.push({ title: title.trim(), text, id: stepId(title.trim(), used) });
        },
      },
      after(_root, ctx) {
        const astro = ctx.data['astro'] as { frontmatter?: Record<string, unknown> } | undefined;
        if (astro?.frontmatter && steps.length > 0) astro.frontmatter[STEP_TITLES_KEY] = steps;
      },
    });
  };
}
