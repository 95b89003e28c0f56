import { expect, test } from '@playwright/test';
import { check, checkOnStart, currentChrome } from '../../support/connection-check';

/*
 * Which answers of the real troubleshooter the connection check points to: the mapping is the
 * topic's (`suggestedBy` in content/troubleshooters/error-1020.yaml). How the check works is
 * tested on the fixture site (engine/connection-check.spec.ts).
 */
test.use({ userAgent: currentChrome });

test.describe('in New York with a VPN exit in Germany', () => {
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

  test('the answers about a VPN the reader is not sure of are marked, and no others', async ({ page }) => {
    await checkOnStart(page, { loc: 'DE' });
    await expect(check(page).getByText('Cloudflare places you in Germany, but this device is set to New York time')).toBeVisible();
    await page.getByRole('link', { name: /^“Access denied”, with error 1020/ }).click();
    await page.getByRole('link', { name: /^An OpenAI site/ }).click();
    const notSure = page.getByRole('article').getByRole('link', { name: /^I’m not sure/ });
    await expect(notSure).toContainText('Suggested by your connection check: Cloudflare places you in Germany');
    await expect(page.getByRole('article').getByRole('link', { name: /^No, none of these/ })).not.toContainText('Suggested');
    await notSure.click();
    await expect(page.getByRole('article').getByRole('link', { name: /^Another country/ })).toContainText('Suggested by your connection check');
  });
});

test.describe('in Berlin', () => {
  test.use({ timezoneId: 'Europe/Berlin', locale: 'de-DE' });

  test('WARP on offers to go straight to the relay fix', async ({ page }) => {
    await checkOnStart(page, { warp: 'on' });
    await check(page)
      .getByRole('link', { name: /^Go straight to the fix: Turn off Private Relay, WARP or Tor/ })
      .click();
    await expect(page).toHaveURL(/\/troubleshoot\/turn-off-relay\/$/);
  });
});
