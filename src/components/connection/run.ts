import { CHECK_KEY, TRACE_PAGE, type StoredCheck, type Trace } from '../../lib/connection/check-data';
import { infer, parseTrace } from '../../lib/connection/infer';
import type { Translate } from '../../lib/i18n/ui';
import { writeStorage } from '../../lib/safe-storage';

/*
 * The connection check itself, loaded the first time a reader presses the button. It makes
 * the one request to another site this knowledge base ever makes, to Cloudflare's trace page,
 * and one to this site for its clock. Nothing is sent anywhere else.
 */

/** How long to wait for Cloudflare before giving up. */
const TIMEOUT_MS = 5000;

export type TraceError = 'offline' | 'blocked' | 'timeout' | 'malformed';
export type CheckOutcome = StoredCheck & { error?: TraceError | undefined };

async function fetchTrace(): Promise<{ trace: Trace } | { error: TraceError }> {
  if (!navigator.onLine) return { error: 'offline' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(TRACE_PAGE, { cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal });
    if (!response.ok) return { error: 'blocked' };
    const parsed = parseTrace(await response.text());
    return parsed.ok ? { trace: parsed.trace } : { error: 'malformed' };
  } catch {
    return { error: controller.signal.aborted ? 'timeout' : 'blocked' };
  } finally {
    clearTimeout(timer);
  }
}

/** This device's clock against this site's server, from the `Date` header of a small request to the site. */
async function clockOffset(sameSiteUrl: string): Promise<number | undefined> {
  try {
    const before = Date.now();
    const response = await fetch(sameSiteUrl, { method: 'HEAD', cache: 'no-store' });
    const after = Date.now();
    const server = Date.parse(response.headers.get('date') ?? '');
    // The header has whole seconds, so half a second is the best it can say.
    return Number.isNaN(server) ? undefined : (before + after) / 2 - (server + 500);
  } catch {
    return undefined;
  }
}

/** Runs the check; `t` gives the findings' texts in the page's language, `lang`. */
export async function runCheck(sameSiteUrl: string, t: Translate, lang: string): Promise<CheckOutcome> {
  const [result, offset] = await Promise.all([fetchTrace(), clockOffset(sameSiteUrl)]);
  const trace = 'trace' in result ? result.trace : undefined;
  const { findings, signals } = infer(
    trace,
    {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      languages: navigator.languages ?? [navigator.language],
      userAgent: navigator.userAgent,
      cookiesEnabled: navigator.cookieEnabled,
      clockOffsetMs: offset,
      now: new Date(),
    },
    t,
    lang,
  );
  const check: StoredCheck = { at: new Date().toISOString(), trace, findings, signals };
  // If storage is blocked, the result is still shown on this page.
  writeStorage(CHECK_KEY, JSON.stringify(check), 'session');
  return { ...check, error: 'error' in result ? result.error : undefined };
}
