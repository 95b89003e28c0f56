import { describe, expect, it } from 'vitest';
import { hashSource, headersFile, mergeCsp, metaCsp, parseCsp, unhashedInline } from '../../src/lib/csp';

describe('content security policy', () => {
  it('merges page policies into one that allows what any of them allows', () => {
    const merged = mergeCsp(
      ["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"],
      ["frame-ancestors 'none'"],
    );
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

describe('inline code and the policy', () => {
  const page = (policy: string, body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

  it('accepts an inline script whose hash the policy lists, and skips data blocks and files', () => {
    const code = "document.documentElement.dataset.js='';";
    const policy = `default-src 'self'; script-src 'self' ${hashSource(code)}`;
    const html = page(policy, `<script>${code}</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/a.js"></script>`);
    expect(unhashedInline(html, policy)).toEqual([]);
  });

  it('names an inline script or style the policy does not allow', () => {
    const policy = "default-src 'self'; script-src 'self'; style-src 'self'";
    const problems = unhashedInline(page(policy, '<script>alert(1)</script><style>p{color:red}</style>'), policy);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('alert(1)');
    expect(problems[1]).toContain('p{color:red}');
  });

  it('hashes the theme script the way a browser does', () => {
    // echo -n 'a' | openssl sha256 -binary | base64
    expect(hashSource('a')).toBe("'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='");
  });
});
