import type { Translate } from '../i18n/ui.ts';
import { uiKeysFor } from '../i18n/ui-keys.ts';
/*
 * What a connection check produces and keeps: shared by the check itself (loaded on first use)
 * and by the troubleshooter island, which only reads a stored result. Nothing here is large.
 */

/** Signals the engine can find. A troubleshooter file maps them to its answers (`suggestedBy`). */
export const SIGNALS = [
  'warp-on',
  'gateway-on',
  'tor',
  'location-mismatch',
  'location-match',
  'private-relay-possible',
  'outdated-browser',
  'cookies-off',
  'clock-off',
] as const;
export type Signal = (typeof SIGNALS)[number];

/** How sure a finding is: strong (the data says so), likely, possible, or only for information. */
export type Certainty = 'strong' | 'likely' | 'possible' | 'info';

export interface Finding {
  /** The signal it raises, if any; findings without one only inform. */
  signal?: Signal | undefined;
  certainty: Certainty;
  /** One sentence in plain words: what the check saw and what it probably means. */
  text: string;
  /** Why the check thinks so, and how sure that can be. */
  why: string;
}

/** The fields of Cloudflare's trace page the check uses; anything else on the page is ignored. */
export interface Trace {
  ip: string;
  loc: string;
  colo?: string | undefined;
  warp?: 'off' | 'on' | 'plus' | undefined;
  gateway?: 'off' | 'on' | undefined;
}

/** A country's name in `lang` ("DE" → "Germany"); Tor and unknown codes get a plain description. */
export function countryName(code: string, t: Translate, lang: string): string {
  if (code === 'T1') return t('check.tor');
  if (code === 'XX') return t('check.unknownCountry');
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** What the check keeps in the tab (sessionStorage), so the troubleshooter and the summary can use it. */
export interface StoredCheck {
  /** When the check ran, ISO 8601. */
  at: string;
  trace?: Trace | undefined;
  findings: Finding[];
  signals: Signal[];
}

export const CHECK_KEY = 'kb-connection-check';

/** The UI texts of the check's result as text (`checkText`), which the troubleshooter's summary uses too. */
export const CHECK_TEXT_KEYS = uiKeysFor(['check.text', 'check.tor', 'check.unknown']);

/** The UI texts the check's script uses, from finding texts to the copied summary; the box hands them over in `data-ui`. */
export const CHECK_UI_KEYS = uiKeysFor([
  'check.text',
  'check.tor',
  'check.unknown',
  'check.error.',
  'check.certainty.',
  'finding.',
  'check.running',
  'check.unreachable',
  'check.finished',
  'check.cop',
]);

/** Reads a stored check; anything that does not look like one is ignored. */
export function readCheck(raw: string | null): StoredCheck | undefined {
  if (!raw) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<StoredCheck>;
    if (typeof data.at !== 'string' || !Array.isArray(data.findings) || !Array.isArray(data.signals)) return undefined;
    const signals = data.signals.filter((s): s is Signal => (SIGNALS as readonly string[]).includes(s));
    const findings = data.findings.filter((f): f is Finding => typeof f?.text === 'string' && typeof f.why === 'string');
    return { at: data.at, trace: data.trace, findings, signals };
  } catch {
    return undefined;
  }
}

/** The check as plain text in the page's language, for support or to copy on its own. */
export function checkText(check: StoredCheck, t: Translate, lang = 'en'): string[] {
  const trace = check.trace;
  return [
    t('check.textTitle', { at: check.at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC') }),
    ...(trace
      ? [
          `- ${t('check.textIp', { ip: trace.ip })}`,
          `- ${t('check.textCountry', { country: countryName(trace.loc, t, lang), code: trace.loc })}`,
          `- ${t('check.textColo', { colo: trace.colo ?? t('check.unknown') })}`,
          `- ${t('check.textWarp', { warp: trace.warp ?? t('check.unknown') })}`,
        ]
      : [`- ${t('check.textNoTrace')}`]),
    ...check.findings.map((f) => `- ${f.text}`),
  ];
}

/** Cloudflare's trace page, which readers can also open by hand. */
export const TRACE_PAGE = 'https://www.cloudflare.com/cdn-cgi/trace';
