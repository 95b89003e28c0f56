import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watch } from '../support/watch';
import { DIST } from '../support/site';

/*
 * Every page of the sitemap is loaded under the same watch by the axe sweep
 * (accessibility.spec.ts); this walk uses what the pages offer. The policy the build writes
 * is checked without a browser in tests/dist/security.test.ts.
 */
test('using the site makes no request to another origin, logs no error and breaks no CSP rule', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const problems = await watch(page, origin);
  // Switch theme, pick a platform tab.
  await page.goto('guides/turn-off-vpn/');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.getByRole('tab').nth(1).click();
  // Search from the header, as a reader would.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await dialog.getByRole('combobox', { name: 'Search the guides' }).fill('vpn');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  // Two answers in the troubleshooter.
  await page.goto('troubleshoot/');
  await page.locator('kb-wizard[data-ready]').waitFor({ state: 'attached' });
  await page.getByRole('link', { name: /^“Access denied”, with error 1020/ }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/which-site\/$/);
  await page.getByRole('link', { name: /^An OpenAI site/ }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/vpn-on\/$/);
  expect(problems).toEqual([]);
});

test('the server the tests use sends the built _headers, as a host would', async ({ request }) => {
  const file = readFileSync(join(DIST, '_headers'), 'utf8');
  const expected = /Content-Security-Policy: (.+)/.exec(file)?.[1];
  for (const path of ['', 'guides/turn-off-vpn/', 'troubleshoot/', 'search/', 'no-such-page/']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe(expected);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});

test('text from the address is never run as HTML', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const problems = await watch(page, origin);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const payload = encodeURIComponent('"><script>alert(1)</script><img src=x onerror=alert(2)>');
  // A path segment cannot hold an encoded "/" (astro preview rejects it), so it gets no </script>.
  const segment = encodeURIComponent('"><img src=x onerror=alert(3)><svg onload=alert(4)>');
  for (const path of [`search/?q=${payload}`, `guides/${segment}/`, `troubleshoot/${segment}/`, `guides/turn-off-vpn/?q=${payload}#${payload}`]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(dialogs).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});
