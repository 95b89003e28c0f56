import { expect, test } from 'vitest';
import { pageWeight } from '../support/budget';

/*
 * Byte budgets, gzip, read from the built files each page references (not timed: bytes do
 * not depend on how busy the machine is).
 */
const KB = 1024;
const article = 'guides/what-is-error-1020/';

test('an article page, first visit, stays under 50 KB (HTML + CSS + JS)', () => {
  const w = pageWeight(article);
  expect(w.total, JSON.stringify(w)).toBeLessThan(50 * KB);
});

test('an article page ships under 8 KB of JavaScript before search is used', () => {
  for (const path of [article, 'guides/turn-off-vpn/']) {
    const w = pageWeight(path);
    expect(w.js, `${path}: ${w.scripts.join(', ')}`).toBeLessThan(8 * KB);
    expect(w.scripts.some((s) => s.includes('pagefind')), 'no search code on load').toBe(false);
  }
});

test('CSS stays under 15 KB', () => {
  expect(pageWeight(article).css).toBeLessThan(15 * KB);
});

test('troubleshooter pages ship under 10 KB of JavaScript', () => {
  const w = pageWeight('troubleshoot/');
  expect(w.js, w.scripts.join(', ')).toBeLessThan(10 * KB);
});
