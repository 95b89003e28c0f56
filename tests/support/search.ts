import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The search page's box. */
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the guides' });

/** Types `query` into the search page and returns the paths of its first three results, once they are shown. */
export async function topThree(page: Page, query: string): Promise<string[]> {
  await searchBox(page).fill(query);
  // The status names the query once its results are shown, so stale results are never read.
  await expect(page.getByRole('status')).toContainText(`for “${query}”`);
  return page
    .getByRole('list', { name: 'Results' })
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#(39|x27);/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();

/**
 * Opens the search page for `query` and checks (softly) that no excerpt quotes a page's
 * hidden aliases. Returns how many result pages have aliases, so a test can tell that there
 * was something to check.
 */
export async function expectExcerptsWithoutAliases(page: Page, request: APIRequestContext, query: string): Promise<number> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(`for “${query}”`);
  const results = await page
    .getByRole('list', { name: 'Results' })
    .locator(':scope > li')
    .evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector<HTMLAnchorElement>('h2 a')?.href ?? '',
        texts: [...li.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').toLowerCase()),
      })),
    );
  let pagesWithAliases = 0;
  for (const { href, texts } of results) {
    const html = await (await request.get(href)).text();
    const element = /<p hidden data-kb-aliases[^>]*>[^<]*<\/p>/.exec(html)?.[0];
    if (!element) continue;
    pagesWithAliases++;
    // Two aliases in a row, as the hidden list joins them, are the list showing through, unless
    // the page's own text says the same (an alias may contain a comma).
    const prose = text(html.replace(element, ''));
    const aliases = text(element).trim().split(', ');
    for (const [i, alias] of aliases.slice(1).entries()) {
      const pair = `${aliases[i]}, ${alias}`;
      if (prose.includes(pair)) continue;
      for (const excerpt of texts) expect.soft(excerpt, `an excerpt of ${href}`).not.toContain(pair);
    }
  }
  return pagesWithAliases;
}
