import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/browser';
import { normaliseBasePath } from './src/lib/base-path';

/*
 * End-to-end tests run against the built site (`npm run build` first) served as a static
 * host serves it, with the site's own `_headers` applied (tests/support/serve.ts), in a real
 * Chromium found by tests/support/browser.ts.
 */
const port = Number(process.env['KB_PORT'] ?? 4321);
const basePath = normaliseBasePath(process.env['BASE_PATH']);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Tests are independent (each has its own browser context), so they spread over every worker.
  fullyParallel: true,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}${basePath}`,
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
    // A failing test leaves a trace with the page's DOM at every step. Its screencast is left
    // out, and CI (which keeps no artifacts) records none: recording cost a quarter of the run.
    trace: process.env['CI'] ? 'off' : { mode: 'retain-on-failure', screenshots: false },
  },
  webServer: {
    command: `node tests/support/serve.ts --port ${port} --host 127.0.0.1`,
    url: `http://localhost:${port}${basePath}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
