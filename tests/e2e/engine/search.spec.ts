import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axeViolations } from '../../support/axe';
import { pageWeight } from '../../support/budget';
import { expectExcerptsWithoutAliases, topThree } from '../../support/search';
import { FIXTURE_DIST } from '../../support/site';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guides' });
const box = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the guides' });

test.describe('search dialog', () => {
  test('keyboard only: from an article, Ctrl+K, type, arrow down, Enter opens the page with the words highlighted', async ({ page }) => {
    await page.goto('guides/turn-off-sync-proxy/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('7015');
    await expect(dialog(page).getByRole('status')).toHaveText(/\d+ results? for “7015”/);
    const listbox = dialog(page).getByRole('listbox', { name: 'Results' });
    const first = listbox.getByRole('option').first();
    await expect(first).toContainText('Error 7015');
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');

    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/guides\/error-7015-too-many-syncs\/\?highlight=7015$/);
    await expect(page.locator('main mark').first()).toHaveText('7015');
  });

  test('the trigger shows its shortcuts; Escape closes and returns focus to it', async ({ page }) => {
    await page.goto('guides/what-is-widget-error/');
    const trigger = page.getByRole('banner').getByRole('button', { name: 'Search' });
    await expect(trigger).toHaveAttribute('aria-keyshortcuts', /K \//);
    await expect(trigger).toHaveAttribute('aria-haspopup', 'dialog');
    await trigger.focus();
    await page.keyboard.press('Enter');
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('"/" opens the dialog, but not while typing in a field', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('searchbox', { name: 'Search the guides' }).fill('a/b');
    await expect(dialog(page)).toHaveCount(0);
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
  });

  test('results show sub-results and kind badges, within a moment of typing', async ({ page }) => {
    await page.goto('guides/');
    await page.keyboard.press('Control+k');
    await expect(box(page)).toBeFocused();
    await box(page).pressSequentially('hub');
    const options = dialog(page).getByRole('option');
    await expect(options.first()).toHaveAttribute('href', /highlight=hub/);
    // Once Pagefind has loaded (it starts when the dialog opens), a new query answers at once.
    await box(page).fill('rela');
    const started = Date.now();
    await box(page).press('y');
    await expect(options.first()).toHaveAttribute('href', /highlight=relay/);
    expect(Date.now() - started, 'milliseconds from the last key to the results').toBeLessThan(1500);
    await expect(options.first()).toContainText('Cause');
    const groups = dialog(page).getByRole('listbox').getByRole('group');
    expect(await groups.first().getByRole('option').count()).toBeGreaterThan(1);
    await expect(dialog(page).getByRole('link', { name: 'All results on the search page' })).toHaveAttribute('href', /\/search\/\?q=relay$/);
  });

  test('a typo is corrected from the site vocabulary, and the troubleshooter is offered', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Control+k');
    await box(page).fill('porxy');
    await expect(dialog(page).getByRole('status')).toHaveText(/^No results for “porxy”\. Showing \d+ results? for “proxy”\.$/);
    await expect(dialog(page)).toContainText('No page matches “porxy”. Showing results for proxy instead.');
    await expect(dialog(page).getByRole('option').first()).toContainText(/proxy/);
    await expect(dialog(page).getByRole('link', { name: /troubleshooter/ })).toHaveAttribute('href', /\/troubleshoot\/$/);

    // "r" and "c" are one-letter keys on fixture pages (<Kbd>R</Kbd>): a key is no word to match.
    for (const nonsense of ['rqxzzy', 'cqxzzy', 'qqxzzy']) {
      await box(page).fill(nonsense);
      await expect(dialog(page).getByRole('status')).toHaveText(`No results for “${nonsense}”.`);
    }
    await expect(dialog(page)).toContainText('Check the spelling');
    await expect(dialog(page).getByRole('option')).toHaveCount(0);
  });

  test('the home page box is the same search, with live results under it', async ({ page }) => {
    await page.goto('./');
    const home = page.getByRole('main').getByRole('combobox', { name: 'Search the guides' });
    await page.getByRole('main').getByRole('searchbox', { name: 'Search the guides' }).focus();
    await expect(home).toBeVisible();
    await home.pressSequentially('app data');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/for “app data”/);
    const option = page.getByRole('main').getByRole('option').first();
    await expect(option).toContainText('Clear the Widget app’s cache');
    await home.press('ArrowDown');
    await home.press('Enter');
    await expect(page).toHaveURL(/\/guides\/clear-widget-cache\/\?highlight=app&highlight=data$/);
  });

  test('Enter with no result chosen goes to the shareable search page', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Control+k');
    await box(page).fill('proxy');
    await expect(dialog(page).getByRole('option').first()).toBeVisible();
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=proxy$/);
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
  });
});

