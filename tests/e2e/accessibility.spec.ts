import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DIST, sitemapPaths } from '../support/site';
import { watch } from '../support/watch';
import { gluedToLinks } from '../support/rendered-text';

const paths = sitemapPaths();

/** The kind of page a path is: dark mode is checked on a couple of pages of each kind. */
function template(path: string): string {
  if (path.startsWith('guides/kind/')) return 'kind index';
  if (/^guides\/page\//.test(path) || path === 'guides/') return 'index';
  if (path.startsWith('guides/')) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    return `article:${/data-pagefind-filter="kind:([a-z]+)"/.exec(html)?.[1] ?? ''}`;
  }
  if (path === 'troubleshoot/map/') return 'troubleshooter map';
  if (path.startsWith('troubleshoot/')) return 'troubleshooter step';
  return path === '' ? 'home' : path;
}

const darkSample = new Map<string, string[]>();
for (const path of paths) {
  const list = darkSample.get(template(path)) ?? [];
  if (list.length < 2) list.push(path);
  darkSample.set(template(path), list);
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('axe finds no violation', () => {
  for (const path of paths) {
    // Each page is also watched for requests to other origins, console errors and CSP
    // violations (the server sends the site's own _headers), and its rendered text for
    // words glued to links.
    test(`light: /${path}`, async ({ page, baseURL }) => {
      const problems = await watch(page, new URL(baseURL ?? '').origin);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
      expect(await gluedToLinks(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  for (const path of [...darkSample.values()].flat()) {
    test(`dark: /${path}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      expect(await violations(page)).toEqual([]);
    });
  }

  test('the 404 page, light and dark', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('no-such-page/');
      expect(await violations(page)).toEqual([]);
    }
  });

  test('platform tabs, once enhanced, in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('guides/clear-site-data/');
    await expect(page.getByRole('tab').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
