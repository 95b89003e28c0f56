import { applyTheme, readTheme, THEME_KEY } from '../lib/theme';
import { writeStorage } from '../lib/safe-storage';

/** The light / dark / auto switch: it stores the choice and applies it at once. */
class KbThemeSwitch extends HTMLElement {
  #select: HTMLSelectElement | null = null;
  #onChange = () => {
    const value = this.#select?.value;
    if (value === 'light' || value === 'dark' || value === 'auto') {
      writeStorage(THEME_KEY, value);
      applyTheme(value);
    }
  };

  connectedCallback() {
    this.#select = this.querySelector('select');
    if (!this.#select) return;
    this.#select.value = readTheme();
    this.#select.addEventListener('change', this.#onChange);
    this.hidden = false;
  }

  disconnectedCallback() {
    this.#select?.removeEventListener('change', this.#onChange);
  }
}

if (!customElements.get('kb-theme-switch')) customElements.define('kb-theme-switch', KbThemeSwitch);
