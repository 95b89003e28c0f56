import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The "Edit this page" address of a content file: the site's `editUrl` followed by the file's
 * path from the project folder (where the build runs), as the repository names it. Undefined
 * without an `editUrl`, so the link is left out.
 */
export function editLink(editUrl: string | undefined, file: string, projectDir: string = process.cwd()): string | undefined {
  if (!editUrl) return undefined;
  const path = relative(projectDir, resolve(projectDir, file)).split(sep).join('/');
  if (path.startsWith('../') || isAbsolute(path)) return undefined;
  return `${editUrl.replace(/\/*$/, '/')}${path.split('/').map(encodeURIComponent).join('/')}`;
}
