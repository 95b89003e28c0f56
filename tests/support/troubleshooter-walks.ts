import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { allPaths, builtTree } from '../fixtures/troubleshooters/built';
import { plainTroubleshooterSchema } from '../fixtures/troubleshooters/load';
import { matchAnswer } from '../../src/lib/troubleshooter/scenarios';
import { chromiumArgs, findChromium } from './browser';

/*
 * Walks through a site's main troubleshooter, declared for the fixture site by the engine's
 * specs and for the real one by the topic's. Each takes the folder the site was built into,
 * so it walks exactly the tree that shipped.
 */

const stepUrl = (start: string, id: string) => new RegExp(`/troubleshoot/${id === start ? '' : `${id}/`}$`);

/**
 * Every scenario of the troubleshooter `file`, clicked as a reader would, must end where the
 * file says; the file must hold at least `atLeast` of them.
 */
export function walkScenarios(file: string, dist: string, atLeast: number): void {
  const tree = builtTree(dist);
  const node = (id: string) => {
    const n = tree.steps.get(id);
    if (!n) throw new Error(`no node ${id}`);
    return n;
  };
  const { scenarios } = plainTroubleshooterSchema.parse(parse(readFileSync(file, 'utf8')));
  test.describe('every scenario in the troubleshooter file, clicked as a reader would, ends where it says', () => {
    test('there are scenarios to walk', () => {
      expect(scenarios.length).toBeGreaterThanOrEqual(atLeast);
    });
    for (const scenario of scenarios) {
      test(scenario.name, async ({ page }) => {
        await page.goto('troubleshoot/');
        let at = tree.start;
        for (const text of scenario.answers) {
          const [i] = matchAnswer(node(at).answers, text);
          expect(i, `“${text}” at ${at}`).toBeDefined();
          await answerLink(page, node(at).answers[i as number] ?? '').click();
          at = node(at).next[i as number] ?? '';
          await expect(page).toHaveURL(stepUrl(tree.start, at));
        }
        expect(at).toBe(scenario.expect);
        await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toContainText(node(scenario.expect).title);
      });
    }
  });
}

const answerLink = (page: Page, label: string) => page.getByRole('article').getByRole('link', { name: label, exact: true });

/**
 * Every path from the start to an outcome, generated from the tree the build embedded, walked
 * with JavaScript on; there must be more than `moreThan`. Chromium slows down a page that
 * calls pushState hundreds of times a second, which a reader never does, so the spec file
 * that calls this turns that protection off (`everyPathBrowser`).
 */
export function walkEveryPath(dist: string, moreThan: number): void {
  const tree = builtTree(dist);
  const node = (id: string) => {
    const n = tree.steps.get(id);
    if (!n) throw new Error(`no node ${id}`);
    return n;
  };

  test('every path from the start reaches its outcome, without a request', async ({ page }) => {
    test.setTimeout(120_000);
    const paths = allPaths(tree);
    expect(paths.length).toBeGreaterThan(moreThan);
    await page.goto('troubleshoot/');
    // The island loads every step once; after that, no step may cause a request.
    await page.locator('kb-wizard[data-ready]').waitFor({ state: 'attached' });
    const requests: string[] = [];
    // Chromium asks for the favicon again after each pushState; that is the browser, not a step.
    page.on('request', (r) => {
      if (!r.url().endsWith('/favicon.svg')) requests.push(r.url());
    });
    // Hundreds of paths: clicked inside the page, so the walk takes seconds. The role-based
    // tests click the same links the way a reader does.
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
}

/** Launch options for the every-path walk: Chromium without its protection against rapid pushState. */
export const everyPathBrowser = { executablePath: findChromium(), args: [...chromiumArgs(), '--disable-ipc-flooding-protection'] };
