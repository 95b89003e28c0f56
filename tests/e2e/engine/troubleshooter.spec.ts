import { expect, test, type Page } from '@playwright/test';
import { builtTree, startPageWizard } from '../../fixtures/troubleshooters/built';
import { storageKey } from '../../../src/lib/troubleshooter/wizard-state';
import { axeViolations } from '../../support/axe';
import { FIXTURE_DIST } from '../../support/site';

/*
 * The troubleshooter's island and step pages, on the fixture site's troubleshooter
 * (tests/fixtures/site/troubleshooters/widget-sync.yaml): every kind of step and outcome,
 * fix steps with default and custom labels, answers the connection check suggests. Every
 * path through it is walked by troubleshooter-paths.spec.ts; the real troubleshooter's
 * scenarios by topic/troubleshooter.spec.ts.
 */
const tree = builtTree(FIXTURE_DIST);
const node = (id: string) => {
  const n = tree.steps.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const stepUrl = (id: string) => new RegExp(`/troubleshoot/${id === tree.start ? '' : `${id}/`}$`);

/** The current step: the page's article, where the question and its answers are. */
const step = (page: Page) => page.getByRole('article');
const heading = (page: Page) => step(page).getByRole('heading', { level: 1 });
const answer = (page: Page, label: string) => step(page).getByRole('link', { name: label, exact: true });
/** Where the main troubleshooter keeps the reader's progress. */
const savedKey = () => storageKey(startPageWizard('tree', FIXTURE_DIST));
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), savedKey());
const plant = (page: Page, text: string) => page.evaluate(([key, value]) => localStorage.setItem(key, value), [savedKey(), text] as const);

async function choose(page: Page, from: string, i: number) {
  await answer(page, node(from).answers[i] ?? '').click();
  const to = node(from).next[i] ?? '';
  await expect(page).toHaveURL(stepUrl(to));
  await expect(heading(page)).toContainText(node(to).title);
}

