import { describe, expect, it } from 'vitest';
import { codeFromParams, kindsFromParams, searchAddress } from '../../src/lib/search/search-address';

describe('search page address', () => {
  it('reads known kinds in a fixed order', () => {
    expect(kindsFromParams(new URLSearchParams('kind=fix&kind=bogus&kind=cause'), ['cause', 'fix', 'error'])).toEqual(['cause', 'fix']);
  });

  it('writes the query and kinds', () => {
    expect(searchAddress(' vpn off ', ['fix'])).toBe('?q=vpn+off&kind=fix');
    expect(searchAddress('', [])).toBe('?');
    expect(searchAddress('blocked', ['error'], '1015')).toBe('?q=blocked&kind=error&code=1015');
  });

  it('reads an error code from the address only if the site has it', () => {
    expect(codeFromParams(new URLSearchParams('code=1015'), ['1015', '1020'])).toBe('1015');
    expect(codeFromParams(new URLSearchParams('code=%3Cscript%3E'), ['1015', '1020'])).toBe('');
    expect(codeFromParams(new URLSearchParams(''), ['1015'])).toBe('');
  });
});
