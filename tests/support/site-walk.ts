import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { watch } from './watch';

export interface Walk {
  /** An article with platform tabs. */
  article: string;
  /** A query with results. */
  query: string;
  /** Answers to click from the troubleshooter's start, each with the id of the step it leads to. */
  answers: [label: RegExp, to: string][];
}

/**
 * Uses what the pages offer, as a reader would: a theme, a platform tab, a search from the
 * header and a few answers in the troubleshooter. Returns every request to another origin,
 * console error and CSP violation on the way (the sweep over the sitemap loads every page
 * under the same watch; this walk covers what only happens when the reader acts).
 */
export async function walkTheSite(page: Page, baseURL: string | undefined, walk: Walk): Promise<string[]> {
  const problems = await watch(page, new URL(baseURL ?? '').origin);
  await page.goto(walk.article);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await page.getByRole('tab').nth(1).click();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guides' });
  await dialog.getByRole('combobox', { name: 'Search the guides' }).fill(walk.query);
  await expect(dialog.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto('troubleshoot/');
  await page.locator('kb-wizard[data-ready]').waitFor({ state: 'attached' });
  for (const [label, to] of walk.answers) {
    await page.getByRole('link', { name: label }).click();
    await expect(page).toHaveURL(new RegExp(`/troubleshoot/${to}/$`));
  }
  return problems;
}

/** Checks that the test server sends the `_headers` of the site built in `dist` with each of `paths`, as a host would. */
export async function expectBuiltHeaders(request: APIRequestContext, dist: string, paths: string[]): Promise<void> {
  const file = readFileSync(join(dist, '_headers'), 'utf8');
  const expected = /Content-Security-Policy: (.+)/.exec(file)?.[1];
  expect(expected, `${dist}/_headers holds a Content-Security-Policy`).toBeTruthy();
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toBe(expected);
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
}

/**
 * The security walk and the served headers, declared for one site: each project calls it with
 * its site's article, query, first answers and built folder, so both sites get the same checks.
 */
export function securityTests(walk: Walk, dist: string): void {
  test('using the site makes no request to another origin, logs no error and breaks no CSP rule', async ({ page, baseURL }) => {
    expect(await walkTheSite(page, baseURL, walk)).toEqual([]);
  });

  test('the server the tests use sends the built _headers, as a host would', async ({ request }) => {
    await expectBuiltHeaders(request, dist, ['', walk.article, 'troubleshoot/', 'search/', 'no-such-page/']);
  });
}
