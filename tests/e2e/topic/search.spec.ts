import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { expectExcerptsWithoutAliases, topThree } from '../../support/search';

/*
 * Search over the real articles: what depends on how many there are and on what they say.
 * How search behaves is tested on the fixture site (engine/search.spec.ts); the words readers
 * type are in search-queries.spec.ts.
 */

test('a first search downloads under 120 KB gzip, search code and index together', async ({ page }) => {
  await page.goto('guides/turn-off-vpn/');
  await page.waitForLoadState('networkidle');
  const bodies: Promise<number>[] = [];
  page.on('response', (r) => {
    // Counted as a compressing host sends it; Pagefind's own index files are gzip already.
    bodies.push(
      r
        .body()
        .then((b) => gzipSync(b).length)
        .catch(() => 0),
    );
  });
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await dialog.getByRole('combobox', { name: 'Search the guides' }).fill('router restart');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  expect(total, 'bytes (gzip) the first search downloads').toBeLessThan(120 * 1024);
});

test('excerpts never quote the hidden aliases, which still find their pages', async ({ page, request }) => {
  expect(await expectExcerptsWithoutAliases(page, request, 'vpn'), 'results whose page has aliases').toBeGreaterThan(1);
  expect(await topThree(page, 'proxy')).toContainEqual(expect.stringMatching(/\/guides\/vpn-proxy-datacentre-ip\/$/));
  // "WireGuard" is only in that page's aliases, not in its text.
  expect(await topThree(page, 'wireguard')).toContainEqual(expect.stringMatching(/\/guides\/vpn-proxy-datacentre-ip\/$/));
});
