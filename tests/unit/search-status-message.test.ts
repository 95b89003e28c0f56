import { describe, expect, it } from 'vitest';
import { answerMessage, countMessage } from '../../src/lib/search/status-message';

describe('countMessage', () => {
  it('says how many results there are', () => {
    expect(countMessage(0, ' vpn ')).toBe('No results for “vpn”.');
    expect(countMessage(1, 'vpn')).toBe('1 result for “vpn”.');
    expect(countMessage(12, 'vpn')).toBe('12 results for “vpn”.');
  });
});

describe('answerMessage', () => {
  const results = [{ id: 'a', score: 1, data: async () => Promise.reject(new Error('unused')) }];
  it('says what the results are for', () => {
    expect(answerMessage('vpn', { results, match: 'all' })).toBe('1 result for “vpn”.');
    expect(answerMessage('vnp', { results, match: 'corrected', shownQuery: 'vpn' })).toBe('No results for “vnp”. Showing 1 result for “vpn”.');
    expect(answerMessage('clear cokies', { results, match: 'some', shownQuery: 'clear cookies' })).toBe(
      'No results for “clear cokies”. Showing 1 page that matches some of the words.',
    );
    expect(answerMessage('qq', { results: [], match: 'none' })).toBe('No results for “qq”.');
  });
});
