import { CHECK_KEY, countryName, readCheck, checkText, type StoredCheck } from '../../lib/connection/check-data';
import type { CheckOutcome } from './run';
import { readUi } from '../../lib/i18n/client';
import type { UiKey } from '../../lib/i18n/ui-keys';
import { readStorage } from '../../lib/safe-storage';

/*
 * The <kb-connection-check> box. This part ships with the page and stays small: it shows a
 * result already kept in this tab, and loads the check itself (./run.ts) on the first press.
 * Every text it shows comes from the box's own markup or is set with textContent.
 */
function stored(): StoredCheck | undefined {
  return readCheck(readStorage(CHECK_KEY, 'session'));
}

class KbConnectionCheck extends HTMLElement {
  /** The box's texts in the page's language (ConnectionCheck.astro's `data-ui`). */
  #t = readUi(this);
  #lang = document.documentElement.lang || 'en';
  #onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest('button');
    if (button?.dataset['run'] !== undefined) void this.#run(button);
    else if (button?.dataset['copyCheck'] !== undefined) void this.#copy();
  };

  connectedCallback() {
    this.addEventListener('click', this.#onClick);
    const check = stored();
    if (check) this.#show(check, undefined, false);
  }

  disconnectedCallback() {
    this.removeEventListener('click', this.#onClick);
  }

  #part<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.querySelector<T>(selector);
  }

  async #run(button: HTMLButtonElement) {
    const status = this.#part('[data-status]');
    button.disabled = true;
    if (status) status.textContent = this.#t('check.running');
    let outcome: CheckOutcome;
    try {
      const { runCheck } = await import('./run');
      outcome = await runCheck(this.dataset['sameSite'] ?? '/', this.#t, this.#lang);
    } catch {
      outcome = { at: new Date().toISOString(), findings: [], signals: [], error: 'blocked' };
    }
    button.disabled = false;
    if (status) status.textContent = this.#t(outcome.error ? 'check.unreachable' : 'check.finished');
    this.#show(outcome, outcome.error, true);
    this.dispatchEvent(new CustomEvent('kb-connection-checked', { bubbles: true }));
  }

  #show(check: StoredCheck, error: string | undefined, focus: boolean) {
    const errorBox = this.#part('[data-error]');
    if (errorBox) {
      errorBox.hidden = !error;
      const text = this.#part('[data-error-text]');
      if (text && error) text.textContent = this.#t(`check.error.${error}` as UiKey);
    }
    const result = this.#part('[data-result]');
    if (!result) return;
    result.hidden = false;
    const t = check.trace;
    const traceList = this.#part('[data-trace]');
    if (traceList) traceList.hidden = !t;
    const set = (field: string, value: string) => {
      const el = this.#part(`[data-field="${field}"]`);
      if (el) el.textContent = value;
    };
    if (t) {
      set('ip', t.ip);
      set('loc', `${countryName(t.loc, this.#t, this.#lang)} (${t.loc})`);
      set('colo', t.colo ?? '–');
      set('warp', t.warp ?? '–');
    }
    set('at', new Date(check.at).toLocaleString(this.#lang));
    const list = this.#part('[data-findings]');
    const template = this.#part<HTMLTemplateElement>('template[data-finding]');
    if (list && template) {
      list.replaceChildren(
        ...check.findings.map((finding) => {
          const item = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
          const put = (selector: string, text: string) => {
            const el = item.querySelector(selector);
            if (el) el.textContent = text;
          };
          put('[data-text]', finding.text);
          put('[data-certainty]', this.#t(`check.certainty.${finding.certainty}`));
          put('[data-why]', finding.why);
          return item;
        }),
      );
    }
    const nothing = this.#part('[data-nothing]');
    if (nothing) nothing.hidden = check.findings.some((f) => f.certainty !== 'info' && f.signal !== 'location-match');
    const strong = new Set<string>(check.findings.filter((f) => f.certainty === 'strong').flatMap((f) => (f.signal ? [f.signal] : [])));
    for (const jump of this.querySelectorAll<HTMLElement>('[data-jump]')) jump.hidden = !strong.has(jump.dataset['jump'] ?? '');
    if (focus) this.#part('[data-result] [tabindex="-1"]')?.focus();
  }

  async #copy() {
    const check = stored();
    const status = this.#part('[data-check-copy-status]');
    if (!check || !status) return;
    try {
      await navigator.clipboard.writeText(checkText(check, this.#t, this.#lang).join('\n'));
      status.textContent = this.#t('check.copied');
    } catch {
      status.textContent = this.#t('check.copyFailed');
    }
  }
}

if (!customElements.get('kb-connection-check')) customElements.define('kb-connection-check', KbConnectionCheck);
