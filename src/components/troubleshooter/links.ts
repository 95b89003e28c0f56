import type { Paths } from '../../lib/paths';

/** An article linked from a step, in the step's language, marked so the article can offer the way back to it. */
export function articleFromStep(paths: Paths, articleId: string, stepId: string): string {
  return `${paths.article(articleId)}?from=${encodeURIComponent(stepId)}`;
}
