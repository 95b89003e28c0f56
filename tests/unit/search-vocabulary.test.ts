import { describe, expect, it } from 'vitest';
import { buildVocabulary, decodeEntities, namingTexts, words } from '../../src/lib/search/vocabulary';

const PAGE = `<!doctype html><html><head><meta name="description" content="Clear cookies &amp; site data"></head>
<body><header><h2>Menu</h2></header><article data-pagefind-body>
<h1 data-pagefind-weight="10">Turn off your <abbr>VPN</abbr></h1>
<p hidden data-kb-aliases data-pagefind-weight="10">proxy · split tunnelling</p>
<div class="heading-wrapper"><h2 id="a">Why it&#39;s blocked</h2></div><h3 id="b">On Windows</h3><h4>Ignored</h4>
</article></body></html>`;

describe('namingTexts', () => {
  it('collects headings, aliases and the description of an indexed page', () => {
    expect(namingTexts(PAGE).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      'Turn off your VPN',
      "Why it's blocked",
      'On Windows',
      'proxy · split tunnelling',
      'Clear cookies & site data',
    ]);
  });

  it('ignores pages that are not indexed', () => {
    expect(namingTexts('<html><body><h1>Search</h1></body></html>')).toEqual([]);
  });
});

describe('words and buildVocabulary', () => {
  it('splits into lower-case words of two or more letters', () => {
    expect(words('Error 1020: “Access denied” — a VPN’s fault, café')).toEqual(['error', '1020', 'access', 'denied', 'vpn', 'fault', 'café']);
  });

  it('lists words most frequent first', () => {
    expect(buildVocabulary(['vpn proxy', 'VPN off', 'proxy vpn']).words).toEqual(['vpn', 'proxy', 'off']);
  });

  it('decodes numeric and named entities', () => {
    expect(decodeEntities('&#x201C;a&#8221; &lt;b&gt; &bogus;')).toBe('“a” <b> &bogus;');
  });
});
