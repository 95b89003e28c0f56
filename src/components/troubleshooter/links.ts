import { paths } from '../../lib/paths';

/** The address of a step: the main troubleshooter's start is `/troubleshoot/` itself. */
export function stepHref(id: string, mainStart: string): string {
  return paths.step(id, mainStart);
}

/** An article linked from a step, marked so the article can offer the way back to it. */
export function articleFromStep(articleId: string, stepId: string): string {
  return `${paths.article(articleId)}?from=${encodeURIComponent(stepId)}`;
}

export const mapHref = (): string => paths.map();
