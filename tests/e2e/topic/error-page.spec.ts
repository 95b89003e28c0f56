import { expect, test } from '@playwright/test';

/* The topic's picture of the block page (content/components/ErrorPage.astro): its parts named, in the page's language. */

test('the picture of the block page labels the host, code, Ray ID, IP and timestamp', async ({ page }) => {
  await page.goto('guides/what-is-error-1020/');
  const figure = page.getByRole('figure').first();
  await expect(figure.getByRole('group', { name: 'Example of the Error 1020 page' })).toBeVisible();
  const parts = figure.getByRole('list');
  for (const name of ['Host name', 'Error code', 'Ray ID', 'IP address', 'Timestamp']) await expect(parts).toContainText(name);
});

test('on a Spanish page it explains the parts in Spanish, and the pictured page stays in English', async ({ page }) => {
  await page.goto('es/guides/what-is-error-1020/');
  const figure = page.getByRole('figure').first();
  const picture = figure.getByRole('group', { name: 'Ejemplo de la página del error 1020' });
  await expect(picture).toBeVisible();
  await expect(picture.locator('[lang="en"]').first()).toContainText('Access denied');
  const parts = figure.getByRole('list');
  for (const name of ['Nombre del host', 'Código de error', 'Ray ID', 'Dirección IP', 'Marca de tiempo']) await expect(parts).toContainText(name);
});
