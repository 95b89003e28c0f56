import { expect, test } from '@playwright/test';
import { builtTree } from '../../fixtures/troubleshooters/built';
import { DIST } from '../../support/site';
import { walkScenarios } from '../../support/troubleshooter-walks';

/*
 * The real troubleshooter's own promises: its scenarios, and that a look-alike error is one
 * answer from the start. How the troubleshooter works is tested on the fixture site
 * (engine/troubleshooter.spec.ts).
 */
walkScenarios('content/troubleshooters/error-1020.yaml', DIST, 9);

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a look-alike error is one answer away', async ({ page }) => {
    const tree = builtTree(DIST);
    const start = tree.steps.get(tree.start);
    const label = start?.answers[start.next.indexOf('challenge-loop')] ?? '';
    await page.goto('troubleshoot/');
    await page.getByRole('article').getByRole('link', { name: label, exact: true }).click();
    await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(tree.steps.get('challenge-loop')?.title ?? '');
    await page
      .getByRole('article')
      .getByRole('link', { name: /^Read next/ })
      .click();
    await expect(page).toHaveURL(/\/guides\/verify-you-are-human-loop\/\?from=challenge-loop$/);
  });
});
