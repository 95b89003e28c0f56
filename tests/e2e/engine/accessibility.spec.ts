import { expect, test } from '@playwright/test';
import { axeViolations } from '../../support/axe';
import { FIXTURE_DIST } from '../../support/site';
import { sweepEveryPage } from '../../support/sweep';

// The fixture's pages use every component, every kind of step and every outcome, so the
// sweep covers what the engine renders even where the real topic does not (yet) use it.
sweepEveryPage(FIXTURE_DIST, 'guides/turn-off-sync-proxy/');

test('the shared axe check reports a violation, with the rule and the element', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:," id="bad"><button></button></main></html>');
  const found = await axeViolations(page);
  expect(found).toContainEqual(expect.stringMatching(/^image-alt: .*\(#bad\)$/));
  expect(found).toContainEqual(expect.stringMatching(/^button-name: /));
});
