/**
 * The search page's address is its search (`?q=…&kind=…&code=…`), so a search can be shared
 * and reloaded: reading it, and writing it back.
 */

/** The kind filter values a search page address asks for, in a fixed order, unknown ones dropped. */
export function kindsFromParams(params: URLSearchParams, known: readonly string[]): string[] {
  const asked = new Set(params.getAll('kind'));
  return known.filter((k) => asked.has(k));
}

/** The error code asked for in the address, if it is one the site has. */
export function codeFromParams(params: URLSearchParams, known: readonly string[]): string {
  const asked = params.get('code') ?? '';
  return known.includes(asked) ? asked : '';
}

/**
 * The search page address for a query, kinds and an error code, relative to the search page.
 * With nothing to search it is `?`, which still clears the old query from the address.
 */
export function searchAddress(query: string, kinds: readonly string[] = [], code = ''): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const kind of kinds) params.append('kind', kind);
  if (code) params.set('code', code);
  const text = params.toString();
  return text ? `?${text}` : '?';
}
