import { describe, expect, it } from 'vitest';
import { excerptParts, withoutLeadingTitle } from '../../src/lib/search/excerpt';

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

describe('withoutLeadingTitle', () => {
  it('drops the heading the excerpt starts with, across marks', () => {
    expect(withoutLeadingTitle(excerptParts('Turn off the <mark>VPN</mark>. Open the app.'), 'Turn off the VPN')).toEqual([
      { text: 'Open the app.', mark: false },
    ]);
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