test.describe('the troubleshooter with JavaScript on', () => {
  test('progress comes from the depths, and the answers so far are listed', async ({ page }) => {
    await page.goto('troubleshoot/');
    await expect(step(page).getByText(/^Step 1 · about \d+–\d+ more steps$/)).toBeVisible();
    await choose(page, tree.start, 0);
    await expect(step(page).getByText(/^Step 2 · about/)).toBeVisible();
    const list = page.getByRole('region', { name: 'Your answers so far' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText(node(tree.start).answers[0] ?? '');
    await expect(page).toHaveTitle(new RegExp(`^${node('which-device').title.replace(/[.?]/g, '\\$&')} · `));
  });

  test('focus moves to the new question and a live region announces it', async ({ page }) => {
    await page.goto('troubleshoot/');
    await choose(page, tree.start, 0);
    await expect(heading(page)).toBeFocused();
    await expect(page.locator('[aria-live="polite"]')).toHaveText(
      `Step 2 · about ${node('which-device').depth.min}–${node('which-device').depth.max} more steps: ${node('which-device').title}`,
    );
  });

  test('a new step slides in only when the reader allows motion', async ({ page }) => {
    const animation = () =>
      step(page)
        .locator('section')
        .evaluate((el) => getComputedStyle(el).animationName);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('troubleshoot/');
    await choose(page, tree.start, 0);
    expect(await animation()).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await choose(page, 'which-device', 0);
    expect(await animation()).not.toBe('none');
  });

  test('browser back and forward move between steps', async ({ page }) => {
    await page.goto('troubleshoot/');
    await choose(page, tree.start, 0);
    await choose(page, 'which-device', 0);
    await page.goBack();
    await expect(page).toHaveURL(stepUrl('which-device'));
    await expect(heading(page)).toHaveText(node('which-device').title);
    await page.goBack();
    await expect(page).toHaveURL(stepUrl(tree.start));
    await expect(heading(page)).toHaveText(node(tree.start).title);
    await expect(page.getByRole('button', { name: 'Back' })).toBeHidden();
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(stepUrl('proxy-on'));
    await expect(page.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(2);
  });

  test('a reload mid-way stays on the step with the answers so far', async ({ page }) => {
    await page.goto('troubleshoot/');
    await choose(page, tree.start, 0);
    await choose(page, 'which-device', 0);
    await choose(page, 'proxy-on', 0);
    await page.reload();
    await expect(page).toHaveURL(stepUrl('turn-off-proxy'));
    // A fix's "Try this fix" sits above its heading, not in its name.
    await expect(step(page).getByRole('heading', { level: 1, name: node('turn-off-proxy').title, exact: true })).toBeVisible();
    await expect(step(page).getByText('Try this fix', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(3);
    await expect(step(page).getByText(/^Step 4 · /)).toBeVisible();
  });

  test('a deep link opens that step, and answering goes on from there', async ({ page }) => {
    await page.goto('troubleshoot/check-location/');
    await expect(heading(page)).toHaveText(node('check-location').title);
    await expect(step(page).getByText(/^About \d+–\d+ more steps$/)).toBeVisible();
    await choose(page, 'check-location', 1);
    await expect(heading(page)).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(stepUrl('check-location'));
  });

  test('changing an earlier answer goes back to that question', async ({ page }) => {
    await page.goto('troubleshoot/');
    await choose(page, tree.start, 0);
    await choose(page, 'which-device', 0);
    await choose(page, 'proxy-on', 0);
    const list = page.getByRole('region', { name: 'Your answers so far' });
    await list.getByRole('button', { name: `Change your answer to “${node('which-device').title}”` }).click();
    await expect(page).toHaveURL(stepUrl('which-device'));
    await expect(heading(page)).toBeFocused();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(step(page).getByRole('link', { name: /^My own Widget, at home.*Your earlier answer$/ })).toBeVisible();
    await choose(page, 'which-device', 1);
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list).toContainText(node('which-device').answers[1] ?? '');
  });

  test('start again clears the answers', async ({ page }) => {
    await page.goto('troubleshoot/');
    await choose(page, tree.start, 0);
    await page.getByRole('button', { name: 'Start again' }).click();
    await expect(page).toHaveURL(stepUrl(tree.start));
    await expect(page.getByRole('region', { name: 'Your answers so far' })).toBeHidden();
    expect(await saved(page)).toBeNull();
  });

  test('the summary for support is copied to the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('troubleshoot/reset-app/');
    await choose(page, 'reset-app', 1);
    await page.getByRole('button', { name: 'Copy summary for support' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`- ${node('reset-app').title}: did not fix it`);
    expect(copied).toContain('Ray ID: ');
    expect(copied).toContain('Browser and version: ');
    expect(copied).toContain('Operating system: ');
    await expect(page.getByRole('textbox', { name: 'Summary text' })).toHaveValue(copied);
  });

  test('when the clipboard is blocked, the summary is selected for copying by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('blocked')) } });
    });
    await page.goto('troubleshoot/');
    await choose(page, tree.start, 0);
    await choose(page, 'which-device', 1);
    await page.getByRole('button', { name: 'Copy summary for support' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'did not allow copying' })).toBeVisible();
    const box = page.getByRole('textbox', { name: 'Summary text' });
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(/1\. What does the Widget show\? → “Sync blocked”/);
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBeGreaterThan(100);
  });

  test('a keyboard-only run reaches an outcome', async ({ page }) => {
    await page.goto('troubleshoot/');
    const press = async (label: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === label) {
          await page.keyboard.press('Enter');
          await expect(heading(page)).toBeFocused();
          return;
        }
      }
      throw new Error(`could not reach “${label}” with Tab`);
    };
    await press(node(tree.start).answers[node(tree.start).next.indexOf('other-code')] ?? '');
    await press(node('other-code').answers[node('other-code').next.indexOf('error-7015')] ?? '');
    await expect(heading(page)).toHaveText(node('error-7015').title);
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 10; i++) {
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === '← Back') break;
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText(node('other-code').title);
  });

  test('reopening the start offers to continue, and a fix article leads back to its step', async ({ page }) => {
    await page.goto('troubleshoot/');
    await choose(page, tree.start, 0);
    await choose(page, 'which-device', 0);
    await choose(page, 'proxy-on', 0);
    await step(page)
      .getByRole('link', { name: /How to do it, step by step/ })
      .click();
    await expect(page).toHaveURL(/\/guides\/turn-off-sync-proxy\/\?from=turn-off-proxy$/);
    await page.getByRole('link', { name: 'Back to the troubleshooter' }).click();
    await expect(page).toHaveURL(stepUrl('turn-off-proxy'));
    await expect(page.getByRole('region', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(3);

    await page.goto('troubleshoot/');
    await expect(page.getByText('Continue where you left off?')).toBeVisible();
    await expect(page.getByText(`You stopped at step 4: ${node('turn-off-proxy').title}`)).toBeVisible();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(page).toHaveURL(stepUrl('turn-off-proxy'));
    await expect(heading(page)).toBeFocused();
  });

  test('stale or corrupt saved answers are dropped with a notice', async ({ page }) => {
    await page.goto('troubleshoot/');
    // Wait until this first load has read storage: data planted sooner would be read (and
    // dropped) by it rather than by the reload under test.
    await page.locator('kb-wizard[data-ready]').waitFor({ state: 'attached' });
    await plant(page, JSON.stringify({ v: 'an-older-tree', t: [] }));
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'has changed since your last visit' })).toBeVisible();
    expect(await saved(page)).toBeNull();

    await plant(page, '{"v": ');
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    await expect(page.getByText('Continue where you left off?')).toBeHidden();
  });

  test('each troubleshooter keeps its own progress', async ({ page, baseURL }) => {
    // A second troubleshooter, made from the main one by route interception: another id,
    // another steps file and another version, as a second file in content/troubleshooters
    // would have.
    const steps = startPageWizard('steps', FIXTURE_DIST);
    const otherSteps = steps.replace(/[^/]+\/$/, 'another-troubleshooter/');
    await page.route('**/troubleshoot/another-troubleshooter/', async (route) => {
      const response = await route.fetch({ url: new URL('troubleshoot/', baseURL).href });
      const body = (await response.text())
        .replace(`data-steps="${steps}"`, `data-steps="${otherSteps}"`)
        .replace(/ data-tree="[^"]*"/, ' data-tree="another-troubleshooter"')
        .replace(/ data-version="[^"]*"/, ' data-version="another-version"');
      await route.fulfill({ response, body });
    });
    await page.route(`**${otherSteps}`, async (route) => {
      const response = await route.fetch({ url: new URL(steps, baseURL).href });
      await route.fulfill({ response, body: (await response.text()).replace(`"v":"${tree.version}"`, '"v":"another-version"') });
    });

    await page.goto('troubleshoot/');
    await choose(page, tree.start, 0);
    await page.goto('troubleshoot/another-troubleshooter/');
    await page.locator('kb-wizard[data-ready]').waitFor({ state: 'attached' });
    await expect(page.getByRole('status').filter({ hasText: 'has changed since your last visit' })).toBeHidden();
    await expect(page.getByText('Continue where you left off?')).toBeHidden();
    await choose(page, tree.start, 1);

    await page.goto('troubleshoot/');
    await expect(page.getByText(`You stopped at step 2: ${node(node(tree.start).next[0] ?? '').title}`)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'has changed since your last visit' })).toBeHidden();
  });

  test('a page is not enhanced with a steps file of another version, and its links still work', async ({ page }) => {
    // What a page cached from an older deploy meets after a newer one (or the reverse).
    await page.route('**/troubleshoot-steps/**', async (route) => {
      try {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace(`"v":"${tree.version}"`, '"v":"a-newer-deploy"') });
      } catch {
        // The next page's own request can still be in flight when the test ends.
      }
    });
    const fetched = page.waitForResponse(/\/troubleshoot-steps\//);
    await page.goto('troubleshoot/');
    await fetched;
    await page.evaluate(() => document.documentElement.setAttribute('data-before-answer', ''));
    const to = node(tree.start).next[0] ?? '';
    await answer(page, node(tree.start).answers[0] ?? '').click();
    await expect(page).toHaveURL(stepUrl(to));
    await expect(heading(page)).toHaveText(node(to).title);
    // A new page was loaded, rather than the step swapped in by the island.
    await expect(page.locator('html[data-before-answer]')).toHaveCount(0);
    await expect(page.locator('kb-wizard[data-ready]')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Your answers so far' })).toBeHidden();
  });

  test('saved answers and addresses are never run as HTML', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto('troubleshoot/');
    await page.locator('kb-wizard[data-ready]').waitFor({ state: 'attached' });
    await plant(page, JSON.stringify({ v: tree.version, t: [{ n: '<img src=x onerror=alert(1)>', i: 0 }] }));
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    await page.goto('guides/turn-off-sync-proxy/?from=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.getByRole('link', { name: 'Back to the troubleshooter' })).toBeHidden();
    await page.goto('guides/turn-off-sync-proxy/?from=javascript:alert(1)');
    await expect(page.getByRole('link', { name: 'Back to the troubleshooter' })).toBeHidden();
    expect(dialogs).toBe(0);
  });

  test('an unknown step is the 404 page with a way to start again', async ({ page }) => {
    const response = await page.goto('troubleshoot/no-such-step/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('main')).toContainText('no longer exists');
    await expect(page.getByRole('link', { name: /Start the troubleshooter/ })).toHaveCount(1);
    await page.getByRole('link', { name: 'Start the troubleshooter again' }).click();
    await expect(page).toHaveURL(stepUrl(tree.start));
  });
});

