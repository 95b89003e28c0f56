/*
 * Checks on built HTML and CSS that html-validate does not make. Each returns a list of
 * problems (empty when fine), so a test can name every page at once.
 */

/** Anything but whitespace after `</html>`: the Nu checker stops there, browsers move it into the body. */
export function outsideDocument(html: string): string[] {
  const end = html.lastIndexOf('</html>');
  if (end < 0) return ['no </html>'];
  const rest = html.slice(end + '</html>'.length).trim();
  return rest ? [`"${rest.slice(0, 80)}" comes after </html>`] : [];
}

/** `<select>` elements with no option marked `selected`, which the Nu checker reports. */
export function selectsWithoutSelected(html: string): string[] {
  return [...html.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)]
    .filter(([, attrs = '', options = '']) => !/\bmultiple\b/.test(attrs) && !/<option\b[^>]*\bselected\b/.test(options))
    .map(([, attrs = '']) => `a select (${attrs.trim().slice(0, 60)}) has no selected option`);
}

/**
 * Selectors that put a pseudo-class after a pseudo-element (`.a::before:where(…)`): no
 * element matches them, so the rule never applies. Tailwind writes them when a variant is
 * applied inside a `::before` rule.
 */
export function pseudoElementVariants(css: string): string[] {
  return [...css.matchAll(/[^{}]*?::?(before|after|marker|placeholder|selection)(:where|:is|:hover|:focus)[^{]*\{/g)].map((m) => m[0].trim().slice(0, 120));
}
