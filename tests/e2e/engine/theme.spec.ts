import { expect, test } from '@playwright/test';

test.describe('theme', () => {
  test('follows the system setting by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('auto');
  });

  test('a chosen theme applies at once and on the next page, before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Record the theme at the moment the body is first parsed, before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener(
        'readystatechange',
        () => {
          (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset['theme'] ?? 'none';
        },
        { once: true },
      );
    });
    await page.goto('guides/what-is-widget-error/');
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  });

  test('a saved theme survives a reload, with the site served under its own headers', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto('guides/turn-off-sync-proxy/');
    // The server applies dist/_headers, as a real host does, so the header policy is in force.
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('html')).toHaveAttribute('data-js', '');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  });

  test('the switch is keyboard operable', async ({ page }) => {
    await page.goto('./');
    const select = page.getByRole('combobox', { name: 'Theme' });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(select).not.toHaveValue('auto');
    await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
  });
});
