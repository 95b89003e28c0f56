import { defineConfig } from 'vitest/config';

/*
 * Unit tests are plain TypeScript under tests/unit. The default pattern would also pick up
 * the Playwright specs in tests/e2e, which need a browser and a built site.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
