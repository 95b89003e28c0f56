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
    await page.goto('guides/what-is-error-1020/');
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('auto');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
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
