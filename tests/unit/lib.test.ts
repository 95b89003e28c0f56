import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { articleIdFromPath, createIdRegistry } from '../../src/lib/article-id';
import { articleIdOf, inSitemap, isStepPath, routes } from '../../src/lib/routes';
import { resolveInternalLink } from '../../src/lib/link-check';
import { choosePlatform, detectPlatforms } from '../../src/lib/platforms';
import { parseSiteSettings } from '../../src/lib/site-schema';
import { articleJsonLd } from '../../src/lib/structured-data';
import { buildToc } from '../../src/lib/toc';
import siteJson from '../../content/site.json';

describe('article ids', () => {
  it('uses the file name, whatever the folder', () => {
    expect(articleIdFromPath('fixes/turn-off-vpn.mdx')).toBe('turn-off-vpn');
  });
  it('rejects names that are not slugs, saying how to name the file', () => {
    expect(() => articleIdFromPath('fixes/Turn Off VPN.mdx')).toThrow(/content\/articles\/fixes\/Turn Off VPN\.mdx.*not a valid slug/);
  });
  it('rejects two files with the same name in different folders', () => {
    const register = createIdRegistry();
    register('causes/vpn.mdx');
    expect(() => register('fixes/vpn.mdx')).toThrow(/slug "vpn" is already used by content\/articles\/causes\/vpn\.mdx/);
  });
  it('names the content folder the build really reads, with a hint, as an AstroError', () => {
    const register = createIdRegistry('other-kb/articles');
    register('a/vpn.mdx');
    try {
      register('b/vpn.mdx');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AstroError);
      expect((error as AstroError).message).toContain('other-kb/articles/b/vpn.mdx');
      expect((error as AstroError).hint).toMatch(/rename one of them/);
    }
  });
});

describe('routes', () => {
  it('keep an article whose slug starts with 404 in the sitemap, and only the 404 page out', () => {
    expect(inSitemap('https://x.org/guides/404-not-found/', '/')).toBe(true);
    expect(inSitemap('https://x.org/kb/404/', '/kb/')).toBe(false);
    expect(inSitemap('https://x.org/troubleshoot-steps/error-1020/', '/')).toBe(false);
    expect(inSitemap('https://x.org/troubleshoot/map/', '/')).toBe(true);
  });
  it('leave every language’s 404 page and steps file out of the sitemap', () => {
    expect(inSitemap('https://x.org/kb/es/404.html', '/kb/', ['es'])).toBe(false);
    expect(inSitemap('https://x.org/es/troubleshoot-steps/error-1020/', '/', ['es'])).toBe(false);
    expect(inSitemap('https://x.org/es/guides/404-not-found/', '/', ['es'])).toBe(true);
  });
  it('tell articles and steps from their paths', () => {
    expect(articleIdOf('guides/turn-off-vpn/')).toBe('turn-off-vpn');
    expect(articleIdOf('guides/page/2/')).toBeUndefined();
    expect(isStepPath('troubleshoot/vpn-on/')).toBe(true);
    expect(routes.step('vpn-on', 'what-do-you-see')).toBe('troubleshoot/vpn-on/');
    expect(routes.step('what-do-you-see', 'what-do-you-see')).toBe('troubleshoot/');
  });
});

describe('internal links', () => {
  const ctx = { base: '/kb/', articleIds: new Set(['turn-off-vpn']), sections: ['/guides/', '/troubleshoot/'] };
  it('prefixes the base path and keeps the anchor', () => {
    expect(resolveInternalLink('/guides/turn-off-vpn/#how-to-tell-it-worked', ctx)).toEqual({
      ok: true,
      href: '/kb/guides/turn-off-vpn/#how-to-tell-it-worked',
    });
    expect(resolveInternalLink('/', ctx)).toEqual({ ok: true, href: '/kb/' });
  });
  it('leaves external links and in-page anchors alone', () => {
    expect(resolveInternalLink('https://example.org/x', ctx)).toEqual({ ok: true, href: 'https://example.org/x' });
    expect(resolveInternalLink('#top', ctx)).toEqual({ ok: true, href: '#top' });
  });
  it('reports a missing article and a missing trailing slash', () => {
    expect(resolveInternalLink('/guides/nope/', ctx)).toMatchObject({ ok: false, problem: expect.stringContaining('no article "nope"') });
    expect(resolveInternalLink('/guides/turn-off-vpn', ctx)).toMatchObject({ ok: false, problem: expect.stringContaining('end with a slash') });
    expect(resolveInternalLink('/blog/post/', ctx)).toMatchObject({ ok: false, problem: expect.stringContaining('not a page of this site') });
  });
});

