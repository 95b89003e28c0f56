import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/lib/search/pagefind';
import {
  countMessage,
  excerptParts,
  isTroubleshooterPath,
  codeFromParams,
  kindsFromParams,
  mergeResults,
  queryFromPath,
  searchAddress,
  shapeResult,
  withoutLeadingTitle,
} from '../../src/lib/search/results';

describe('excerptParts', () => {
  it('keeps <mark> as marked parts and everything else as text', () => {
    expect(excerptParts('Turn off the <mark>VPN</mark> and reload.')).toEqual([
      { text: 'Turn off the ', mark: false },
      { text: 'VPN', mark: true },
      { text: ' and reload.', mark: false },
    ]);
  });

  it('never lets other markup through, escaped or not', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)>Hi &lt;script&gt;x&lt;/script&gt; <mark onclick="x">vpn</mark>');
    expect(parts).toEqual([
      { text: 'Hi <script>x</script> ', mark: false },
      { text: 'vpn', mark: true },
    ]);
  });

  it('decodes entities into plain text', () => {
    expect(excerptParts('Fish &amp; chips &#39;here&#39;')).toEqual([{ text: "Fish & chips 'here'", mark: false }]);
  });
});

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

describe('countMessage', () => {
  it('says how many results there are', () => {
    expect(countMessage(0, ' vpn ')).toBe('No results for “vpn”.');
    expect(countMessage(1, 'vpn')).toBe('1 result for “vpn”.');
    expect(countMessage(12, 'vpn')).toBe('12 results for “vpn”.');
  });
});

describe('queryFromPath', () => {
  it('turns a bad address into words, without the section names', () => {
    expect(queryFromPath('/guides/turn-of-vpn/')).toBe('turn vpn');
    expect(queryFromPath('/guides/how-to-find-the-ray-id/')).toBe('find ray id');
    expect(queryFromPath('/kb/guides/error-1015/', '/kb/')).toBe('error 1015');
    expect(queryFromPath('/troubleshoot/old_step.html')).toBe('old step');
    expect(queryFromPath('/guides/')).toBe('');
    expect(queryFromPath('/guides/%E2%80%9Cproxy%E2%80%9D/')).toBe('proxy');
    expect(queryFromPath('/guides/%E0%A4%Aproxy/')).toBe('e0 a4 aproxy');
  });
});

describe('isTroubleshooterPath', () => {
  it('knows addresses under the troubleshooter, under the base path', () => {
    expect(isTroubleshooterPath('/troubleshoot/old-step/')).toBe(true);
    expect(isTroubleshooterPath('/kb/troubleshoot/x/', '/kb/')).toBe(true);
    expect(isTroubleshooterPath('/guides/troubleshoot/')).toBe(false);
  });
});

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

describe('mergeResults', () => {
  it('ranks pages found by more words first', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 0.5 },
      ],
      [{ id: 'b', score: 0.9 }],
      [],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('withoutLeadingTitle', () => {
  it('drops the heading the excerpt starts with, across marks', () => {
    expect(withoutLeadingTitle(excerptParts('Turn off the <mark>VPN</mark>. Open the app.'), 'Turn off the VPN')).toEqual([{ text: 'Open the app.', mark: false }]);
    expect(withoutLeadingTitle(excerptParts('Why. <mark>VPN</mark> ranges'), 'Why')).toEqual([
      { text: 'VPN', mark: true },
      { text: ' ranges', mark: false },
    ]);
  });

  it('leaves other excerpts alone', () => {
    const parts = excerptParts('of the <mark>VPN</mark>');
    expect(withoutLeadingTitle(parts, 'Turn off')).toEqual(parts);
  });
});
