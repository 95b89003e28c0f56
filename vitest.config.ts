import { defineConfig } from 'vitest/config';

/* Unit tests are plain TypeScript against src/lib; the browser tests are Playwright's. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
