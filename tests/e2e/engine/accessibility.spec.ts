import { expect, test } from '@playwright/test';
import { axeViolations } from '../../support/axe';
import { FIXTURE_DIST } from '../../support/site';
import { sweepPages } from '../../support/sweep';

// Two pages of each kind of the fixture site (each article kind, each index, the search
// page, troubleshooter steps and map), light and dark, so every template the engine renders
// is checked whatever the topic's pages are. Every page of the real site is swept by
// topic/accessibility.spec.ts, and the troubleshooter's kinds of step by
// engine/troubleshooter.spec.ts.
sweepPages(FIXTURE_DIST, 'sample', 'guides/turn-off-sync-proxy/');

test('the shared axe check reports a violation, with the rule and the element', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:," id="bad"><button></button></main></html>');
  const found = await axeViolations(page);
  expect(found).toContainEqual(expect.stringMatching(/^image-alt: .*\(#bad\)$/));
  expect(found).toContainEqual(expect.stringMatching(/^button-name: /));
});
