import type { Page, Route } from '@playwright/test';
import { expectedMajor } from '../../src/lib/connection/infer';

/*
 * The opt-in connection check, with Cloudflare's trace page served by the test (the tests
 * never reach the internet). Each test counts what reaches that address.
 */

/**
 * A current Chrome's user agent, so the check has nothing to say about the browser
 * (Playwright's own user agent names an older version than the Chromium it drives).
 */
export const currentChrome = `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${expectedMajor('Chrome', new Date())}.0.0.0 Safari/537.36`;

export const TRACE = 'https://www.cloudflare.com/cdn-cgi/trace';

/** A trace page's text, with `extra` in place of the defaults (an address in Germany, WARP off). */
export const trace = (extra: Record<string, string>) =>
  Object.entries({
    fl: '1f1',
    h: 'www.cloudflare.com',
    ip: '203.0.113.7',
    ts: '1764400000.1',
    visit_scheme: 'https',
    colo: 'FRA',
    http: 'http/2',
    loc: 'DE',
    tls: 'TLSv1.3',
    warp: 'off',
    gateway: 'off',
    ...extra,
  })
    .map(([k, v]) => `${k}=${v}`)
    .join('\n');

/** Serves the trace page with `answer`, and counts the requests it gets and any other off-site ones. */
export async function serveTrace(page: Page, answer: (route: Route) => Promise<void>) {
  const seen = { trace: 0, elsewhere: [] as string[] };
  await page.route(TRACE, async (route) => {
    seen.trace++;
    await answer(route);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('http://localhost') && !url.startsWith(TRACE) && !url.startsWith('data:') && !url.startsWith('blob:')) seen.elsewhere.push(url);
  });
  return seen;
}

/** Answers the trace page with `body`, as Cloudflare does. */
export const fulfil = (body: string) => (route: Route) =>
  route.fulfill({ status: 200, contentType: 'text/plain', headers: { 'access-control-allow-origin': '*' }, body });

export const check = (page: Page) => page.locator('kb-connection-check');
export const run = (page: Page) => page.getByRole('button', { name: 'Check my connection' }).click();

/** Opens the troubleshooter's first step with the trace page answering `fields`, and runs the check. */
export async function checkOnStart(page: Page, fields: Parameters<typeof trace>[0]) {
  const seen = await serveTrace(page, fulfil(trace(fields)));
  await page.goto('troubleshoot/');
  await run(page);
  return seen;
}
