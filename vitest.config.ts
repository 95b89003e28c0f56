/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/*
 * The unit tests run with Astro's own Vite config, so they resolve modules as the site does
 * (`astro/zod`, the `@content` alias, `import.meta.env`) and can parse the content schemas
 * directly. The checks on the built site have their own config: vitest.dist.config.ts.
 */
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The two fixture builds run a real `astro build` each; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
