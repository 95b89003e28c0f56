import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axeViolations } from '../support/axe';
import { pageWeight } from '../support/budget';
import { DIST } from '../support/site';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guides' });
const box = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the guides' });

test.describe('search dialog', () => {
  test('keyboard only: from an article, Ctrl+K, type, arrow down, Enter opens the page with the words highlighted', async ({ page }) => {
    await page.goto('guides/turn-off-vpn/');
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('1015');
    await expect(dialog(page).getByRole('status')).toHaveText(/\d+ results? for “1015”/);
    const listbox = dialog(page).getByRole('listbox', { name: 'Results' });
    const first = listbox.getByRole('option').first();
    await expect(first).toContainText('Error 1015');
    await expect(box(page)).toHaveAttribute('aria-expanded', 'true');

    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/guides\/error-1015-rate-limited\/\?highlight=1015$/);
    await expect(page.locator('main mark').first()).toHaveText('1015');
  });

  test('the trigger shows its shortcuts; Escape closes and returns focus to it', async ({ page }) => {
    await page.goto('guides/what-is-error-1020/');
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
    await box(page).pressSequentially('vpn');
    const options = dialog(page).getByRole('option');
    await expect(options.first()).toHaveAttribute('href', /highlight=vpn/);
    // Once Pagefind has loaded (it starts when the dialog opens), a new query answers at once.
    await box(page).fill('prox');
    const started = Date.now();
    await box(page).press('y');
    await expect(options.first()).toHaveAttribute('href', /highlight=proxy/);
    expect(Date.now() - started, 'milliseconds from the last key to the results').toBeLessThan(1500);
    await expect(options.first()).toContainText('Cause');
    const groups = dialog(page).getByRole('listbox').getByRole('group');
    expect(await groups.first().getByRole('option').count()).toBeGreaterThan(1);
    await expect(dialog(page).getByRole('link', { name: 'All results on the search page' })).toHaveAttribute('href', /\/search\/\?q=proxy$/);
  });

  test('a typo is corrected from the site vocabulary, and the troubleshooter is offered', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Control+k');
    await box(page).fill('vnp');
    await expect(dialog(page).getByRole('status')).toHaveText(/^No results for “vnp”\. Showing \d+ results? for “vpn”\.$/);
    await expect(dialog(page)).toContainText('No page matches “vnp”. Showing results for vpn instead.');
    await expect(dialog(page).getByRole('option').first()).toContainText(/VPN/);
    await expect(dialog(page).getByRole('link', { name: /troubleshooter/ })).toHaveAttribute('href', /\/troubleshoot\/$/);

    await box(page).fill('qqxzzy');
    await expect(dialog(page).getByRole('status')).toHaveText('No results for “qqxzzy”.');
    await expect(dialog(page)).toContainText('Check the spelling');
    await expect(dialog(page).getByRole('option')).toHaveCount(0);
  });

  test('the home page box is the same search, with live results under it', async ({ page }) => {
    await page.goto('./');
    const home = page.getByRole('main').getByRole('combobox', { name: 'Search the guides' });
    await page.getByRole('main').getByRole('searchbox', { name: 'Search the guides' }).focus();
    await expect(home).toBeVisible();
    await home.pressSequentially('site data');
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/for “site data”/);
    const option = page.getByRole('main').getByRole('option').first();
    await expect(option).toContainText('Clear site data');
    await home.press('ArrowDown');
    await home.press('Enter');
    await expect(page).toHaveURL(/\/guides\/clear-site-data\/\?highlight=site&highlight=data$/);
  });

  test('Enter with no result chosen goes to the shareable search page', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Control+k');
    await box(page).fill('vpn');
    await expect(dialog(page).getByRole('option').first()).toBeVisible();
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=vpn$/);
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
      const search = await pagefind.search(null, { filters: { code: '1015' } });
      const metas = await Promise.all(search.results.map(async (r: { data: () => Promise<{ meta: Record<string, string> }> }) => (await r.data()).meta));
      return { kinds: Object.keys(filters.kind ?? {}).sort(), code1015: filters.code?.['1015'], metas };
    });
    expect(found.kinds).toEqual(expect.arrayContaining(['cause', 'error', 'fix', 'guide']));
    expect(found.code1015).toBeGreaterThan(0);
    // The 1015 page itself is among the pages filed under that code, with its badge and description.
    expect(found.metas).toContainEqual(
      expect.objectContaining({ kind: 'Look-alike error', title: expect.stringContaining('1015'), description: expect.stringMatching(/\S{10}/) }),
    );
  });
});

