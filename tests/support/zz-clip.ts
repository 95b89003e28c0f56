import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './browser.ts';
const b = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
for (const scheme of ['dark', 'light'] as const) {
  const p = await b.newPage({ viewport: { width: 375, height: 800 }, colorScheme: scheme });
  await p.goto('http://localhost:4321' + (process.argv[2] ?? '/'));
  await p.locator(process.argv[3] ?? 'body').first().screenshot({ path: `/tmp/clip-${scheme}.png` });
}
await b.close();
