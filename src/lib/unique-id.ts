/**
 * An id that is unique on the page being rendered: `base`, then `base-2`, `base-3`…
 * `used` is the page's own set (kept in Astro.locals), so ids never leak between pages.
 */
export function uniqueId(used: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
