import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../support/headers-rules';

describe('the _headers file the test server applies', () => {
  const rules = parseHeadersFile(['/*', '  X-A: 1', '  X-B: 2', '', '/_astro/*', '  Cache-Control: immutable', '/guides/:slug/', '  X-B: 3'].join('\n'));

  it('applies every matching block, later values winning', () => {
    expect(Object.fromEntries(headersFor(rules, '/guides/vpn/'))).toEqual({ 'x-a': '1', 'x-b': '3' });
    expect(headersFor(rules, '/_astro/a.js').get('cache-control')).toBe('immutable');
    expect(headersFor(rules, '/guides/vpn/extra/').get('x-b')).toBe('2');
  });

  it('rejects a header line outside any block', () => {
    expect(() => parseHeadersFile('  X-A: 1')).toThrow(/line 1/);
  });
});
