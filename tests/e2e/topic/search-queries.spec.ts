import { expect, test } from '@playwright/test';

/*
 * The words readers actually type, and the page each must find in the top three. Targets
 * are fixed article slugs; each query names its target in the title or the aliases, so the
 * table holds however the article bodies grow.
 */
const QUERIES: [query: string, slug: string][] = [
  // Error codes, as printed on the error page.
  ['1015', 'error-1015-rate-limited'],
  ['1009', 'error-1009-country-banned'],
  ['1005', 'error-1005-asn-banned'],
  ['1010', 'error-1010-browser-signature'],
  ['1012', 'error-1012-malicious-activity'],
  ['1106', 'error-1006-1007-1008-ip-banned'],
  ['1034', 'error-1025-1034-site-problem'],
  ['502', 'outage-502-520-524'],
  ['429', 'too-many-requests-429'],
  ['403 forbidden', 'enterprise-403-forbidden'],
  // Symptoms, in the words of the page the reader sees.
  ['access denied', 'what-is-error-1020'],
  ['verify you are human', 'verify-you-are-human-loop'],
  ['too many requests', 'too-many-requests-429'],
  ['sorry you have been blocked', 'sorry-you-have-been-blocked'],
  ['unusual activity', 'unusual-activity-detected'],
  ['not available in your country', 'not-available-in-your-country'],
  ['unable to load site', 'unable-to-load-site'],
  ['rate limited', 'error-1015-rate-limited'],
  // Fixes.
  ['clear cookies', 'clear-site-data'],
  ['split tunneling', 'turn-off-vpn'],
  ['restart router', 'get-new-public-ip'],
  ['private relay', 'turn-off-private-relay-warp-tor'],
  ['malware', 'scan-for-malware'],
  ['mobile data', 'switch-network-mobile-data'],
  ['contact support', 'contact-openai-support'],
  // Aliases: words the pages themselves may not use.
  ['proxy', 'vpn-proxy-datacentre-ip'],
  ['site data', 'clear-site-data'],
  ['cf-ray', 'find-ray-id-ip-location'],
  ['ray id', 'find-ray-id-ip-location'],
  // Typos, corrected from the site's own vocabulary.
  ['cokies', 'update-browser-enable-javascript-cookies'],
  ['vnp', 'vpn-proxy-datacentre-ip'],
  ['malwre', 'scan-for-malware'],
];

/* The same for Spanish readers, on the Spanish search page: Spanish words, Spanish pages only. */
const SPANISH: [query: string, slug: string][] = [
  ['acceso denegado', 'what-is-error-1020'],
  ['desactivar vpn', 'turn-off-vpn'],
  ['borrar cookies', 'clear-site-data'],
  ['datos móviles', 'switch-network-mobile-data'],
  ['reiniciar router', 'get-new-public-ip'],
  ['modo incógnito', 'private-window-disable-extensions'],
  ['demasiadas solicitudes', 'error-1015-rate-limited'],
  ['verifica que eres humano', 'verify-you-are-human-loop'],
  ['no disponible en tu país', 'not-available-in-your-country'],
  ['soporte openai', 'contact-openai-support'],
  ['actualizar navegador', 'update-browser-enable-javascript-cookies'],
  ['relay privado', 'turn-off-private-relay-warp-tor'],
  ['1009', 'error-1009-country-banned'],
  // A typo, corrected from the Spanish pages' own vocabulary.
  ['desactivr vpn', 'turn-off-vpn'],
];

const EDITIONS = [
  { name: 'English', prefix: '', queries: QUERIES, box: 'Search the guides', list: 'Results' },
  { name: 'Spanish', prefix: 'es/', queries: SPANISH, box: 'Buscar en las guías', list: 'Resultados' },
];

// One page per language, typed into like a reader would: loading Pagefind once keeps the table fast.
for (const edition of EDITIONS) {
  test(`search finds the right ${edition.name} page in the top three`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`${edition.prefix}search/`);
    const input = page.getByRole('searchbox', { name: edition.box });
    const status = page.getByRole('status');
    const results = page.getByRole('list', { name: edition.list }).getByRole('heading', { level: 2 }).getByRole('link');
    for (const [query, slug] of edition.queries) {
      await input.fill(query);
      // The status names the query once its results are shown, so stale results are never read.
      await expect(status).toContainText(`“${query}”`);
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((links) => links.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect.soft(hrefs, `top three for “${query}”`).toContainEqual(expect.stringMatching(new RegExp(`/${edition.prefix}guides/${slug}/$`)));
      // Each language has its own index: a Spanish search finds Spanish pages only, and an English one English pages.
      expect
        .soft(
          hrefs.every((href) => href.includes('/es/') === (edition.prefix === 'es/')),
          `results for “${query}” in the same language`,
        )
        .toBe(true);
    }
  });
}
