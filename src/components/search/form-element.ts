/*
 * Only this ships with a page that has a search box: the search code loads when the
 * reader focuses the box.
 */
class KbSearchForm extends HTMLElement {
  #input: HTMLInputElement | null = null;
  #started = false;
  #onFocus = () => {
    if (this.#started || !this.#input) return;
    this.#started = true;
    const input = this.#input;
    import('./form')
      .then(({ enhanceForm }) => enhanceForm(this, input))
      .catch(() => {
        // Without the live results (offline, or a newer deploy replaced the file) the box is
        // still a plain GET form: Enter and the button take the query to the search page.
        // Trying again is pointless: the browser keeps a failed module import for the page's life.
      });
  };

  connectedCallback() {
    if (!this.hasAttribute('data-live')) return;
    this.#input = this.querySelector('input[name="q"]');
    this.#input?.addEventListener('focus', this.#onFocus);
    if (this.#input && document.activeElement === this.#input) this.#onFocus();
  }

  disconnectedCallback() {
    this.#input?.removeEventListener('focus', this.#onFocus);
  }
}

if (!customElements.get('kb-search-form')) customElements.define('kb-search-form', KbSearchForm);