describe('platform choice', () => {
  it('detects the OS of a phone before its browser', () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
    expect(detectPlatforms(iphone)).toEqual(['ios', 'safari']);
    const edge = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0';
    expect(detectPlatforms(edge)).toEqual(['edge', 'windows']);
    const opera = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 OPR/106.0';
    expect(detectPlatforms(opera)).toEqual(['opera', 'windows']);
  });
  it('prefers the linked tab, then the remembered one, then a guess, then the first', () => {
    const available = ['chrome', 'firefox', 'safari'];
    expect(choosePlatform({ available, fromHash: 'safari', stored: 'firefox' })).toBe('safari');
    expect(choosePlatform({ available, stored: 'firefox', detected: ['chrome'] })).toBe('firefox');
    expect(choosePlatform({ available, stored: 'ios', detected: ['ios', 'safari'] })).toBe('safari');
    expect(choosePlatform({ available, stored: null })).toBe('chrome');
  });
});

describe('table of contents', () => {
  it('nests h3 under h2 and drops other levels', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((i) => [i.slug, i.children.map((c) => c.slug)])).toEqual([
      ['a', ['a1']],
      ['b', []],
    ]);
  });
});

describe('structured data', () => {
  it('adds HowTo only for fixes with steps', () => {
    const base = { title: 't', description: 'd', url: 'https://x/', updated: new Date('2026-01-01'), siteName: 's', sources: [] };
    const steps = [{ title: 'One', text: 'Do one thing.', id: 'step-one' }];
    expect(articleJsonLd({ ...base, kind: 'fix', steps }).map((d) => d['@type'])).toEqual(['TechArticle', 'HowTo']);
    expect(articleJsonLd({ ...base, kind: 'cause', steps }).map((d) => d['@type'])).toEqual(['TechArticle']);
  });
  it('points each HowTo step at its own anchor, with its text', () => {
    const base = { title: 't', description: 'd', url: 'https://x/', updated: new Date('2026-01-01'), siteName: 's', sources: [] };
    const howTo = articleJsonLd({ ...base, kind: 'fix', steps: [{ title: 'One', text: 'Do one thing.', id: 'step-one' }] })[1];
    expect(howTo?.['step']).toEqual([{ '@type': 'HowToStep', position: 1, name: 'One', text: 'Do one thing.', url: 'https://x/#step-one' }]);
  });
  it('names the author and the publisher, and when it was published', () => {
    const article = articleJsonLd({
      title: 't',
      description: 'd',
      url: 'https://x/',
      updated: new Date('2026-02-01'),
      published: new Date('2026-01-01'),
      siteName: 'Site',
      kind: 'guide',
      sources: [],
    })[0];
    expect(article).toMatchObject({
      author: { '@type': 'Organization', name: 'Site' },
      publisher: { name: 'Site' },
      datePublished: '2026-01-01T00:00:00.000Z',
      dateModified: '2026-02-01T00:00:00.000Z',
    });
  });
});

describe('site settings', () => {
  it('accepts the shipped settings', () => {
    expect(parseSiteSettings(siteJson, 'content/site.json').name).toBeTruthy();
  });
  it('names the file and the field that is wrong', () => {
    const broken = { ...siteJson, kindOrder: ['guide', 'guide', 'fix', 'error'], nav: { guides: 'x' } };
    expect(() => parseSiteSettings(broken, 'content/site.json')).toThrow(/content\/site\.json[\s\S]*nav\.troubleshooter[\s\S]*kindOrder/);
  });
});

describe('unique ids', () => {
  it('numbers repeats on the same page', async () => {
    const { uniqueId } = await import('../../src/lib/unique-id');
    const used = new Set<string>();
    expect([uniqueId(used, 'a'), uniqueId(used, 'a'), uniqueId(used, 'b'), uniqueId(used, 'a')]).toEqual(['a', 'a-2', 'b', 'a-3']);
  });
});

describe('base path', () => {
  it('always starts and ends with one slash', async () => {
    const { normaliseBasePath } = await import('../../src/lib/base-path');
    expect(['', '/', 'kb', '/kb', '/kb/', '//kb//'].map(normaliseBasePath)).toEqual(['/', '/', '/kb/', '/kb/', '/kb/', '/kb/']);
    expect(normaliseBasePath(undefined)).toBe('/');
  });
});
