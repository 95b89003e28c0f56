import { paths } from '../../lib/paths';

/** An article linked from a step, marked so the article can offer the way back to it. */
export function articleFromStep(articleId: string, stepId: string): string {
  return `${paths.article(articleId)}?from=${encodeURIComponent(stepId)}`;
}