test.describe('the index', () => {
  test('has the kind and error code filters, and kind and description for result cards', async ({ page }) => {
    await page.goto('search/');
    const found = await page.evaluate(async () => {
      // The search page sits at <base>search/, so the bundle is one level up.
      const pagefind = await import(new URL('../pagefind/pagefind.js', location.href).href);
      const filters = await pagefind.filters();
      const search = await pagefind.search(null, { filters: { code: '7015' } });
      const metas = await Promise.all(search.results.map(async (r: { data: () => Promise<{ meta: Record<string, string> }> }) => (await r.data()).meta));
      return { kinds: Object.keys(filters.kind ?? {}).sort(), codes: filters.code ?? {}, metas };
    });
    expect(found.kinds).toEqual(['cause', 'error', 'fix', 'guide', 'troubleshooter']);
    // Every code an article lists, each counting its articles.
    expect(found.codes).toEqual({ '7001': 6, '7009': 2, '7015': 2 });
    // The 7015 page itself is among the pages filed under that code, with its badge and description.
    expect(found.metas).toContainEqual(
      expect.objectContaining({ kind: 'Look-alike error', title: expect.stringContaining('7015'), description: expect.stringMatching(/\S{10}/) }),
    );
  });
});

test.describe('search page', () => {
  test('a kind filter narrows the results and is kept in the address', async ({ page }) => {
    await page.goto('search/?q=proxy');
    const results = page.getByRole('list', { name: 'Results' }).getByRole('heading', { level: 2 });
    await expect(results.first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Results' })).toContainText('Cause');
    await page.getByRole('group', { name: 'Show only' }).getByRole('checkbox', { name: 'Fixes' }).check();
    await expect(page).toHaveURL(/\?q=proxy&kind=fix$/);
    await expect(page.getByRole('status')).toContainText('more without the filters');
    await expect(results.first()).toHaveText(/Turn off the sync proxy/);
    const kinds = () =>
      page
        .getByRole('list', { name: 'Results' })
        .locator(':scope > li')
        .evaluateAll((items) => items.map((li) => li.querySelector('span')?.textContent?.trim()));
    expect(new Set(await kinds())).toEqual(new Set(['Fix']));

    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Fixes' })).toBeChecked();
    await expect(results.first()).toHaveText(/Turn off the sync proxy/);
    expect(new Set(await kinds())).toEqual(new Set(['Fix']));
  });

  test('an error-code filter keeps only pages about that code, and is kept in the address', async ({ page, request }) => {
    await page.goto('search/?q=sync');
    const list = page.getByRole('list', { name: 'Results' });
    await expect(list.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const code = page.getByRole('group', { name: 'Show only' }).getByRole('combobox', { name: 'Error code' });
    await expect(code).toHaveValue('');
    // Every code an article lists, and no other.
    await expect(code.getByRole('option')).toHaveText(['Any', '7001', '7009', '7015']);
    await code.focus();
    await code.selectOption('7015');
    await expect(page).toHaveURL(/\?q=sync&code=7015$/);
    await expect(page.getByRole('status')).toContainText('more without the filters');
    const hrefs = async () =>
      list
        .getByRole('heading', { level: 2 })
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const found = await hrefs();
    expect(found.length).toBeGreaterThan(0);
    for (const href of found) {
      const html = await (await request.get(href)).text();
      expect(html, `${href} is about error 7015`).toContain('<span data-pagefind-filter="code">7015</span>');
    }

    await page.reload();
    await expect(code).toHaveValue('7015');
    await expect(list.getByRole('heading', { level: 2 })).toHaveCount(found.length);
    expect(await hrefs()).toEqual(found);

    await page.goto('search/?q=sync&code=%3Cscript%3E');
    await expect(code).toHaveValue('');
    await expect(list.getByRole('heading', { level: 2 }).first()).toBeVisible();
  });

  test('typing updates the results and the address', async ({ page }) => {
    await page.goto('search/');
    const input = page.getByRole('searchbox', { name: 'Search the guides' });
    await input.fill('7009');
    await expect(page).toHaveURL(/\?q=7009$/);
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').first()).toHaveText(/Error 7009/);
  });

  test('no results: says so, suggests a real word and offers the troubleshooter', async ({ page }) => {
    await page.goto('search/?q=firmwre');
    await expect(page.getByRole('status')).toContainText('No results for “firmwre”. Showing');
    await expect(page.getByRole('main')).toContainText('Showing results for firmware instead.');
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').first()).toHaveText(/firmware/);
    await expect(page.getByRole('main').getByRole('link', { name: /troubleshooter/ })).toBeVisible();
  });

  test('the search text is never read as HTML', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>proxy')}`);
    await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>proxy');
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('excerpts never quote the hidden aliases, which still find their pages', async ({ page, request }) => {
    expect(await expectExcerptsWithoutAliases(page, request, 'proxy'), 'results whose page has aliases').toBeGreaterThan(1);
    expect(await topThree(page, 'proxy')).toContainEqual(expect.stringMatching(/\/guides\/sync-proxy-or-relay\/$/));
    // "Middleman" is only in that page's aliases, not in its text.
    expect(await topThree(page, 'middleman')).toContainEqual(expect.stringMatching(/\/guides\/sync-proxy-or-relay\/$/));
  });
});

test.describe('404 page', () => {
  test('searches for the words of the bad address', async ({ page }) => {
    const response = await page.goto('guides/turn-of-sync-proxy/');
    expect(response?.status()).toBe(404);
    const section = page.getByRole('region', { name: 'Pages about “turn sync proxy”' });
    await expect(section).toBeVisible();
    await expect(section.getByRole('link', { name: /^Turn off the sync proxy, including/ })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search the guides' })).toHaveValue('turn sync proxy');
    await expect(page.getByText('This step of the troubleshooter no longer exists')).toBeHidden();
  });

  test('under /troubleshoot/ it says the step is gone and offers to start again', async ({ page }) => {
    await page.goto('troubleshoot/an-old-step-about-the-proxy/');
    await expect(page.getByText('This step of the troubleshooter no longer exists')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the troubleshooter again' })).toHaveAttribute('href', /\/troubleshoot\/$/);
    await expect(
      page
        .getByRole('region', { name: /Pages about/ })
        .getByRole('listitem')
        .first(),
    ).toBeVisible();
  });
});

test.describe('when search cannot fetch what it needs', () => {
  /** Fails every script the page has not loaded yet, as when offline or after a deploy replaced them. */
  async function failLaterScripts(page: Page) {
    await page.waitForLoadState('networkidle');
    await page.route('**/_astro/**', (route) => route.abort());
  }

  function pageErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return errors;
  }

  test('the header button opens the search page instead of the dialog', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('guides/turn-off-sync-proxy/');
    await failLaterScripts(page);
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    expect(errors).toEqual([]);
  });

  test('a search box stays a form that takes the query to the search page', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('./');
    await failLaterScripts(page);
    const input = page.getByRole('main').getByRole('searchbox', { name: 'Search the guides' });
    const failed = page.waitForEvent('requestfailed');
    await input.focus();
    await failed;
    await input.fill('proxy');
    // Let the failed import settle, so an unhandled rejection would be reported.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(errors).toEqual([]);
    await input.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=proxy$/);
  });

  test('when results cannot be fetched, the dialog says so, and typing again retries', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('guides/');
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.keyboard.press('Control+k');
    await box(page).fill('proxy');
    await expect(dialog(page).getByRole('status')).toHaveText(/^Search could not load\./);
    await expect(dialog(page).getByRole('option')).toHaveCount(0);
    expect(errors).toEqual([]);

    await page.unroute('**/pagefind/fragment/**');
    await box(page).fill('relay');
    await expect(dialog(page).getByRole('option').first()).toBeVisible();
    await expect(dialog(page).getByRole('status')).toHaveText(/results? for “relay”/);
  });

  test('when results cannot be fetched, the search page says so, and typing again retries', async ({ page }) => {
    const errors = pageErrors(page);
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.goto('search/?q=proxy');
    await expect(page.getByRole('status')).toHaveText(/^Search could not load\./);
    expect(errors).toEqual([]);

    await page.unroute('**/pagefind/fragment/**');
    await page.getByRole('searchbox', { name: 'Search the guides' }).fill('relay');
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
  });
});

