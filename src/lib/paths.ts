/** The base path the site is served under, always ending in `/`. */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site-absolute path for `path` (given without the leading slash), under the base path. */
export function href(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

export const paths = {
  home: () => href(),
  guides: () => href('guides/'),
  guidesPage: (page: number) => (page <= 1 ? href('guides/') : href(`guides/page/${page}/`)),
  kind: (kind: string, page = 1) => (page <= 1 ? href(`guides/kind/${kind}/`) : href(`guides/kind/${kind}/page/${page}/`)),
  article: (id: string) => href(`guides/${id}/`),
  troubleshooter: () => href('troubleshoot/'),
  search: () => href('search/'),
  check: () => href('check/'),
};
