import { describe, expect, test } from 'vitest';
import { browserOf, cityOfZone, countriesOfZone, infer, parseTrace, type DeviceFacts } from '../../src/lib/connection/infer';
import { checkText, readCheck } from '../../src/lib/connection/check-data';
import { translatorOf } from '../support/ui';

const t = translatorOf();

const TRACE = [
  'fl=123f1',
  'h=www.cloudflare.com',
  'ip=203.0.113.7',
  'ts=1764400000.1',
  'visit_scheme=https',
  'uag=Mozilla/5.0',
  'colo=FRA',
  'sliver=none',
  'http=http/2',
  'loc=DE',
  'tls=TLSv1.3',
  'sni=plaintext',
  'warp=off',
  'gateway=off',
  'rbi=off',
  'kex=X25519',
].join('\n');
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const NOW = new Date('2026-11-29T12:00:00Z');
const device = (over: Partial<DeviceFacts> = {}): DeviceFacts => ({
  timeZone: 'Europe/Berlin',
  languages: ['de-DE', 'en'],
  userAgent: CHROME,
  cookiesEnabled: true,
  clockOffsetMs: 0,
  now: NOW,
  ...over,
});
const traceWith = (lines: string) => {
  const parsed = parseTrace(`${TRACE}\n${lines}`);
  if (!parsed.ok) throw new Error('fixture trace is malformed');
  return parsed.trace;
};

describe('reading the trace page', () => {
  test('keeps the fields the check uses and ignores the rest', () => {
    expect(parseTrace(TRACE)).toEqual({ ok: true, trace: { ip: '203.0.113.7', loc: 'DE', colo: 'FRA', warp: 'off', gateway: 'off' } });
  });
  test('accepts IPv6 and drops values that do not look right', () => {
    expect(parseTrace('ip=2001:db8::1\nloc=us\ncolo=<b>\nwarp=maybe')).toEqual({
      ok: true,
      trace: { ip: '2001:db8::1', loc: 'US', colo: undefined, warp: undefined, gateway: undefined },
    });
  });
  test.each([
    ['an HTML page', '<!doctype html><html><body>Access denied</body></html>'],
    ['no location', 'ip=203.0.113.7\ncolo=FRA'],
    ['a bad address', 'ip=<script>\nloc=DE'],
    ['nothing', ''],
  ])('calls %s malformed', (_, text) => {
    expect(parseTrace(text)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('time zones and browsers', () => {
  test('a zone maps to the countries that use it, old names included', () => {
    expect(countriesOfZone('Europe/Berlin')).toContain('DE');
    expect(countriesOfZone('America/New_York')).toEqual(['US']);
    expect(countriesOfZone('Asia/Calcutta')).toEqual(['IN']);
    expect(countriesOfZone('Etc/UTC')).toEqual([]);
    expect(cityOfZone('America/New_York')).toBe('New York');
  });
  test.each([
    [CHROME, { name: 'Chrome', major: 156, apple: false, mobile: false }],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
      { name: 'Safari', major: 18, apple: true, mobile: true },
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0 Safari/537.36 Edg/150.0',
      { name: 'Edge', major: 150, apple: false, mobile: false },
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', { name: 'Firefox', major: 140, apple: false, mobile: false }],
    ['Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko', { name: 'Internet Explorer', major: 11, apple: false, mobile: false }],
  ])('reads %s', (ua, expected) => {
    expect(browserOf(ua)).toEqual(expected);
  });
});

describe('what the check concludes', () => {
  const signals = (trace: ReturnType<typeof traceWith> | undefined, over: Partial<DeviceFacts> = {}) => infer(trace, device(over), t).signals;

  test('everything matching: the country fits the time zone and nothing else is said', () => {
    const { findings, signals: found } = infer(traceWith(''), device(), t);
    expect(found).toEqual(['location-match']);
    expect(findings[0]?.text).toBe('Cloudflare places you in Germany, which matches this device’s time zone.');
  });

  test('a country that does not fit the time zone suggests a VPN or relay, as a likely guess', () => {
    const { findings } = infer(traceWith('loc=DE'), device({ timeZone: 'America/New_York', languages: ['en-US'] }), t);
    expect(findings[0]).toMatchObject({
      signal: 'location-mismatch',
      certainty: 'likely',
      text: 'Cloudflare places you in Germany, but this device is set to New York time: a VPN or relay is probably on.',
    });
    expect(findings[0]?.why).toMatch(/guess, not a fact/);
  });

  test('a mismatch is only possible when a language of the device belongs to that country', () => {
    expect(infer(traceWith(''), device({ timeZone: 'America/New_York' }), t).findings[0]).toMatchObject({ signal: 'location-mismatch', certainty: 'possible' });
  });

  test.each([
    ['warp=on', 'warp-on'],
    ['warp=plus', 'warp-on'],
    ['gateway=on', 'gateway-on'],
    ['loc=T1', 'tor'],
  ])('%s is certain', (line, signal) => {
    const { findings } = infer(traceWith(line), device(), t);
    expect(findings[0]).toMatchObject({ signal, certainty: 'strong' });
  });

  test('the device alone: Safari on Apple, an old browser, cookies off, a wrong clock', () => {
    const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
    expect(signals(undefined, { userAgent: iphone })).toEqual(['private-relay-possible']);
    expect(signals(undefined, { userAgent: CHROME.replace('156.0', '140.0') })).toEqual(['outdated-browser']);
    expect(signals(undefined, { userAgent: CHROME.replace('156.0', '150.0') })).toEqual([]);
    expect(signals(undefined, { cookiesEnabled: false })).toEqual(['cookies-off']);
    expect(infer(undefined, device({ clockOffsetMs: -12 * 60000 }), t).findings[0]?.text).toBe('This device’s clock is about 12 minutes behind.');
    expect(signals(undefined, { clockOffsetMs: 90_000 })).toEqual([]);
  });

  test('strong findings come first', () => {
    const { findings } = infer(traceWith('warp=on'), device({ timeZone: 'Asia/Tokyo', languages: ['ja'], cookiesEnabled: false }), t);
    expect(findings.map((f) => f.certainty)).toEqual(['strong', 'strong', 'likely']);
  });
});

describe('the stored result', () => {
  test('round-trips, drops unknown signals and reads as text for support', () => {
    const { findings, signals } = infer(traceWith('warp=on'), device(), t);
    const stored = readCheck(JSON.stringify({ at: '2026-11-29T12:00:00.000Z', trace: traceWith('warp=on'), findings, signals: [...signals, 'made-up'] }));
    expect(stored?.signals).toEqual(['warp-on', 'location-match']);
    expect(checkText(stored!, t)).toEqual(
      expect.arrayContaining([
        'Connection check (2026-11-29 12:00:00 UTC):',
        '- IP address: 203.0.113.7',
        '- Country (Cloudflare): Germany (DE)',
        '- Data centre: FRA',
        '- WARP: on',
      ]),
    );
  });
  test('ignores what is not a stored check', () => {
    expect(readCheck('{"at":1}')).toBeUndefined();
    expect(readCheck('not json')).toBeUndefined();
    expect(readCheck(null)).toBeUndefined();
  });
});
