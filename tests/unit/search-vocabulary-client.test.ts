import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module, so each test starts with nothing fetched. */
async function freshLoader() {
  vi.resetModules();
  return (await import('../../src/lib/search/vocabulary-client')).loadVocabulary;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadVocabulary', () => {
  it('fetches the vocabulary once per page and keeps only words', async () => {
    const fetch = vi.fn(async () => Response.json({ words: ['vpn', 'proxy', 3, null] }));
    vi.stubGlobal('fetch', fetch);
    const loadVocabulary = await freshLoader();
    const [first, second] = await Promise.all([loadVocabulary('/kb/', 'en'), loadVocabulary('/kb/', 'en')]);
    expect(first).toEqual(['vpn', 'proxy']);
    expect(await loadVocabulary('/kb/', 'en')).toBe(second);
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch).toHaveBeenCalledWith('/kb/pagefind/kb-vocabulary.en.json');
  });

  it('gives no words after a failed fetch, and asks again the next time', async () => {
    const fetch = vi
      .fn<() => Promise<Response>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response('Service unavailable', { status: 503 }))
      .mockResolvedValueOnce(new Response('<!doctype html>', { status: 200 }))
      .mockResolvedValueOnce(Response.json({ words: ['vpn'] }));
    vi.stubGlobal('fetch', fetch);
    const loadVocabulary = await freshLoader();
    expect(await loadVocabulary('/', 'en')).toEqual([]);
    expect(await loadVocabulary('/', 'en')).toEqual([]);
    expect(await loadVocabulary('/', 'en')).toEqual([]);
    expect(await loadVocabulary('/', 'en')).toEqual(['vpn']);
    expect(await loadVocabulary('/', 'en')).toEqual(['vpn']);
    expect(fetch).toHaveBeenCalledTimes(4);
  });
});
