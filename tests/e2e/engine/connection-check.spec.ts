import { expect, test, type Route } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_DIST } from '../../support/site';
import { TRACE, check, checkOnStart, currentChrome, fulfil, run, serveTrace, trace } from '../../support/connection-check';
import { normaliseBasePath } from '../../../src/lib/base-path';

/*
 * The opt-in connection check on the fixture site (its troubleshooter maps signals to answers
 * with `suggestedBy`), with Cloudflare's trace page served by the test.
 */
test.use({ userAgent: currentChrome });

test.describe('in New York with a VPN exit in Germany', () => {
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

  test('nothing is sent before the button; one press asks Cloudflare once and says a VPN is probably on', async ({ page }) => {
    const seen = await serveTrace(page, fulfil(trace({ loc: 'DE' })));
    await page.goto('troubleshoot/');
    await page.waitForLoadState('networkidle');
    expect(seen.trace).toBe(0);
    await expect(check(page)).toContainText('nothing is sent to this site');
    await run(page);
    await expect(
      check(page).getByText('Cloudflare places you in Germany, but this device is set to New York time: a VPN or relay is probably on.'),
    ).toBeVisible();
    await expect(check(page).getByRole('heading', { name: 'What the check found' })).toBeFocused();
    await expect(check(page).getByText('Likely', { exact: true })).toBeVisible();
    expect(seen.trace).toBe(1);
    expect(seen.elsewhere).toEqual([]);

    // The troubleshooter marks the answers the check points to (`suggestedBy` in the file);
    // the reader still chooses.
    await page.getByRole('link', { name: /^“Sync blocked”, with error 7001/ }).click();
    await page.getByRole('link', { name: /^My own Widget/ }).click();
    const notSure = page.getByRole('article').getByRole('link', { name: /^I’m not sure/ });
    await expect(notSure).toContainText('Suggested by your connection check: Cloudflare places you in Germany');
    await expect(page.getByRole('article').getByRole('link', { name: /^No, none of these/ })).not.toContainText('Suggested');
    // An answer suggested by another signal is not marked.
    await expect(page.getByRole('article').getByRole('link', { name: /^Yes, the Widget Relay/ })).not.toContainText('Suggested');
    await notSure.click();
    await expect(page.getByRole('article').getByRole('link', { name: /^Another country/ })).toContainText('Suggested by your connection check');
    expect(seen.trace).toBe(1);
  });
});

test.describe('in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin', locale: 'de-DE' });

  test('WARP on: a certain finding, and an offer to go straight to the fix', async ({ page }) => {
    await checkOnStart(page, { warp: 'on' });
    await expect(check(page).getByText('Cloudflare WARP is on for this connection.')).toBeVisible();
    await expect(check(page).getByText('Certain', { exact: true })).toBeVisible();
    await check(page)
      .getByRole('link', { name: /^Go straight to the fix: Turn off the Widget Relay and sync again/ })
      .click();
    await expect(page).toHaveURL(/\/troubleshoot\/turn-off-relay\/$/);
  });

  test('everything matching: the country fits, nothing points to a cause', async ({ page }) => {
    await serveTrace(page, fulfil(trace({})));
    await page.goto('check/');
    await run(page);
    await expect(check(page).getByText('Cloudflare places you in Germany, which matches this device’s time zone.')).toBeVisible();
    await expect(check(page).getByText(/Nothing in what your browser can tell points to a cause/)).toBeVisible();
    await expect(check(page).getByRole('link', { name: /Go straight to the fix/ })).toBeHidden();
    await expect(check(page).getByRole('definition').filter({ hasText: '203.0.113.7' })).toBeVisible();
  });

  test('the result goes into the summary for support, and can be copied on its own', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await checkOnStart(page, { warp: 'on' });
    await check(page).getByRole('button', { name: 'Copy the result' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('- IP address: 203.0.113.7');
    expect(copied).toContain('- WARP: on');
    await page.goto('troubleshoot/reset-app/');
    await page
      .getByRole('article')
      .getByRole('link', { name: /^No, still refused/ })
      .click();
    await expect(page.getByRole('textbox', { name: 'Summary text' })).toHaveValue(
      /Connection check \(.*UTC\):\n- IP address: 203\.0\.113\.7\n- Country \(Cloudflare\): Germany \(DE\)\n- Data centre: FRA\n- WARP: on/,
    );
  });

  for (const [name, answer, message] of [
    ['blocked', (route: Route) => route.abort('blockedbyclient'), 'could not be reached from here'],
    ['malformed', fulfil('<!doctype html><title>Access denied</title><p>Sorry</p>'), 'was not what the check expected'],
    [
      'an error status',
      (route: Route) => route.fulfill({ status: 503, headers: { 'access-control-allow-origin': '*' }, body: 'no' }),
      'could not be reached from here',
    ],
  ] as const) {
    test(`a ${name} answer gets a clear message and the manual route, never an exception`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await serveTrace(page, answer);
      await page.goto('check/');
      await run(page);
      await expect(check(page).getByText(message)).toBeVisible();
      await expect(check(page).getByRole('link', { name: 'Cloudflare’s trace page' }).last()).toHaveAttribute('href', TRACE);
      expect(errors).toEqual([]);
    });
  }

  test('a slow answer times out after five seconds', async ({ page }) => {
    await page.clock.install();
    // The timer starts when the check asks Cloudflare, after its code has loaded: wait for
    // that request before moving the clock on.
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    await serveTrace(page, () => {
      asked();
      return new Promise(() => undefined);
    });
    await page.goto('check/');
    await run(page);
    await expect(page.getByRole('status').filter({ hasText: 'Checking…' })).toBeVisible();
    await requested;
    await page.clock.runFor(6000);
    await expect(check(page).getByText('Cloudflare did not answer within five seconds.')).toBeVisible();
  });
});

test('without JavaScript the box explains how to read the trace page by hand', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('check/');
  await expect(page.getByRole('button', { name: 'Check my connection' })).toBeHidden();
  await expect(page.getByText('The check needs JavaScript.')).toBeVisible();
  await context.close();
});

test('the check’s code loads on first use only, and what every start page carries is small', async ({ page }) => {
  // Each script as a path inside the built site, whatever base path it is served under.
  const basePath = normaliseBasePath(process.env['BASE_PATH']);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.slice(basePath.length));
  });
  await serveTrace(page, fulfil(trace({})));
  await page.goto('troubleshoot/');
  await page.waitForLoadState('networkidle');
  const before = new Set(scripts);
  await run(page);
  await expect(check(page).getByRole('heading', { name: 'What the check found' })).toBeVisible();
  const loaded = scripts.filter((s) => !before.has(s));
  expect(loaded.length).toBeGreaterThan(0);
  // The code only a press needs (the reasoning and the time-zone table) is not on the page before it.
  const gz = (path: string) => gzipSync(readFileSync(join(FIXTURE_DIST, path))).length;
  const lazy = loaded.map(gz).reduce((a, b) => a + b, 0);
  expect(lazy).toBeGreaterThan(3000);
  const element = readdirSync(join(FIXTURE_DIST, '_astro')).filter((f) => f.startsWith('ConnectionCheck.astro_astro_type_script'));
  expect(element).toHaveLength(1);
  expect(gz(`_astro/${element[0]}`)).toBeLessThan(2000);
});
