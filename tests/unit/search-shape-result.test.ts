import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/lib/search/pagefind-client';
import { shapeResult } from '../../src/lib/search/shape-result';

const data = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/guides/turn-off-vpn/?highlight=vpn',
  excerpt: 'Turn off the <mark>VPN</mark>',
  meta: { title: 'Turn off your VPN', kind: 'Fix', description: 'Disconnect it.' },
  filters: { kind: ['fix'], code: ['1020'] },
  sub_results: [
    { title: 'Turn off your VPN', url: '/guides/turn-off-vpn/?highlight=vpn', excerpt: 'x' },
    { title: 'Turn the VPN off', url: '/guides/turn-off-vpn/?highlight=vpn#turn-the-vpn-off', excerpt: 'the <mark>VPN</mark>' },
    { title: 'Proxy', url: '/guides/turn-off-vpn/?highlight=vpn#proxy', excerpt: '' },
    { title: 'How to tell', url: '/guides/turn-off-vpn/?highlight=vpn#tell', excerpt: '' },
    { title: 'More', url: '/guides/turn-off-vpn/?highlight=vpn#more', excerpt: '' },
  ],
  ...over,
});

describe('shapeResult', () => {
  it('takes title, kind, description and sections, leaving out the page itself', () => {
    const shaped = shapeResult(data(), 2);
    expect(shaped).toMatchObject({ title: 'Turn off your VPN', kind: 'fix', kindLabel: 'Fix', description: 'Disconnect it.' });
    expect(shaped.subResults.map((s) => s.title)).toEqual(['Turn the VPN off', 'Proxy']);
    expect(shaped.subResults[0]?.excerpt).toEqual([
      { text: 'the ', mark: false },
      { text: 'VPN', mark: true },
    ]);
  });

  it('copes with missing metadata', () => {
    const shaped = shapeResult(data({ meta: {}, filters: {}, sub_results: [] }));
    expect(shaped).toMatchObject({ title: '/guides/turn-off-vpn/', kind: '', kindLabel: '', description: '', subResults: [] });
  });
});