test.describe('search loads on first use only', () => {
  test('an article page that is only read downloads no search code', async ({ page, baseURL }) => {
    // What the page loads is told apart by where it comes from and when it loads, never by
    // file names, which the bundler may change: search code is what the first search brings.
    const article = 'guides/what-is-widget-error/';
    const searchFolder = `${new URL(baseURL ?? '').pathname}pagefind/`;
    const scripts = new Map<string, Promise<number>>();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    // A body that cannot be read counts as NaN, so the byte check fails instead of skipping it.
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script')
        scripts.set(
          new URL(r.url()).pathname,
          r.body().then(
            (b) => gzipSync(b).length,
            () => Number.NaN,
          ),
        );
    });
    await page.goto(article);
    await page.mouse.wheel(0, 2000);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);

    expect(
      requests.filter((path) => path.startsWith(searchFolder)),
      'requests for the search index',
    ).toEqual([]);
    const reading = [...scripts.keys()];
    // Only the scripts the page names and their static imports: nothing fetched later by the
    // page's own code (an idle prefetch of the search interface, say).
    const declared = new Set(pageWeight(article, FIXTURE_DIST).scripts);
    expect(
      reading.filter((path) => !declared.has(path)),
      'scripts loaded while reading that the page does not declare',
    ).toEqual([]);
    const readingBytes = (await Promise.all(scripts.values())).reduce((sum, n) => sum + n, 0);
    expect(readingBytes, `gzip bytes of JavaScript while reading: ${reading.join(', ')}`).toBeLessThan(8 * 1024);

    await page.keyboard.press('Control+k');
    await box(page).fill('proxy');
    await expect(dialog(page).getByRole('option').first()).toBeVisible();
    const onFirstUse = [...scripts.keys()].filter((path) => !reading.includes(path));
    // The search interface itself arrives now, not only Pagefind: had it come with the page,
    // the dialog would need no script of the site's own.
    expect(onFirstUse.filter((path) => !path.startsWith(searchFolder)).length, 'scripts of the search interface loaded on first use').toBeGreaterThan(0);
    expect(onFirstUse).toContainEqual(`${searchFolder}pagefind.js`);
    expect(requests.filter((path) => path.includes('pagefind-highlight'))).toEqual([]);
  });

  test('the header trigger stays tiny', async ({ page }) => {
    const sizes = new Map<string, number>();
    page.on('response', async (r) => {
      if (r.url().endsWith('.js')) sizes.set(new URL(r.url()).pathname, (await r.body()).length);
    });
    await page.goto('guides/');
    await page.waitForLoadState('networkidle');
    const trigger = [...sizes].filter(([path]) => /SearchTrigger|constants|preload-helper/.test(path));
    expect(trigger.length).toBeGreaterThan(0);
    const total = trigger.reduce((sum, [, size]) => sum + size, 0);
    expect(total, 'bytes of JavaScript the search trigger adds to every page').toBeLessThan(4500);
  });
});

