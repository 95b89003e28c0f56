import { PLATFORM_KEY, choosePlatform, detectPlatforms } from '../../lib/platforms';
import { readStorage, writeStorage } from '../../lib/safe-storage';

const CHANGE = 'kb-platform-change';

/**
 * Turns stacked platform sections into tabs (WAI-ARIA tabs pattern, automatic activation).
 * A choice is remembered and applied to every other block on the page and on later pages.
 */
class KbPlatforms extends HTMLElement {
  #tabs: HTMLButtonElement[] = [];
  #panels: HTMLElement[] = [];
  #onHash = () => this.#selectFromHash(true);
  #onChange = (event: Event) => {
    const platform = (event as CustomEvent<string>).detail;
    if (this.#panels.some((p) => p.dataset['platform'] === platform)) this.#select(platform, false);
  };

  connectedCallback() {
    this.#panels = [...this.querySelectorAll<HTMLElement>(':scope > section.kb-platform')];
    if (this.#panels.length < 2 || this.#tabs.length > 0) return;

    const list = document.createElement('div');
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', this.dataset['label'] ?? '');
    list.className = 'kb-tablist';
    for (const panel of this.#panels) {
      const name = panel.dataset['platform'] ?? '';
      const title = panel.querySelector<HTMLElement>('.kb-platform-title');
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.id = `${panel.id}-tab`;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-controls', panel.id);
      tab.textContent = title?.textContent ?? name;
      tab.addEventListener('click', () => this.#select(name, true));
      tab.addEventListener('keydown', (e) => this.#onKey(e));
      list.append(tab);
      this.#tabs.push(tab);
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      // The tab shows the name, so the heading is only hidden visually: steps inside a panel
      // are h4 under it, and removing it would leave them skipping a level for screen readers.
      if (title) title.classList.add('sr-only');
    }
    this.prepend(list);
    this.dataset['enhanced'] = '';

    if (!this.#selectFromHash(false)) {
      const chosen = choosePlatform({
        available: this.#panels.map((p) => p.dataset['platform'] ?? ''),
        stored: readStorage(PLATFORM_KEY),
        detected: detectPlatforms(navigator.userAgent),
      });
      if (chosen) this.#select(chosen, false);
    }
    window.addEventListener('hashchange', this.#onHash);
    document.addEventListener(CHANGE, this.#onChange);
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHash);
    document.removeEventListener(CHANGE, this.#onChange);
  }

  /** Shows the section the address points at (or that contains its target). */
  #selectFromHash(scroll: boolean): boolean {
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id) return false;
    const target = document.getElementById(id);
    const panel = this.#panels.find((p) => p === target || (target !== null && p.contains(target)));
    if (!panel) return false;
    this.#select(panel.dataset['platform'] ?? '', false);
    if (scroll) target?.scrollIntoView();
    return true;
  }

  #select(platform: string, byReader: boolean) {
    this.#panels.forEach((panel, i) => {
      const selected = panel.dataset['platform'] === platform;
      panel.hidden = !selected;
      const tab = this.#tabs[i];
      if (!tab) return;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    });
    if (byReader) {
      writeStorage(PLATFORM_KEY, platform);
      document.dispatchEvent(new CustomEvent(CHANGE, { detail: platform }));
    }
  }

  #onKey(event: KeyboardEvent) {
    const index = this.#tabs.indexOf(event.currentTarget as HTMLButtonElement);
    const last = this.#tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    const tab = this.#tabs[next];
    const panel = this.#panels[next];
    if (!tab || !panel) return;
    this.#select(panel.dataset['platform'] ?? '', true);
    tab.focus();
  }
}

if (!customElements.get('kb-platforms')) customElements.define('kb-platforms', KbPlatforms);
