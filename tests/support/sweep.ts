import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { sitemapPaths } from './site';
import { collectProblems, reportCspViolations } from './watch';
import { gluedToLinks } from './rendered-text';

/** The kind of page a path is: dark mode is checked on a couple of pages of each kind. */
function template(dist: string, path: string): string {
  if (path.startsWith('guides/kind/')) return 'kind index';
  if (/^guides\/page\//.test(path) || path === 'guides/') return 'index';
  if (path.startsWith('guides/')) {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    return `article:${/data-pagefind-filter="kind:([a-z]+)"/.exec(html)?.[1] ?? ''}`;
  }
  if (path === 'troubleshoot/map/') return 'troubleshooter map';
  if (path.startsWith('troubleshoot/')) return 'troubleshooter step';
  return path === '' ? 'home' : path;
}

/*
 * The sweep visits every page. Each worker keeps one browser page for all of them instead of
 * opening a fresh context per address, and each test starts from empty storage, so what one
 * page saves (a theme, troubleshooter progress) cannot change what the next shows.
 */
const test = base.extend<object, { sweepPage: Page }>({
  sweepPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL === undefined ? {} : { baseURL });
      const page = await context.newPage();
      await reportCspViolations(page);
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** Switches the loaded page to dark mode: the styles follow the system setting without a reload. */
async function switchToDark(page: Page): Promise<void> {
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
}

/**
 * Declares the sweep over the pages in the sitemap of the site built in `dist` (the site the
 * calling spec's project serves): axe in light mode and, on a couple of pages of each kind,
 * in dark mode; no request to another origin, no console error, no CSP violation and no word
 * glued to a link. `pages` is `every` page, or the `sample` that is also checked dark and
 * `withTabs`, an article with platform tabs. Then the 404 page, and `withTabs` once its tabs
 * are enhanced, in dark mode.
 */
export function sweepPages(dist: string, pages: 'every' | 'sample', withTabs: string): void {
  const all = sitemapPaths(dist);
  const darkSample = new Set<string>();
  const sampled = new Map<string, number>();
  for (const path of all) {
    const kind = template(dist, path);
    if ((sampled.get(kind) ?? 0) < 2) darkSample.add(path);
    sampled.set(kind, (sampled.get(kind) ?? 0) + 1);
  }
  const paths = pages === 'every' ? all : all.filter((path) => darkSample.has(path) || path === withTabs);

  test.describe('axe finds no violation', () => {
    test.beforeEach(async ({ sweepPage: page }) => {
      await page.context().clearCookies();
      if (page.url().startsWith('http')) {
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });

    for (const path of paths) {
      // Each page is also watched for requests to other origins, console errors and CSP
      // violations (the server sends the site's own _headers), and its rendered text for
      // words glued to links.
      const dark = darkSample.has(path);
      test(`${dark ? 'light and dark' : 'light'}: /${path}`, async ({ sweepPage: page, baseURL }) => {
        const watching = collectProblems(page, new URL(baseURL ?? '').origin);
        try {
          await page.goto(path);
          expect(await axeViolations(page), 'light').toEqual([]);
          expect(await gluedToLinks(page)).toEqual([]);
          if (dark) {
            await switchToDark(page);
            expect(await axeViolations(page), 'dark').toEqual([]);
          }
          expect(watching.problems).toEqual([]);
        } finally {
          watching.stop();
        }
      });
    }

    test('the 404 page, light and dark', async ({ sweepPage: page }) => {
      await page.goto('no-such-page/');
      expect(await axeViolations(page), 'light').toEqual([]);
      await switchToDark(page);
      expect(await axeViolations(page), 'dark').toEqual([]);
    });

    test('platform tabs, once enhanced, in dark mode', async ({ sweepPage: page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(withTabs);
      await expect(page.getByRole('tab').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
