import { href } from '../../lib/paths';
import { HIGHLIGHT_PARAM } from '../../lib/search/constants';

/*
 * Everything in this file ships on every page, so it stays small: it only knows how to
 * open the dialog, whose code is fetched the first time the reader asks for it.
 */

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function isApple(): boolean {
  return /Mac|iPhone|iPad|iPod/.test(navigator.platform || navigator.userAgent);
}

/**
 * Opens the dialog, or, when its code cannot be fetched (offline, or a newer deploy replaced
 * the file), goes to `fallback`, the search page, which works on its own.
 */
function open(from: HTMLElement | null, fallback: string) {
  import('./dialog').then(({ openSearchDialog }) => openSearchDialog(from)).catch(() => location.assign(fallback));
}

/**
 * The header's search control. Without JavaScript it is a link to the search page; the
 * script swaps in a button that opens the search dialog and shows the shortcuts.
 */
class KbSearchTrigger extends HTMLElement {
  #link: HTMLAnchorElement | null = null;
  #button: HTMLButtonElement | null = null;
  #open = () => open(this.#button, this.#link?.href ?? '');
  #onKey = (event: KeyboardEvent) => {
    const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey;
    const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target);
    if (!shortcut && !slash) return;
    event.preventDefault();
    this.#open();
  };

  connectedCallback() {
    const link = (this.#link = this.querySelector('a'));
    this.#button = this.querySelector('button');
    if (!link || !this.#button) return;
    const apple = isApple();
    this.#button.setAttribute('aria-keyshortcuts', apple ? 'Meta+K /' : 'Control+K /');
    const mod = this.querySelector<HTMLElement>('[data-mod]');
    if (mod && apple) mod.textContent = '⌘';
    this.#button.addEventListener('click', this.#open);
    document.addEventListener('keydown', this.#onKey);
    link.hidden = true;
    this.#button.hidden = false;
  }

  disconnectedCallback() {
    this.#button?.removeEventListener('click', this.#open);
    document.removeEventListener('keydown', this.#onKey);
  }
}

if (!customElements.get('kb-search-trigger')) customElements.define('kb-search-trigger', KbSearchTrigger);

/*
 * A reader who arrives from a search result has the searched words in the address; only
 * then is Pagefind's highlighter fetched. Its own styles are off (they would need an inline
 * <style>, which the site's policy forbids); the browser's <mark> style shows the words.
 */
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const url = `${href()}pagefind/pagefind-highlight.js`;
  void import(/* @vite-ignore */ url)
    .then(({ default: Highlight }: { default: new (options: object) => unknown }) => new Highlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }))
    .catch(() => {
      // Highlighting is a nicety; the page reads the same without it.
    });
}