test.describe('search page', () => {
  test('a kind filter narrows the results and is kept in the address', async ({ page }) => {
    await page.goto('search/?q=vpn');
    const results = page.getByRole('list', { name: 'Results' }).getByRole('heading', { level: 2 });
    await expect(results.first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Results' })).toContainText('Cause');
    await page.getByRole('group', { name: 'Show only' }).getByRole('checkbox', { name: 'Fixes' }).check();
    await expect(page).toHaveURL(/\?q=vpn&kind=fix$/);
    await expect(page.getByRole('status')).toContainText('more without the filters');
    await expect(results.first()).toHaveText(/Turn off your VPN/);
    const kinds = () =>
      page
        .getByRole('list', { name: 'Results' })
        .locator(':scope > li')
        .evaluateAll((items) => items.map((li) => li.querySelector('span')?.textContent?.trim()));
    expect(new Set(await kinds())).toEqual(new Set(['Fix']));

    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Fixes' })).toBeChecked();
    await expect(results.first()).toHaveText(/Turn off your VPN/);
    expect(new Set(await kinds())).toEqual(new Set(['Fix']));
  });

  test('an error-code filter keeps only pages about that code, and is kept in the address', async ({ page, request }) => {
    await page.goto('search/?q=access+denied');
    const list = page.getByRole('list', { name: 'Results' });
    await expect(list.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const code = page.getByRole('group', { name: 'Show only' }).getByRole('combobox', { name: 'Error code' });
    await expect(code).toHaveValue('');
    await code.focus();
    await code.selectOption('403');
    await expect(page).toHaveURL(/\?q=access\+denied&code=403$/);
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
      expect(html, `${href} is about error 403`).toContain('<span data-pagefind-filter="code">403</span>');
    }

    await page.reload();
    await expect(code).toHaveValue('403');
    await expect(list.getByRole('heading', { level: 2 })).toHaveCount(found.length);
    expect(await hrefs()).toEqual(found);

    await page.goto('search/?q=access+denied&code=%3Cscript%3E');
    await expect(code).toHaveValue('');
    await expect(list.getByRole('heading', { level: 2 }).first()).toBeVisible();
  });

  test('typing updates the results and the address', async ({ page }) => {
    await page.goto('search/');
    const input = page.getByRole('searchbox', { name: 'Search the guides' });
    await input.fill('1009');
    await expect(page).toHaveURL(/\?q=1009$/);
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').first()).toHaveText(/Error 1009/);
  });

  test('no results: says so, suggests a real word and offers the troubleshooter', async ({ page }) => {
    await page.goto('search/?q=cokies');
    await expect(page.getByRole('status')).toContainText('No results for “cokies”. Showing');
    await expect(page.getByRole('main')).toContainText('Showing results for cookies instead.');
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('link').first()).toHaveText(/cookies/);
    await expect(page.getByRole('main').getByRole('link', { name: /troubleshooter/ })).toBeVisible();
  });

  test('the search text is never read as HTML', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>vpn')}`);
    await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>vpn');
    await expect(page.locator('main img')).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test('excerpts never quote the hidden aliases, which still find their pages', async ({ page, request }) => {
    await page.goto('search/?q=vpn');
    await expect(page.getByRole('status')).toContainText('for “vpn”');
    const results = await page
      .getByRole('list', { name: 'Results' })
      .locator(':scope > li')
      .evaluateAll((items) =>
        items.map((li) => ({
          href: li.querySelector<HTMLAnchorElement>('h2 a')?.href ?? '',
          texts: [...li.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').toLowerCase()),
        })),
      );
    const text = (html: string) =>
      html
        .replace(/<[^>]*>/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#(39|x27);/g, "'")
        .replace(/\s+/g, ' ')
        .toLowerCase();
    let pagesWithAliases = 0;
    for (const { href, texts } of results) {
      const html = await (await request.get(href)).text();
      const element = /<p hidden data-kb-aliases[^>]*>[^<]*<\/p>/.exec(html)?.[0];
      if (!element) continue;
      pagesWithAliases++;
      // Two aliases in a row, as the hidden list joins them, are the list showing through, unless
      // the page's own text says the same (an alias may contain a comma).
      const prose = text(html.replace(element, ''));
      const aliases = text(element).trim().split(', ');
      for (const [i, alias] of aliases.slice(1).entries()) {
        const pair = `${aliases[i]}, ${alias}`;
        if (prose.includes(pair)) continue;
        for (const excerpt of texts) expect.soft(excerpt, `an excerpt of ${href}`).not.toContain(pair);
      }
    }
    expect(pagesWithAliases, 'results whose page has aliases').toBeGreaterThan(1);

    const topThree = async (query: string) => {
      await page.getByRole('searchbox', { name: 'Search the guides' }).fill(query);
      await expect(page.getByRole('status')).toContainText(`for “${query}”`);
      return page
        .getByRole('list', { name: 'Results' })
        .getByRole('heading', { level: 2 })
        .getByRole('link')
        .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    };
    expect(await topThree('proxy')).toContainEqual(expect.stringMatching(/\/guides\/vpn-proxy-datacentre-ip\/$/));
    // "WireGuard" is only in that page's aliases, not in its text.
    expect(await topThree('wireguard')).toContainEqual(expect.stringMatching(/\/guides\/vpn-proxy-datacentre-ip\/$/));
  });
});

test.describe('404 page', () => {
  test('searches for the words of the bad address', async ({ page }) => {
    const response = await page.goto('guides/turn-of-vpn/');
    expect(response?.status()).toBe(404);
    const section = page.getByRole('region', { name: 'Pages about “turn vpn”' });
    await expect(section).toBeVisible();
    await expect(section.getByRole('link', { name: /Turn off your VPN/ })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search the guides' })).toHaveValue('turn vpn');
    await expect(page.getByText('This step of the troubleshooter no longer exists')).toBeHidden();
  });

  test('under /troubleshoot/ it says the step is gone and offers to start again', async ({ page }) => {
    await page.goto('troubleshoot/an-old-step-about-vpn/');
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
    await page.goto('guides/turn-off-vpn/');
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
    await input.fill('vpn');
    // Let the failed import settle, so an unhandled rejection would be reported.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(errors).toEqual([]);
    await input.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=vpn$/);
  });

  test('when results cannot be fetched, the dialog says so, and typing again retries', async ({ page }) => {
    const errors = pageErrors(page);
    await page.goto('guides/');
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.keyboard.press('Control+k');
    await box(page).fill('vpn');
    await expect(dialog(page).getByRole('status')).toHaveText(/^Search could not load\./);
    await expect(dialog(page).getByRole('option')).toHaveCount(0);
    expect(errors).toEqual([]);

    await page.unroute('**/pagefind/fragment/**');
    await box(page).fill('proxy');
    await expect(dialog(page).getByRole('option').first()).toBeVisible();
    await expect(dialog(page).getByRole('status')).toHaveText(/results? for “proxy”/);
  });

  test('when results cannot be fetched, the search page says so, and typing again retries', async ({ page }) => {
    const errors = pageErrors(page);
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.goto('search/?q=vpn');
    await expect(page.getByRole('status')).toHaveText(/^Search could not load\./);
    expect(errors).toEqual([]);

    await page.unroute('**/pagefind/fragment/**');
    await page.getByRole('searchbox', { name: 'Search the guides' }).fill('proxy');
    await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
  });
});

test.describe('search loads on first use only', () => {
  test('an article page that is only read downloads no search code', async ({ page, baseURL }) => {
    // What the page loads is told apart by where it comes from and when it loads, never by
    // file names, which the bundler may change: search code is what the first search brings.
    const article = 'guides/what-is-error-1020/';
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
    const declared = new Set(pageWeight(article).scripts);
    expect(
      reading.filter((path) => !declared.has(path)),
      'scripts loaded while reading that the page does not declare',
    ).toEqual([]);
    const readingBytes = (await Promise.all(scripts.values())).reduce((sum, n) => sum + n, 0);
    expect(readingBytes, `gzip bytes of JavaScript while reading: ${reading.join(', ')}`).toBeLessThan(8 * 1024);

    await page.keyboard.press('Control+k');
    await box(page).fill('vpn');
    await expect(dialog(page).getByRole('option').first()).toBeVisible();
    const onFirstUse = [...scripts.keys()].filter((path) => !reading.includes(path));
    // The search interface itself arrives now, not only Pagefind: had it come with the page,
    // the dialog would need no script of the site's own.
    expect(onFirstUse.filter((path) => !path.startsWith(searchFolder)).length, 'scripts of the search interface loaded on first use').toBeGreaterThan(0);
    expect(onFirstUse).toContainEqual(`${searchFolder}pagefind.js`);
    expect(requests.filter((path) => path.includes('pagefind-highlight'))).toEqual([]);
  });

  test('a first search downloads under 120 KB gzip, search code and index together', async ({ page }) => {
    await page.goto('guides/turn-off-vpn/');
    await page.waitForLoadState('networkidle');
    const bodies: Promise<number>[] = [];
    page.on('response', (r) => {
      // Counted as a compressing host sends it; Pagefind's own index files are gzip already.
      bodies.push(
        r
          .body()
          .then((b) => gzipSync(b).length)
          .catch(() => 0),
      );
    });
    await page.keyboard.press('Control+k');
    await box(page).fill('router restart');
    await expect(dialog(page).getByRole('option').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
    expect(total, 'bytes (gzip) the first search downloads').toBeLessThan(120 * 1024);
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
      await page.goto('guides/turn-off-vpn/');
      await page.keyboard.press('Control+k');
      await box(page).fill('vpn');
      await expect(dialog(page).getByRole('option').first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`${scheme}: the dialog with no results`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./');
      await page.keyboard.press('Control+k');
      await box(page).fill('cokies');
      await expect(dialog(page)).toContainText('Showing results for');
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`${scheme}: the search page with results and filters`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('search/?q=vpn&kind=fix&kind=cause');
      await expect(page.getByRole('list', { name: 'Results' }).getByRole('listitem').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the A–Z index', async ({ page }) => {
    await page.goto('search/?q=vpn');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'browse every guide from A to Z' })).toHaveAttribute('href', /\/guides\/$/);
    await expect(page.getByRole('group', { name: 'Show only' })).toBeHidden();
  });

  test('the header search is a link to the search page', async ({ page }) => {
    await page.goto('guides/turn-off-vpn/');
    const link = page.getByRole('banner').getByRole('link', { name: 'Search' });
    await expect(link).toHaveAttribute('href', /\/search\/$/);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Search' })).toBeHidden();
  });
});

test.describe('under the site’s own Content Security Policy', () => {
  /*
   * The test server sends the headers of dist/_headers, as a host does (tests/support/serve.ts),
   * so search runs under the policy the build wrote: no inline script or style beyond the
   * hashed theme script, 'wasm-unsafe-eval' for Pagefind's WebAssembly and a same-origin worker
   * (tests/dist/security.test.ts checks that the policy is that strict). The header matters:
   * the policy in each page's <meta> does not cover what comes before it in <head>.
   */
  const policy = /Content-Security-Policy: (.+)/.exec(readFileSync(join(DIST, '_headers'), 'utf8'))?.[1];

  test('search works and breaks no rule of the policy', async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    expect(policy, 'dist/_headers holds a Content-Security-Policy').toBeTruthy();
    const response = await page.goto('guides/');
    expect(response?.headers()['content-security-policy'], 'the page is served with the policy from dist/_headers').toBe(policy);
    await page.keyboard.press('Control+k');
    await box(page).fill('1015');
    const first = dialog(page).getByRole('option').first();
    await expect(first).toContainText('Error 1015');
    await box(page).press('ArrowDown');
    const opened = page.waitForResponse((r) => r.request().isNavigationRequest());
    await box(page).press('Enter');
    expect((await opened).headers()['content-security-policy'], 'the result page is served with the policy too').toBe(policy);
    await expect(page.locator('main mark').first()).toHaveText('1015');
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
