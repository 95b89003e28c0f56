import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test.describe('with JavaScript off', () => {
  test('an article reads in full, with every platform section stacked', async ({ page }) => {
    await page.goto('guides/turn-off-sync-proxy/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const name of ['Windows', 'macOS', 'Edge', 'Firefox', 'Android']) {
      await expect(page.getByRole('heading', { name, exact: true }).first()).toBeVisible();
    }
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.getByRole('list').filter({ hasText: 'Disconnect' }).first()).toBeVisible();
  });

  test('controls that need JavaScript are not shown', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'All guides' }).first()).toBeVisible();
  });

  test('the table of contents and links work', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('guides/what-is-widget-error/');
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The two-minute checklist' }).click();
    await expect(page).toHaveURL(/#the-two-minute-checklist$/);
    await page.getByRole('link', { name: 'Turn off the sync proxy' }).first().click();
    await expect(page).toHaveURL(/\/guides\/turn-off-sync-proxy\/$/);
  });

  test('the home search box is a plain form to the search page', async ({ page }) => {
    await page.goto('./');
    const box = page.getByRole('searchbox', { name: 'Search the guides' });
    await box.fill('proxy');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=proxy$/);
  });
});
