import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Finds a Chromium to drive, the way a reader's machine would have one:
 *   1. CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), if set;
 *   2. Playwright's own browser, if `npx playwright install chromium` was run;
 *   3. a system Chromium or Chrome.
 * Throws a message that says how to get one when there is none.
 */
export function findChromium(): string {
  const fromEnv = process.env['CHROMIUM_PATH'] ?? process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to "${fromEnv}", but no file is there. Point it at a Chromium or Chrome executable.`);
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright throws when its browsers were never installed; fall through to the system.
  }
  const system = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  const found = system.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  - Debian/Ubuntu: sudo apt-get install chromium\n' +
      "  - Playwright's own: npx playwright install chromium\n" +
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
}

/**
 * Flags for a headless Chromium that makes no requests of its own: on a closed network its
 * background services would keep trying hosts that refuse them. As root it needs --no-sandbox.
 */
export function chromiumArgs(): string[] {
  const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}
