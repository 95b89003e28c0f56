import { expect, test } from '@playwright/test';
import { allPaths, builtTree } from '../fixtures/troubleshooters/built';
import { chromiumArgs, findChromium } from '../support/browser';

/*
 * Every path through the troubleshooter, generated from the tree the build embedded, walked
 * with JavaScript on. Chromium slows down a page that calls pushState hundreds of times a
 * second, which a reader never does, so this file turns that protection off.
 */
test.use({ launchOptions: { executablePath: findChromium(), args: [...chromiumArgs(), '--disable-ipc-flooding-protection'] } });

const tree = builtTree();
const node = (id: string) => {
  const n = tree.steps.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};

test('every path from the start reaches its outcome, without a request', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = allPaths(tree);
  expect(paths.length).toBeGreaterThan(100);
  await page.goto('troubleshoot/');
  // The island loads every step once; after that, no step may cause a request.
  await page.locator('kb-wizard[data-ready]').waitFor({ state: 'attached' });
  const requests: string[] = [];
  // Chromium asks for the favicon again after each pushState; that is the browser, not a step.
  page.on('request', (r) => {
    if (!r.url().endsWith('/favicon.svg')) requests.push(r.url());
  });
  // Hundreds of paths: clicked inside the page, so the walk takes seconds. The role-based
  // tests below click the same links the way a reader does.
  const failures = await page.evaluate(
    (all) => {
      const problems: string[] = [];
      const restart = document.querySelector<HTMLButtonElement>('button[data-restart]');
      for (const path of all) {
        restart?.click();
        for (const { label, index } of path.steps) {
          const link = document.querySelector<HTMLAnchorElement>(`[data-host] a[data-i="${index}"]`);
          if (link?.textContent?.trim() !== label) {
            problems.push(`${path.outcome}: expected the answer “${label}”, found “${link?.textContent?.trim() ?? 'nothing'}”`);
            break;
          }
          link.click();
        }
        const h1 = document.querySelector('[data-host] h1')?.textContent ?? '';
        if (!location.pathname.endsWith(`/troubleshoot/${path.outcome}/`) || !h1.includes(path.title)) {
          problems.push(`${path.outcome}: ended at ${location.pathname} “${h1.trim()}”`);
        }
        if (document.activeElement !== document.querySelector('[data-host] h1')) problems.push(`${path.outcome}: focus is not on the heading`);
      }
      return problems;
    },
    paths.map((p) => ({ ...p, title: node(p.outcome).title })),
  );
  expect(failures).toEqual([]);
  expect(requests).toEqual([]);
  const outcomes = new Set(paths.map((p) => p.outcome));
  expect([...outcomes].sort()).toEqual([...tree.steps.keys()].filter((id) => node(id).next.length === 0).sort());
});
