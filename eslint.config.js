// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/*
 * Lint for the engine, its tests and its tools: typescript-eslint's recommended rules,
 * eslint-plugin-astro's for .astro files, and its jsx-a11y rules for the markup in them.
 */
export default tseslint.config(
  { ignores: ['dist/', 'dist-fixture/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'bench/results/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused names are a mistake, except arguments and catch bindings named with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
