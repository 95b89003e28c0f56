import { expect, test } from '@playwright/test';
import { DIST } from '../../support/site';
import { expectBuiltHeaders, walkTheSite } from '../../support/site-walk';

/*
 * The engine's tests walk the fixture site the same way (engine/security.spec.ts); this walk
 * runs over the real site, whose articles, search index and troubleshooter are what readers
 * meet, under the policy its own build wrote.
 */
test('using the site makes no request to another origin, logs no error and breaks no CSP rule', async ({ page, baseURL }) => {
  const problems = await walkTheSite(page, baseURL, {
    article: 'guides/turn-off-vpn/',
    query: 'vpn',
    answers: [
      [/^“Access denied”, with error 1020/, 'which-site'],
      [/^An OpenAI site/, 'vpn-on'],
    ],
  });
  expect(problems).toEqual([]);
});

test('the server the tests use sends the built _headers, as a host would', async ({ request }) => {
  await expectBuiltHeaders(request, DIST, ['', 'guides/turn-off-vpn/', 'troubleshoot/', 'search/', 'no-such-page/']);
});
