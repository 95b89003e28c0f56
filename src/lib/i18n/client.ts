import { translator, type Translate } from './ui';
import type { UiKey } from './ui-keys';

/*
 * UI texts for scripts. A script has no texts of its own: the page hands it the ones it needs
 * in a `data-ui` attribute (JSON, written by `uiJson` at build time in the page's language),
 * and the script reads them with `readUi`.
 */

/** The templates of `keys` in one language, as the value of a `data-ui` attribute. */
export function uiJson(t: Translate, keys: readonly UiKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)])));
}

/** The texts in the `data-ui` attributes of `elements` (merged, later ones winning), in the page's language. */
export function readUi(...elements: (Element | null | undefined)[]): Translate {
  const texts: Record<string, string> = {};
  for (const element of elements) {
    const raw = element?.getAttribute('data-ui');
    if (!raw) continue;
    try {
      Object.assign(texts, JSON.parse(raw) as Record<string, string>);
    } catch {
      // A malformed attribute gives no texts; the keys show instead.
    }
  }
  return translator(texts, {}, document.documentElement.lang || 'en');
}
