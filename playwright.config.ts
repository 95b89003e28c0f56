import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/browser';
import { DIST, FIXTURE_DIST } from './tests/support/site';
import { normaliseBasePath } from './src/lib/base-path';

/*
 * End-to-end tests run against built sites served as a static host serves them, with each
 * site's own `_headers` applied (tests/support/serve.ts), in a real Chromium found by
 * tests/support/browser.ts. Two projects, two sites:
 *   engine  what the engine does whatever the topic, against the small fixture site
 *           (tests/fixtures/site, built into dist-fixture by `npm run build:fixture`), on
 *           KB_PORT + 1;
 *   topic   the real topic's own rules (its search queries, its troubleshooter's paths and
 *           scenarios) and the sweep over every page, against the real site (`npm run build`),
 *           on KB_PORT.
 */
const port = Number(process.env['KB_PORT'] ?? 4321);
const basePath = normaliseBasePath(process.env['BASE_PATH']);
const sites = {
  topic: { port, dir: DIST },
  engine: { port: port + 1, dir: FIXTURE_DIST },
};
const url = (site: { port: number }) => `http://localhost:${site.port}${basePath}`;

export default defineConfig({
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Tests are independent (each has its own browser context), so they spread over every worker.
  fullyParallel: true,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 30_000,
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
    // A failing test leaves a trace with the page's DOM at every step. Its screencast is left
    // out, and CI (which keeps no artifacts) records none: recording cost a quarter of the run.
    trace: process.env['CI'] ? 'off' : { mode: 'retain-on-failure', screenshots: false },
  },
  projects: Object.entries(sites).map(([name, site]) => ({ name, testDir: `tests/e2e/${name}`, use: { baseURL: url(site) } })),
  webServer: Object.values(sites).map((site) => ({
    command: `node tests/support/serve.ts --port ${site.port} --host 127.0.0.1 --dir ${site.dir}`,
    url: url(site),
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  })),
});
