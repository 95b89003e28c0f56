/**
 * Screenshots of the built site, light and dark, phone and desktop, for looking at changes.
 * Usage: npm run screenshots -- /guides/turn-off-vpn/ /   (the site must be served, e.g. by npm run preview)
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { chromiumArgs, findChromium } from './browser.ts';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const out = process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots';
const pages = process.argv.slice(2);
if (pages.length === 0) pages.push('/');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
for (const scheme of ['light', 'dark'] as const) {
  for (const [name, viewport] of [
    ['phone', { width: 375, height: 800 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    const context = await browser.newContext({ viewport, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(base + path);
      // Search results and the 404 page's suggestions are filled in by script after load.
      await page.waitForLoadState('networkidle');
      const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env['FULL'] !== '0' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
