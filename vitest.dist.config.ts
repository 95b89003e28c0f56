import { defineConfig } from 'vitest/config';

/*
 * Checks that read the built site in dist/ (run `npm run build` first) and need no browser:
 * byte budgets, valid HTML, links, the content's own rules, the troubleshooter's built
 * files and the security policy. The browser tests are in tests/e2e (playwright.config.ts).
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    globalSetup: ['tests/support/dist-built.ts'],
    // Validating every page takes a few seconds on a 2-core machine.
    testTimeout: 60_000,
  },
});
