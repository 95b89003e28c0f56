import { describe, expect, it } from 'vitest';
import { answerMessage, countMessage } from '../../src/lib/search/status-message';
import { translatorOf } from '../support/ui';

const t = translatorOf();
const es = translatorOf(
  {
    'search.count.none': 'Sin resultados para «{query}».',
    'search.count.one': '{count} resultado para «{query}».',
    'search.count.other': '{count} resultados para «{query}».',
  },
  'es',
);

describe('countMessage', () => {
  it('says how many results there are', () => {
    expect(countMessage(0, ' vpn ', t)).toBe('No results for “vpn”.');
    expect(countMessage(1, 'vpn', t)).toBe('1 result for “vpn”.');
    expect(countMessage(12, 'vpn', t)).toBe('12 results for “vpn”.');
  });
});

describe('countMessage in another language', () => {
  it('uses that language’s texts and plural forms', () => {
    expect(countMessage(0, 'vpn', es)).toBe('Sin resultados para «vpn».');
    expect(countMessage(1, 'vpn', es)).toBe('1 resultado para «vpn».');
    expect(countMessage(3, 'vpn', es)).toBe('3 resultados para «vpn».');
  });
});

describe('answerMessage', () => {
  const results = [{ id: 'a', score: 1, data: async () => Promise.reject(new Error('unused')) }];
  it('says what the results are for', () => {
    expect(answerMessage('vpn', { results, match: 'all' }, t)).toBe('1 result for “vpn”.');
    expect(answerMessage('vnp', { results, match: 'corrected', shownQuery: 'vpn' }, t)).toBe('No results for “vnp”. Showing 1 result for “vpn”.');
    expect(answerMessage('clear cokies', { results, match: 'some', shownQuery: 'clear cookies' }, t)).toBe(
      'No results for “clear cokies”. Showing 1 page that matches some of the words.',
    );
    expect(answerMessage('qq', { results: [], match: 'none' }, t)).toBe('No results for “qq”.');
  });
});
