import { routes } from './routes';

/** The base path the site is served under, always ending in `/`. */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site-absolute path for `path` (given without the leading slash), under the base path. */
export function href(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

type Routes = typeof routes;
export type Paths = { [K in keyof Routes]: Routes[K] };

/**
 * Every route of `routes.ts` as a site-absolute address under the base path, in the language
 * whose address prefix is `prefix` ("" for the default language, "es/" for Spanish).
 */
export function pathsFor(prefix: string): Paths {
  return Object.fromEntries(
    Object.entries(routes).map(([name, route]) => [name, (...args: never[]) => href(prefix + (route as (...a: never[]) => string)(...args))]),
  ) as Paths;
}
