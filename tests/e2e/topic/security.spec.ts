import { DIST } from '../../support/site';
import { securityTests } from '../../support/site-walk';

/*
 * The engine's tests walk the fixture site the same way (engine/security.spec.ts); this walk
 * runs over the real site, whose articles, search index and troubleshooter are what readers
 * meet, under the policy its own build wrote.
 */
securityTests(
  {
    article: 'guides/turn-off-vpn/',
    query: 'vpn',
    answers: [
      [/^“Access denied”, with error 1020/, 'which-site'],
      [/^An OpenAI site/, 'vpn-on'],
    ],
  },
  DIST,
);
