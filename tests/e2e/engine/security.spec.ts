import { expect, test } from '@playwright/test';
import { watch } from '../../support/watch';
import { FIXTURE_DIST } from '../../support/site';
import { securityTests, type Walk } from '../../support/site-walk';

/*
 * Every page of the sitemap is loaded under the same watch by the axe sweep
 * (accessibility.spec.ts); this walk uses what the pages offer. The real site gets the same
 * walk (topic/security.spec.ts). How the build writes the policy is unit-tested in
 * tests/unit/csp.test.ts.
 */
const answers: Walk['answers'] = [
  [/^“Sync blocked”, with error 7001/, 'which-device'],
  [/^My own Widget/, 'proxy-on'],
];
securityTests({ article: 'guides/turn-off-sync-proxy/', query: 'proxy', answers }, FIXTURE_DIST);

test('text from the address is never run as HTML', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const problems = await watch(page, origin);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const payload = encodeURIComponent('"><script>alert(1)</script><img src=x onerror=alert(2)>');
  // A path segment cannot hold an encoded "/" (astro preview rejects it), so it gets no </script>.
  const segment = encodeURIComponent('"><img src=x onerror=alert(3)><svg onload=alert(4)>');
  for (const path of [`search/?q=${payload}`, `guides/${segment}/`, `troubleshoot/${segment}/`, `guides/turn-off-sync-proxy/?q=${payload}#${payload}`]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(dialogs).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});
