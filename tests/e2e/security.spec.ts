import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { watch } from '../support/watch';
import { parseCsp } from '../../src/lib/csp';
import { DIST } from '../support/site';

/*
 * Every page of the sitemap is loaded under the same watch by the axe sweep
 * (accessibility.spec.ts); this walk uses what the pages offer.
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
  await page.getByRole('link', { name: /^Access denied, error 1020/ }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/which-site\/$/);
  await page.getByRole('link', { name: /^Yes, chatgpt\.com/ }).click();
  await expect(page).toHaveURL(/\/troubleshoot\/official-client\/$/);
  expect(problems).toEqual([]);
});

test('every page carries a strict Content Security Policy', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const csp = parseCsp(meta.replace(/&#39;/g, "'"));
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
  expect(csp.get('worker-src')).toEqual(expect.arrayContaining(["'self'", 'blob:']));
  expect(csp.get('style-src')).not.toContain("'unsafe-inline'");
});

test('_headers repeats the policy with frame-ancestors and the other security headers', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  const line = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
  const csp = parseCsp(line);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:', 'Strict-Transport-Security:']) {
    expect(headers).toContain(header);
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
