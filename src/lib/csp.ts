import { createHash } from 'node:crypto';

/** Content-Security-Policy handling shared by the build integration and its tests. */

/** The hash of an inline script or style as Astro's CSP settings take it: `sha256-…`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The CSP source that allows exactly this inline script or style: `'sha256-…'`. */
export function hashSource(text: string): string {
  return `'${cspHash(text)}'`;
}

/** Script types a browser does not run (data blocks), so they need no hash. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|text\/template)$/i;

/**
 * The inline scripts and styles a page carries that its policy does not allow, each as a
 * short description. An empty list means the browser will run and apply all of them.
 */
export function unhashedInline(html: string, policy: string): string[] {
  const csp = parseCsp(policy);
  const allowed = (directive: string) => new Set(csp.get(directive) ?? csp.get('default-src') ?? []);
  const scripts = allowed('script-src');
  const styles = allowed('style-src');
  const problems: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1] ?? '';
    if (DATA_SCRIPT.test(type) || (type !== '' && !/module|javascript/i.test(type))) continue;
    if (!scripts.has(hashSource(body))) problems.push(`inline script "${body.trim().slice(0, 60)}…" (${hashSource(body)})`);
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (!styles.has(hashSource(body))) problems.push(`inline style "${body.trim().slice(0, 60)}…" (${hashSource(body)})`);
  }
  return problems;
}

/** Parses a policy into directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy that allows what any of the given page policies allows. Sent as a header next
 * to each page's own <meta> policy, it never loosens a page: browsers enforce both.
 */
export function mergeCsp(policies: readonly string[], extra: readonly string[] = []): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of [...policies, ...extra]) {
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaCsp(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages format). `frame-ancestors` only works as
 * a header, so it is added here rather than in the page's meta tag.
 */
export function headersFile(csp: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  Strict-Transport-Security: max-age=31536000; includeSubDomains',
    '  X-Frame-Options: DENY',
    '',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
