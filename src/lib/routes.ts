/**
 * Every address the site makes or parses, relative to its base path (no leading slash), in
 * one place. Pages, components, the build config, the link check, search and the 404 page all
 * read it here, so the URL layout can change in one file. `paths.ts` binds these to the base
 * path the site is built with.
 */

/** The one pattern for every id that becomes an address: article slugs and step ids. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_HINT = 'lower-case letters, digits and single hyphens, e.g. "vpn-on"';

export const routes = {
  home: () => '',
  guides: () => 'guides/',
  /** Page `page` of the A–Z index; page 1 is the index itself. */
  guidesPage: (page: number) => (page <= 1 ? 'guides/' : `guides/page/${page}/`),
  kind: (kind: string, page = 1) => (page <= 1 ? `guides/kind/${kind}/` : `guides/kind/${kind}/page/${page}/`),
  article: (id: string) => `guides/${id}/`,
  troubleshooter: () => 'troubleshoot/',
  /** A troubleshooter step; the main troubleshooter's first step is `troubleshoot/` itself. */
  step: (id: string, mainStart: string) => (id === mainStart ? 'troubleshoot/' : `troubleshoot/${id}/`),
  map: () => 'troubleshoot/map/',
  /** The file of every step of one troubleshooter, which the island loads once. */
  stepsData: (treeId: string) => `troubleshoot-steps/${treeId}/`,
  search: () => 'search/',
  check: () => 'check/',
};

/** Step ids that would collide with the troubleshooter's own pages under `troubleshoot/`. */
export const RESERVED_STEP_IDS: ReadonlySet<string> = new Set(['map']);

/** Site-absolute sections an article may link to besides `/guides/<slug>/`. */
export const LINK_SECTIONS = ['/guides/', '/troubleshoot/', '/search/', '/check/'] as const;

/** The article id a site-relative path names (`guides/<id>/`), or undefined. */
export function articleIdOf(path: string): string | undefined {
  const id = /^\/?guides\/([^/]+)\/?$/.exec(path)?.[1];
  return id && id !== 'page' && id !== 'kind' ? id : undefined;
}

/** Whether a site-relative path is under the troubleshooter (steps there can be renamed). */
export function isStepPath(path: string): boolean {
  return /^\/?troubleshoot\//.test(path);
}

/**
 * Whether a built page belongs in the sitemap: not a 404 page, not a steps data file, in any
 * language. `url` is the page's full address; `base` the base path; `translations` the
 * language prefixes of the translations.
 */
export function inSitemap(url: string, base: string, translations: readonly string[] = []): boolean {
  const full = new URL(url).pathname.slice(base.length);
  const first = full.split('/')[0] ?? '';
  const path = translations.includes(first) ? full.slice(first.length + 1) : full;
  return path !== '404/' && path !== '404.html' && !path.startsWith('troubleshoot-steps/');
}
