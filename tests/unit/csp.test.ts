import { describe, expect, it } from 'vitest';
import { headersFile, mergeCsp, metaCsp, parseCsp } from '../../src/lib/csp';

describe('content security policy', () => {
  it('merges page policies into one that allows what any of them allows', () => {
    const merged = mergeCsp(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"], ["frame-ancestors 'none'"]);
    const csp = parseCsp(merged);
    expect(csp.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('reads the policy from a page, decoding entities', () => {
    expect(metaCsp(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`)).toBe("default-src 'self'");
    expect(metaCsp('<meta charset="utf-8">')).toBeUndefined();
  });

  it('writes the headers every page needs', () => {
    const file = headersFile("default-src 'self'");
    expect(file).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'\n/);
    expect(file).toContain('X-Content-Type-Options: nosniff');
    expect(file).toContain('Strict-Transport-Security: max-age=31536000');
  });
});
