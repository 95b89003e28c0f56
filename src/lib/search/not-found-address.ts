/**
 * What the 404 page reads from the address that failed: the words to search for, and
 * whether it was a troubleshooter step.
 */

import { isStepPath } from '../routes';

/**
 * Words of an address that say where a page was, not what it was about, and the little
 * words that would match every page.
 */
const NOISE = new Set([
  ...['guides', 'guide', 'troubleshoot', 'kind', 'page', 'index', 'html', 'htm', 'php', 'www'],
  ...['a', 'an', 'and', 'the', 'of', 'to', 'in', 'on', 'for', 'or', 'is', 'it', 'my', 'your', 'how', 'what', 'why'],
]);

/**
 * The words of a bad address, for the 404 page's search: "/kb/guides/turn-of-vpn/" gives
 * "turn vpn". Error codes are kept, words that only name a section are dropped.
 */
export function queryFromPath(pathname: string, base = '/'): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is read as it is.
  }
  if (path.startsWith(base)) path = path.slice(base.length);
  const found = path.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return found
    .filter((w) => !NOISE.has(w))
    .slice(0, 8)
    .join(' ');
}

/** Whether a bad address was under the troubleshooter, whose steps can be renamed. */
export function isTroubleshooterPath(pathname: string, base = '/'): boolean {
  return pathname.startsWith(base) && isStepPath(pathname.slice(base.length));
}
