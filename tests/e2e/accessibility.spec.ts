import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/site';

const paths = sitemapPaths();

test.describe('axe finds no violation', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of paths) {
      test(`${scheme}: /${path}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary).toEqual([]);
      });
    }
  }

  test('the 404 page', async ({ page }) => {
    await page.goto('no-such-page/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
