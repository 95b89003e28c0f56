import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, mergeCsp, metaCsp } from '../lib/csp';
import { forEachPage } from './built-pages.ts';

/**
 * Writes `_headers` with the site's security headers after the build. Its Content Security
 * Policy is the union of the pages' own policies plus `frame-ancestors 'none'`, which a meta tag
 * cannot carry.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'kb-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = new Set<string>();
        await forEachPage(out, (html) => {
          const policy = metaCsp(html);
          if (policy) policies.add(policy);
        });
        if (policies.size === 0) throw new Error('No page carries a Content-Security-Policy meta tag; check security.csp in astro.config.mjs.');
        const csp = mergeCsp([...policies], ["frame-ancestors 'none'"]);
        await writeFile(join(out, '_headers'), headersFile(csp));
        logger.info(`_headers written (${policies.size} distinct page ${policies.size === 1 ? 'policy' : 'policies'}).`);
      },
    },
  };
}
