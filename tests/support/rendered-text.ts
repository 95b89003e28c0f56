import type { Page } from '@playwright/test';

/**
 * Words that run into a link or an inline code span in the text the browser renders
 * ("You can stillbrowse every guide"): whitespace lost between markup and text. Reads
 * `innerText`, which follows layout (a block or flex item starts a new line), so only what a
 * reader would see glued is reported.
 */
export async function gluedToLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const letter = /[\p{L}\p{N}]/u;
    for (const element of document.querySelectorAll<HTMLElement>('body a, body code')) {
      if (getComputedStyle(element).display !== 'inline' || element.closest('[hidden], .sr-only')) continue;
      let block = element.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      if (!block) continue;
      // Markers around the element show where it sits in the block's rendered text.
      const open = document.createTextNode('\uE000');
      const close = document.createTextNode('\uE001');
      element.before(open);
      element.after(close);
      const text = block.innerText;
      open.remove();
      close.remove();
      const i = text.indexOf('\uE000');
      const j = text.indexOf('\uE001');
      if (i < 0 || j < 0) continue;
      const inside = text.slice(i + 1, j);
      if (letter.test(text[i - 1] ?? '') && letter.test(inside[0] ?? ''))
        problems.push(`“…${text.slice(Math.max(0, i - 20), i)}” runs into “${inside.slice(0, 30)}”`);
      if (letter.test(inside.at(-1) ?? '') && letter.test(text[j + 1] ?? '')) problems.push(`“${inside.slice(-30)}” runs into “${text.slice(j + 1, j + 21)}…”`);
    }
    return problems;
  });
}
