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
export function infer(trace: Trace | undefined, device: DeviceFacts): { findings: Finding[]; signals: Signal[] } {
  const findings: Finding[] = [];
  if (trace) {
    const where = countryName(trace.loc);
    if (trace.warp === 'on' || trace.warp === 'plus') {
      findings.push({
        signal: 'warp-on',
        certainty: 'strong',
        text: 'Cloudflare WARP is on for this connection.',
        why: `Cloudflare’s own trace says warp=${trace.warp}. WARP replaces your address the way a VPN does; turn it off to test.`,
      });
    }
    if (trace.gateway === 'on') {
      findings.push({
        signal: 'gateway-on',
        certainty: 'strong',
        text: 'Your traffic passes through Cloudflare Gateway, a filter that companies and schools use.',
        why: 'Cloudflare’s trace says gateway=on. The organisation that set it up decides what it allows; ask its IT team.',
      });
    }
    if (trace.loc === 'T1') {
      findings.push({
        signal: 'tor',
        certainty: 'strong',
        text: 'You are connected through Tor.',
        why: 'Cloudflare’s trace says loc=T1, its code for the Tor network.',
      });
    } else if (device.timeZone && trace.loc !== 'XX') {
      const countries = countriesOfZone(device.timeZone);
      const city = cityOfZone(device.timeZone);
      if (countries.length > 0 && !countries.includes(trace.loc)) {
        const speaks = device.languages.some((l) => l.split('-')[1]?.toUpperCase() === trace.loc);
        findings.push({
          signal: 'location-mismatch',
          certainty: speaks ? 'possible' : 'likely',
          text: `Cloudflare places you in ${where}, but this device is set to ${city} time: a VPN or relay is probably on.`,
          why: `Cloudflare sees your connection arrive in ${where} (loc=${trace.loc}), and the ${device.timeZone} time zone is not used there. A device set to another country’s time is possible after travel, which is why this is a guess, not a fact.`,
        });
      } else if (countries.includes(trace.loc)) {
        findings.push({
          signal: 'location-match',
          certainty: 'likely',
          text: `Cloudflare places you in ${where}, which matches this device’s time zone.`,
          why: `loc=${trace.loc} is a country that uses the ${device.timeZone} time zone. A VPN with an exit in your own country, or iCloud Private Relay, would look the same.`,
        });
      }
    }
  }
  const browser = browserOf(device.userAgent);
  if (browser.name === 'Safari' && browser.apple) {
    findings.push({
      signal: 'private-relay-possible',
      certainty: 'possible',
      text: 'This is Safari on an Apple device, where iCloud Private Relay may be on.',
      why: 'Private Relay keeps you in your own country and time zone, so the trace cannot show it. Check Settings → [your name] → iCloud → Private Relay.',
    });
  }
  const expected = expectedMajor(browser.name, device.now);
  if (browser.name === 'Internet Explorer') {
    findings.push({
      signal: 'outdated-browser',
      certainty: 'strong',
      text: 'Internet Explorer cannot pass Cloudflare’s checks.',
      why: 'Cloudflare does not support Internet Explorer. Use Edge, Chrome, Firefox or Safari.',
    });
  } else if (browser.major !== undefined && expected !== undefined && expected - browser.major >= OUTDATED_BY) {
    findings.push({
      signal: 'outdated-browser',
      certainty: 'likely',
      text: `${browser.name} ${browser.major} is out of date.`,
      why: `${browser.name} ships a new version every four weeks; version ${browser.major} is about ${Math.round(((expected - browser.major) * 28) / 30)} months old. Cloudflare’s checks support current browsers.`,
    });
  }
  if (!device.cookiesEnabled) {
    findings.push({
      signal: 'cookies-off',
      certainty: 'strong',
      text: 'Cookies are turned off in this browser.',
      why: 'Cloudflare remembers a passed check in a cookie, so without cookies its “Verify you are human” page keeps coming back.',
    });
  }
  if (device.clockOffsetMs !== undefined && Math.abs(device.clockOffsetMs) > CLOCK_LIMIT_MS) {
    const minutes = Math.round(Math.abs(device.clockOffsetMs) / 60000);
    findings.push({
      signal: 'clock-off',
      certainty: 'strong',
      text: `This device’s clock is about ${minutes} minutes ${device.clockOffsetMs > 0 ? 'ahead' : 'behind'}.`,
      why: 'Measured against this site’s server. A wrong clock does not cause error 1020, but it can set off Cloudflare’s “Incorrect device time” page.',
    });
  }
  const rank: Record<Certainty, number> = { strong: 0, likely: 1, possible: 2, info: 3 };
  findings.sort((a, b) => rank[a.certainty] - rank[b.certainty]);
  return { findings, signals: [...new Set(findings.flatMap((f) => (f.signal ? [f.signal] : [])))] };
}
