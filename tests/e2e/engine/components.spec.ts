import { expect, test } from '@playwright/test';

test.describe('platform tabs', () => {
  test('become tabs that work by keyboard and remember the choice', async ({ page }) => {
    await page.goto('guides/turn-off-sync-proxy/');
    // The first set of tabs on the page; an article may have several.
    const block = page.locator('kb-platforms').first();
    const tablist = block.getByRole('tablist', { name: 'Choose your platform' });
    const tabs = tablist.getByRole('tab');
    // At least two platforms, whatever the article currently covers.
    expect(await tabs.count()).toBeGreaterThanOrEqual(2);
    await tabs.first().click();
    await expect(block.getByRole('tabpanel')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    const second = tabs.nth(1);
    await expect(second).toBeFocused();
    await expect(second).toHaveAttribute('aria-selected', 'true');
    const chosen = (await second.textContent()) ?? '';
    await expect(block.getByRole('tabpanel', { name: chosen })).toBeVisible();

    await page.reload();
    await expect(block.getByRole('tab', { name: chosen })).toHaveAttribute('aria-selected', 'true');
  });

  test('a link to a platform section opens that tab', async ({ page }) => {
    await page.goto('guides/turn-off-sync-proxy/#platform-firefox');
    await expect(page.getByRole('tab', { name: 'Firefox' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Firefox' })).toBeVisible();
  });
});

test.describe('the topic’s own components', () => {
  test('are available in articles by their file name in content/components/', async ({ page }) => {
    await page.goto('guides/what-is-widget-error/');
    await expect(page.getByRole('img', { name: 'Hub light: blinking amber' })).toBeVisible();
    await expect(page.getByRole('figure')).toContainText('The hub’s light while it refuses to sync.');
  });
});

test.describe('article components', () => {
  test('“Do this now” lists its actions, a callout is a note with its title, keys are marked as keys', async ({ page }) => {
    await page.goto('guides/what-is-widget-error/');
    const now = page.getByRole('region', { name: 'Do this now' });
    await expect(now.getByRole('listitem')).toHaveCount(2);
    await expect(now.getByRole('link', { name: 'Turn off the sync proxy' })).toHaveAttribute('href', /\/guides\/turn-off-sync-proxy\/$/);
    await expect(page.getByRole('note').filter({ hasText: 'Not the same as a blinking light' })).toContainText('a different problem');

    // A callout without a title is named after its type.
    await page.goto('guides/turn-off-sync-proxy/');
    await expect(page.getByRole('note').filter({ hasText: 'remembers the proxy for each network' })).toContainText('Tip');

    await page.goto('guides/contact-widget-support/');
    await expect(page.getByRole('main').locator('kbd')).toHaveText(['Ctrl', 'C', '⌘', 'C']);
  });
});

test.describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('guides/what-is-widget-error/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('focus is visible on links', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return getComputedStyle(el).outlineStyle;
    });
    expect(outline).not.toBe('none');
  });
});

test.describe('print', () => {
  test('prints just the article', async ({ page }) => {
    await page.goto('guides/what-is-widget-error/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Still not syncing?' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  });
});

test.describe('page metadata', () => {
  test('articles carry canonical, Open Graph, Twitter and JSON-LD metadata', async ({ page }) => {
    await page.goto('guides/turn-off-sync-proxy/');
    const head = page.locator('head');
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/guides\/turn-off-sync-proxy\/$/);
    await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', /Turn off the sync proxy/);
    await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', /og\.png$/);
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const ld = await head.locator('script[type="application/ld+json"]').textContent();
    const types = (JSON.parse(ld ?? '[]') as { '@type': string }[]).map((d) => d['@type']);
    expect(types).toEqual(expect.arrayContaining(['TechArticle', 'HowTo', 'BreadcrumbList']));
  });

  test('robots.txt points at the sitemap', async ({ request }) => {
    const robots = await (await request.get('robots.txt')).text();
    expect(robots).toMatch(/Sitemap: https?:\/\/\S+sitemap-index\.xml/);
  });
});

test.describe('numbered steps', () => {
  for (const [name, setup] of [
    ['system dark mode', { colorScheme: 'dark' as const, theme: undefined }],
    ['a chosen dark theme', { colorScheme: 'light' as const, theme: 'dark' }],
  ] as const) {
    test(`in ${name}, the last step has no track below it and the numbers follow the theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: setup.colorScheme });
      if (setup.theme) await page.addInitScript((t) => localStorage.setItem('kb-theme', t), setup.theme);
      await page.goto('guides/restart-the-hub/');
      const steps = page.locator('.kb-steps').first().locator(':scope > .kb-step');
      const border = (i: number) => steps.nth(i).evaluate((el) => getComputedStyle(el).borderLeftColor);
      expect(await border(0)).not.toBe('rgba(0, 0, 0, 0)');
      expect(await border((await steps.count()) - 1)).toBe('rgba(0, 0, 0, 0)');
      const dot = await steps.first().evaluate((el) => getComputedStyle(el, '::before').color);
      // Dark text on the light accent dot in dark mode, not white.
      expect(dot).not.toBe('rgb(255, 255, 255)');
    });
  }
});
