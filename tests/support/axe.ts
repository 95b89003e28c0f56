import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type * as Axe from 'axe-core';

// The axe-core that @axe-core/playwright depends on, so its version moves with that package.
const fromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(fromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core's default rules (WCAG 2 A and AA, and its best practices) on the page as it
 * is now, and returns each violation as `rule: what is wrong (the elements)`; empty when none.
 *
 * Every accessibility check of the tests goes through here. It runs axe in the page itself,
 * as AxeBuilder's legacy mode does, but injects axe once per document and asks only for the
 * violations: AxeBuilder's default mode opens a second page for every check and injects axe
 * twice, which made the sweep over every page several times slower. The site has no
 * cross-origin frames, the one thing that mode is for.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    const injected = await frame.evaluate(() => typeof (window as unknown as { axe?: typeof Axe }).axe?.run === 'function');
    if (!injected) await frame.evaluate(AXE_SOURCE);
  }
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof Axe };
    // Only violations are reported, so axe need not collect the details of what passed.
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}