test.describe('accessibility of search', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${scheme}: the open dialog with results`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('guides/turn-off-sync-proxy/');
      await page.keyboard.press('Control+k');
      await box(page).fill('proxy');
      await expect(dialog(page).getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`${scheme}: the dialog with no results`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./');
      await page.keyboard.press('Control+k');
      await box(page).fill('firmwre');
      await expect(dialog(page)).toContainText('Showing results for');
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`${scheme}: the search page with results and filters`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('search/?q=proxy&kind=fix&kind=cause');
      await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the A–Z index', async ({ page }) => {
    await page.goto('search/?q=proxy');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'browse every guide from A to Z' })).toHaveAttribute('href', /\/guides\/$/);
    await expect(page.getByRole('group', { name: 'Show only' })).toBeHidden();
  });

  test('the header search is a link to the search page', async ({ page }) => {
    await page.goto('guides/turn-off-sync-proxy/');
    const link = page.getByRole('banner').getByRole('link', { name: 'Search' });
    await expect(link).toHaveAttribute('href', /\/search\/$/);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeHidden();
  });
});

test.describe('under the site’s own Content Security Policy', () => {
  /*
   * The test server sends the headers of the built _headers, as a host does (tests/support/serve.ts),
   * so search runs under the policy the build wrote: no inline script or style beyond the
   * hashed theme script, 'wasm-unsafe-eval' for Pagefind's WebAssembly and a same-origin worker
   * (tests/unit/csp.test.ts tests how the build writes it). The header matters:
   * the policy in each page's <meta> does not cover what comes before it in <head>.
   */
  const policy = /Content-Security-Policy: (.+)/.exec(readFileSync(join(FIXTURE_DIST, '_headers'), 'utf8'))?.[1];

  test('search works and breaks no rule of the policy', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    expect(policy, `${FIXTURE_DIST}/_headers holds a Content-Security-Policy`).toBeTruthy();
    const response = await page.goto('guides/');
    expect(response?.headers()['content-security-policy'], 'the page is served with the policy from _headers').toBe(policy);
    await page.keyboard.press('Control+k');
    await box(page).fill('7015');
    const first = dialog(page).getByRole('option').first();
    await expect(first).toContainText('Error 7015');
    await box(page).press('ArrowDown');
    const opened = page.waitForResponse((r) => r.request().isNavigationRequest());
    await box(page).press('Enter');
    expect((await opened).headers()['content-security-policy'], 'the result page is served with the policy too').toBe(policy);
    await expect(page.locator('main mark').first()).toHaveText('7015');
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations).toEqual([]);
    // Nothing search added relies on inline styles: no <style> from the highlighter, no style attributes.
    const inline = await page.evaluate(() => ({
      highlighterStyles: [...document.querySelectorAll('style')].filter((s) => s.textContent?.includes('pagefind')).length,
      styleAttributes: document.querySelectorAll('main [style], kb-search-trigger [style]').length,
    }));
    expect(inline).toEqual({ highlighterStyles: 0, styleAttributes: 0 });
  });
});
