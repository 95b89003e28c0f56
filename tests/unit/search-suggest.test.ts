import { describe, expect, it } from 'vitest';
import { allowedEdits, correctQuery, editDistance, nearestWord } from '../../src/lib/search/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('cookies', 'cookies')).toBe(0);
    expect(editDistance('cokies', 'cookies')).toBe(1);
    expect(editDistance('cookiess', 'cookies')).toBe(1);
    expect(editDistance('cookeis', 'cookies')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('vnp', 'vpn')).toBe(1);
    expect(editDistance('rya', 'ray')).toBe(1);
  });

  it('stops early beyond the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
    expect(editDistance('cokies', 'cookies', 1)).toBe(1);
  });
});

describe('allowedEdits', () => {
  it('allows more edits for longer words, none for one or two letters', () => {
    expect(allowedEdits(2)).toBe(0);
    expect(allowedEdits(3)).toBe(1);
    expect(allowedEdits(6)).toBe(2);
    expect(allowedEdits(12)).toBe(3);
  });
});

const VOCABULARY = ['vpn', 'error', 'cookies', 'proxy', 'ray', 'id', 'cookie', 'malware', 'javascript', 'site', 'data', 'clear'];

describe('nearestWord', () => {
  it('returns a known word as it is', () => {
    expect(nearestWord('VPN', VOCABULARY)).toBe('vpn');
  });

  it('finds the nearest word, preferring the more frequent one on a tie', () => {
    expect(nearestWord('cokies', VOCABULARY)).toBe('cookies');
    expect(nearestWord('vnp', VOCABULARY)).toBe('vpn');
    expect(nearestWord('javscript', VOCABULARY)).toBe('javascript');
    expect(nearestWord('cookis', ['cookies', 'cookie'])).toBe('cookies');
    expect(nearestWord('cookis', ['cookie', 'cookies'])).toBe('cookie');
  });

  it('gives up when nothing is close enough', () => {
    expect(nearestWord('zzzzzz', VOCABULARY)).toBeUndefined();
    expect(nearestWord('cf', VOCABULARY)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  it('corrects each word', () => {
    expect(correctQuery('cokies', VOCABULARY)).toBe('cookies');
    expect(correctQuery('clear cokies', VOCABULARY)).toBe('clear cookies');
    expect(correctQuery('malwre', VOCABULARY)).toBe('malware');
  });

  it('drops words the site never uses', () => {
    expect(correctQuery('cf-ray', VOCABULARY)).toBe('ray');
    expect(correctQuery('qqqq vnp', VOCABULARY)).toBe('vpn');
  });

  it('offers nothing when nothing would change or nothing is left', () => {
    expect(correctQuery('vpn', VOCABULARY)).toBeUndefined();
    expect(correctQuery('Clear  site data', VOCABULARY)).toBeUndefined();
    expect(correctQuery('qqqqqq', VOCABULARY)).toBeUndefined();
    expect(correctQuery('  ', VOCABULARY)).toBeUndefined();
  });
});