test.describe('the troubleshooter with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('each answer is a link to the next step’s own page, down to contact support', async ({ page }) => {
    await page.goto('troubleshoot/');
    await expect(page.getByRole('button', { name: 'Back' })).toBeHidden();
    const path: [string, number][] = [
      [tree.start, 0],
      ['which-device', 0],
      ['proxy-on', 2],
      ['restart-hub', 1],
      ['reset-app', 1],
    ];
    for (const [id, i] of path) {
      await expect(heading(page)).toContainText(node(id).title);
      const to = node(id).next[i] ?? '';
      await answer(page, node(id).answers[i] ?? '').click();
      await expect(page).toHaveURL(stepUrl(to));
      await expect(page).toHaveTitle(new RegExp(node(to).title.replace(/[.?()]/g, '\\$&')));
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', stepUrl(to));
    }
    await expect(heading(page)).toHaveText(node('contact-support').title);
    await expect(step(page).getByRole('link', { name: /^Read next/ })).toHaveAttribute('href', /\/guides\/contact-widget-support\/\?from=contact-support$/);
    await expect(page.getByRole('button', { name: 'Copy summary for support' })).toBeHidden();
  });

  test('a look-alike error is one answer away', async ({ page }) => {
    await page.goto('troubleshoot/');
    await answer(page, node(tree.start).answers[node(tree.start).next.indexOf('hub-offline')] ?? '').click();
    await expect(heading(page)).toHaveText(node('hub-offline').title);
    await step(page)
      .getByRole('link', { name: /^Read next/ })
      .click();
    await expect(page).toHaveURL(/\/guides\/hub-offline-light\/\?from=hub-offline$/);
  });

  test('the map links every step to its page', async ({ page }) => {
    await page.goto('troubleshoot/map/');
    const hrefs = new Set(
      (
        await page
          .getByRole('main')
          .getByRole('link')
          .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
      ).filter((p) => p.includes('/troubleshoot/')),
    );
    for (const id of [...tree.steps.keys()]) {
      expect(
        [...hrefs].some((h) => stepUrl(id).test(h)),
        `map links to ${id}`,
      ).toBe(true);
    }
  });
});

test.describe('axe finds no violation in the troubleshooter', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, path] of [
      ['a question', 'troubleshoot/proxy-on/'],
      ['a fix', 'troubleshoot/turn-off-proxy/'],
      ['the map', 'troubleshoot/map/'],
    ] as const) {
      test(`${scheme}: ${name}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }

    test(`${scheme}: an outcome with the answers and the summary shown`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('troubleshoot/');
      await choose(page, tree.start, 0);
      await choose(page, 'which-device', 1);
      await expect(page.getByRole('button', { name: 'Copy summary for support' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
