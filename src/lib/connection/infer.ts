import type { Translate } from '../i18n/ui';
import { countryName, type Certainty, type Finding, type Signal, type Trace } from './check-data';
import { ZONE_COUNTRIES } from './zones';

/*
 * The connection check's reasoning, free of the DOM so it can be tested as a table: what
 * Cloudflare's trace page says, what the device says about itself, and what follows. Every
 * finding says how sure it is and why; nothing is claimed that the data cannot show (whether
 * an address belongs to a datacentre, for one, is not in the data).
 */

export type TraceResult = { ok: true; trace: Trace } | { ok: false; reason: 'malformed' };

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;
const IPV6 = /^[0-9a-f:]{2,39}$/i;

/**
 * Reads the plain `key=value` lines of /cdn-cgi/trace. Unknown keys and values that do not
 * look right are dropped; without a valid `ip` and `loc` the answer is malformed.
 */
export function parseTrace(text: string): TraceResult {
  const fields = new Map<string, string>();
  for (const line of text.slice(0, 4000).split(/\r?\n/)) {
    const at = line.indexOf('=');
    if (at > 0) fields.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  const ip = fields.get('ip') ?? '';
  const loc = (fields.get('loc') ?? '').toUpperCase();
  if (!(IPV4.test(ip) || (IPV6.test(ip) && ip.includes(':'))) || !/^[A-Z][A-Z0-9]$/.test(loc)) return { ok: false, reason: 'malformed' };
  const colo = fields.get('colo');
  const warp = fields.get('warp');
  const gateway = fields.get('gateway');
  return {
    ok: true,
    trace: {
      ip,
      loc,
      colo: colo && /^[A-Z]{3}$/.test(colo) ? colo : undefined,
      warp: warp === 'on' || warp === 'off' || warp === 'plus' ? warp : undefined,
      gateway: gateway === 'on' || gateway === 'off' ? gateway : undefined,
    },
  };
}

let zoneTable: Map<string, string[]> | undefined;

/** The countries a time zone is used in (ISO codes), or none for an unknown zone or UTC. */
export function countriesOfZone(zone: string): string[] {
  if (!zoneTable) {
    zoneTable = new Map();
    for (const entry of ZONE_COUNTRIES.split(';')) {
      const [countries = '', zones = ''] = entry.split(':');
      for (const z of zones.split('|')) zoneTable.set(z, countries.split(','));
    }
  }
  return zoneTable.get(zone) ?? [];
}

/** "America/New_York" → "New York". */
export function cityOfZone(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
}

export interface Browser {
  name: 'Chrome' | 'Edge' | 'Firefox' | 'Safari' | 'Opera' | 'Samsung Internet' | 'Internet Explorer' | 'other';
  major: number | undefined;
  /** An iPhone, iPad or Mac, where Safari can use iCloud Private Relay. */
  apple: boolean;
  mobile: boolean;
}

/** The browser a user agent string names. Only what the check needs; not a general parser. */
export function browserOf(userAgent: string): Browser {
  const ua = userAgent;
  const ios = /iPhone|iPad|iPod/.test(ua);
  const apple = ios || /Macintosh|Mac OS X/.test(ua);
  const mobile = ios || /Android|Mobile/.test(ua);
  const version = (re: RegExp) => {
    const m = re.exec(ua);
    return m?.[1] ? Number(m[1]) : undefined;
  };
  if (/MSIE |Trident\//.test(ua)) return { name: 'Internet Explorer', major: version(/(?:MSIE |rv:)(\d+)/), apple, mobile };
  if (/Edg(?:e|A|iOS)?\//.test(ua)) return { name: 'Edge', major: version(/Edg(?:e|A|iOS)?\/(\d+)/), apple, mobile };
  if (/OPR\//.test(ua)) return { name: 'Opera', major: version(/OPR\/(\d+)/), apple, mobile };
  if (/SamsungBrowser\//.test(ua)) return { name: 'Samsung Internet', major: version(/SamsungBrowser\/(\d+)/), apple, mobile };
  if (/(?:Firefox|FxiOS)\//.test(ua)) return { name: 'Firefox', major: version(/(?:Firefox|FxiOS)\/(\d+)/), apple, mobile };
  if (/(?:Chrome|CriOS|Chromium)\//.test(ua)) return { name: 'Chrome', major: version(/(?:Chrome|CriOS|Chromium)\/(\d+)/), apple, mobile };
  if (/Safari\//.test(ua) && /Version\//.test(ua)) return { name: 'Safari', major: version(/Version\/(\d+)/), apple, mobile };
  return { name: 'other', major: undefined, apple, mobile };
}

/**
 * Chrome, Edge and Firefox ship a major version about every four weeks, so the current one
 * can be estimated from the date: Chrome and Edge 131 came out in November 2024, Firefox 133
 * the same month. The estimate runs a version or two ahead (a release is sometimes skipped
 * over the holidays), which the margin below absorbs.
 */
export function expectedMajor(name: Browser['name'], now: Date): number | undefined {
  const cycles = (since: string) => Math.floor((now.getTime() - Date.parse(since)) / (28 * 24 * 3600 * 1000));
  if (name === 'Chrome' || name === 'Edge') return 131 + cycles('2024-11-12');
  if (name === 'Firefox') return 133 + cycles('2024-11-26');
  return undefined;
}

/** Versions behind the estimate before a browser counts as out of date: about eight months. */
const OUTDATED_BY = 9;
/** A device clock further off than this is worth a word. */
const CLOCK_LIMIT_MS = 5 * 60 * 1000;

export interface DeviceFacts {
  /** `Intl.DateTimeFormat().resolvedOptions().timeZone`. */
  timeZone?: string | undefined;
  /** `navigator.languages`. */
  languages: readonly string[];
  userAgent: string;
  cookiesEnabled: boolean;
  /** How far this device's clock is from this site's server (ms, positive = ahead), if measured. */
  clockOffsetMs?: number | undefined;
  now: Date;
}

/** What the trace and the device say, as findings (strongest first) and the signals they raise. */
export function infer(trace: Trace | undefined, device: DeviceFacts, t: Translate, lang = 'en'): { findings: Finding[]; signals: Signal[] } {
  const findings: Finding[] = [];
  if (trace) {
    const where = countryName(trace.loc, t, lang);
    if (trace.warp === 'on' || trace.warp === 'plus') {
      findings.push({
        signal: 'warp-on',
        certainty: 'strong',
        text: t('finding.warp'),
        why: t('finding.warpWhy', { warp: trace.warp }),
      });
    }
    if (trace.gateway === 'on') {
      findings.push({
        signal: 'gateway-on',
        certainty: 'strong',
        text: t('finding.gateway'),
        why: t('finding.gatewayWhy'),
      });
    }
    if (trace.loc === 'T1') {
      findings.push({
        signal: 'tor',
        certainty: 'strong',
        text: t('finding.tor'),
        why: t('finding.torWhy'),
      });
    } else if (device.timeZone && trace.loc !== 'XX') {
      const countries = countriesOfZone(device.timeZone);
      const city = cityOfZone(device.timeZone);
      if (countries.length > 0 && !countries.includes(trace.loc)) {
        const speaks = device.languages.some((l) => l.split('-')[1]?.toUpperCase() === trace.loc);
        findings.push({
          signal: 'location-mismatch',
          certainty: speaks ? 'possible' : 'likely',
          text: t('finding.mismatch', { where, city }),
          why: t('finding.mismatchWhy', { where, loc: trace.loc, zone: device.timeZone }),
        });
      } else if (countries.includes(trace.loc)) {
        findings.push({
          signal: 'location-match',
          certainty: 'likely',
          text: t('finding.match', { where }),
          why: t('finding.matchWhy', { loc: trace.loc, zone: device.timeZone }),
        });
      }
    }
  }
  const browser = browserOf(device.userAgent);
  if (browser.name === 'Safari' && browser.apple) {
    findings.push({
      signal: 'private-relay-possible',
      certainty: 'possible',
      text: t('finding.relay'),
      why: t('finding.relayWhy'),
    });
  }
  const expected = expectedMajor(browser.name, device.now);
  if (browser.name === 'Internet Explorer') {
    findings.push({
      signal: 'outdated-browser',
      certainty: 'strong',
      text: t('finding.ie'),
      why: t('finding.ieWhy'),
    });
  } else if (browser.major !== undefined && expected !== undefined && expected - browser.major >= OUTDATED_BY) {
    findings.push({
      signal: 'outdated-browser',
      certainty: 'likely',
      text: t('finding.outdated', { browser: browser.name, version: browser.major }),
      why: t('finding.outdatedWhy', { browser: browser.name, version: browser.major, months: Math.round(((expected - browser.major) * 28) / 30) }),
    });
  }
  if (!device.cookiesEnabled) {
    findings.push({
      signal: 'cookies-off',
      certainty: 'strong',
      text: t('finding.cookies'),
      why: t('finding.cookiesWhy'),
    });
  }
  if (device.clockOffsetMs !== undefined && Math.abs(device.clockOffsetMs) > CLOCK_LIMIT_MS) {
    const minutes = Math.round(Math.abs(device.clockOffsetMs) / 60000);
    findings.push({
      signal: 'clock-off',
      certainty: 'strong',
      text: t(device.clockOffsetMs > 0 ? 'finding.clockAhead' : 'finding.clockBehind', { minutes }),
      why: t('finding.clockWhy'),
    });
  }
  const rank: Record<Certainty, number> = { strong: 0, likely: 1, possible: 2, info: 3 };
  findings.sort((a, b) => rank[a.certainty] - rank[b.certainty]);
  return { findings, signals: [...new Set(findings.flatMap((f) => (f.signal ? [f.signal] : [])))] };
}
