import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile, mergeCsp, metaCsp, unhashedInline } from '../lib/csp';

/**
 * Reads every built page's policy and writes `_headers` with the site's security headers. Its Content Security
 * Policy is the union of the pages' own policies plus `frame-ancestors 'none'`, which a meta tag
 * cannot carry. First it checks every page: an inline script or style that the page's own
 * policy does not hash would be blocked by the header on a real host (and a `<meta>` policy
 * only covers what comes after it), so the build stops and names the page.
 */
export function policyReader() {
  const policies = new Set<string>();
  const blocked: string[] = [];
  return {
    read(html: string, file: string) {
      const policy = metaCsp(html);
      if (!policy) return;
      policies.add(policy);
      for (const problem of unhashedInline(html, policy)) blocked.push(`${file}: ${problem}`);
    },
    /** Fails on blocked inline code, else writes `_headers`; returns how many page policies it merged. */
    async write(outDir: string): Promise<number> {
      if (blocked.length > 0) {
        throw new Error(
          `These pages carry inline code that their Content Security Policy does not allow, so a host that sends _headers would block it:\n  - ${blocked.slice(0, 10).join('\n  - ')}${blocked.length > 10 ? `\n  - …and ${blocked.length - 10} more` : ''}\n` +
            'Move the code into a file (a processed <script> or a stylesheet), or add its hash to security.csp in astro.config.mjs from the same text the page renders (see src/lib/theme-init.ts).',
        );
      }
      if (policies.size === 0) throw new Error('No page carries a Content-Security-Policy meta tag; check security.csp in astro.config.mjs.');
      const csp = mergeCsp([...policies], ["frame-ancestors 'none'"]);
      await writeFile(join(outDir, '_headers'), headersFile(csp));
      return policies.size;
    },
  };
}
