import { expect, test } from '@playwright/test';

/*
 * The Spanish edition, as a Spanish-speaking reader uses it: the language menu keeps the page,
 * the troubleshooter speaks Spanish from the first question to the summary for support, and an
 * unknown address gets the Spanish 404. Searching in Spanish: search-queries.spec.ts.
 */

test.describe('the language menu', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`keeps the page when switching language${javaScriptEnabled ? '' : ', without JavaScript'}`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('guides/turn-off-vpn/');
      await page.getByText('Language:').locator('..').click();
      await page.getByRole('link', { name: 'Español' }).click();
      await expect(page).toHaveURL(/\/es\/guides\/turn-off-vpn\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Desactiva tu VPN/);
      await page.getByText('Idioma:').locator('..').click();
      await page.getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(/\/guides\/turn-off-vpn\/$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await context.close();
    });
  }

  test('works by keyboard', async ({ page }) => {
    await page.goto('troubleshoot/map/');
    const summary = page.locator('summary', { hasText: 'Language:' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Español' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/es\/troubleshoot\/map\/$/);
  });
});

test('the Spanish troubleshooter leads from the first question to the fix and the result, in Spanish', async ({ page }) => {
  await page.goto('es/troubleshoot/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Qué dice el error?');
  await page.getByRole('link', { name: /^“Access denied”, con el error 1020/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Qué sitio nombra la página de bloqueo?');
  await expect(page.locator('[data-host] [data-progress]')).toHaveText(/^Paso 2 · /);
  await page.getByRole('link', { name: /^Un sitio de OpenAI/ }).click();
  await page.getByRole('link', { name: /^Sí, una VPN/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Desactiva la VPN o el proxy y recarga');
  await expect(page.getByRole('link', { name: /Desactiva tu VPN/ })).toHaveAttribute('href', /\/es\/guides\/turn-off-vpn\/\?from=turn-off-vpn$/);
  await page.getByRole('link', { name: /^No, sigue bloqueado/ }).click();
  await page.getByRole('link', { name: /^No, ahí también está bloqueado/ }).click();
  await expect(page.getByRole('heading', { name: 'Tus respuestas hasta ahora' })).toBeVisible();
  await page.getByRole('button', { name: /^Atrás/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Funciona ChatGPT con datos móviles?');
  await page.getByRole('link', { name: /^Sí, y mi conexión habitual es la de casa/ }).click();
  await page.getByRole('link', { name: /^No, sigue bloqueado/ }).click();
  await expect(page.getByText('Siguiente paso: escribir al soporte')).toBeVisible();
  const summary = page.getByRole('textbox', { name: 'Texto del resumen' });
  await expect(summary).toHaveValue(/^Asistente de diagnóstico del error 1020: resumen para el soporte\n/);
  await expect(summary).toHaveValue(/- Desactiva la VPN o el proxy y recarga: no lo solucionó/);
});

test('an unknown address under /es/ gets the Spanish not-found page', async ({ page }) => {
  const response = await page.goto('es/guides/no-existe/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Esta página no existe');
});
