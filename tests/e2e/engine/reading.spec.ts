import { expect, test } from '@playwright/test';

test.describe('reading an article', () => {
  test('home page leads to an article by its link', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the troubleshooter' })).toHaveAttribute('href', /troubleshoot\/$/);
    await expect(page.getByRole('search')).toBeVisible();
    const card = page.getByRole('link', { name: /“Error 7001: Sync blocked”: what it means/ });
    await card.first().click();
    await expect(page).toHaveURL(/\/guides\/what-is-widget-error\/$/);
    await expect(page.getByRole('heading', { level: 1, name: /Error 7001/ })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Home');
    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    await expect(page.getByText('Last updated')).toBeVisible();
  });

  test('the table of contents jumps to its section on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('guides/what-is-widget-error/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await toc.getByRole('link', { name: 'Why waiting does not help' }).click();
    await expect(page).toHaveURL(/#why-waiting-does-not-help$/);
    await expect(page.getByRole('heading', { name: 'Why waiting does not help' })).toBeInViewport();
  });

  test('the table of contents is collapsible above the text on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('guides/what-is-widget-error/');
    const toggle = page.locator('summary', { hasText: 'On this page' });
    await expect(toggle).toBeVisible();
    const link = page.locator('details').getByRole('link', { name: 'The two-minute checklist', exact: true });
    await expect(link).toBeHidden();
    await toggle.click();
    await link.click();
    await expect(page.getByRole('heading', { name: 'The two-minute checklist' })).toBeInViewport();
  });

  test('headings have anchor links', async ({ page }) => {
    await page.goto('guides/what-is-widget-error/');
    const anchor = page.getByRole('link', { name: 'Section titled “Why waiting does not help”' });
    await expect(anchor).toHaveAttribute('href', '#why-waiting-does-not-help');
  });

  test('previous and next stay within the kind', async ({ page }) => {
    await page.goto('guides/turn-off-sync-proxy/');
    const more = page.getByRole('navigation', { name: 'More fixes' });
    const links = more.getByRole('link');
    await expect(links.first()).toBeVisible();
    const hrefs = await Promise.all((await links.all()).map((l) => l.getAttribute('href')));
    for (const href of hrefs) {
      await page.goto(href ?? '');
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Fixes' })).toBeVisible();
    }
  });

  test('the A–Z index filters by kind with plain links', async ({ page }) => {
    await page.goto('guides/');
    await expect(page.getByRole('heading', { level: 1, name: 'All guides, A to Z' })).toBeVisible();
    const filters = page.getByRole('navigation', { name: 'Filter by kind' });
    await expect(filters.getByRole('link', { name: /^All/ })).toHaveAttribute('aria-current', 'page');
    await filters.getByRole('link', { name: /^Fixes/ }).click();
    await expect(page).toHaveURL(/\/guides\/kind\/fix\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Fixes' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Turn off the sync proxy/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Error 7015/ })).toHaveCount(0);
  });

  test('an unknown address gets a helpful 404 page', async ({ page }) => {
    const response = await page.goto('guides/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'This page does not exist' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Browse every guide/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Start the troubleshooter/ })).toBeVisible();
  });
});
