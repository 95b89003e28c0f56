import { href } from '../../lib/paths';
import { forgivingSearch } from '../../lib/search/forgiving';
import { loadPagefind } from '../../lib/search/pagefind-client';
import { shapeResult, type ShapedResult } from '../../lib/search/shape-result';
import { answerMessage } from '../../lib/search/status-message';
import { loadVocabulary } from '../../lib/search/vocabulary-client';
import { noResults, resultOptions, searchUi } from './render';

export interface ComboboxParts {
  input: HTMLInputElement;
  /** Gets the options. */
  listbox: HTMLElement;
  /** Polite live region for the result count. */
  status: HTMLElement;
  /** Where "no results" help goes; outside the listbox, which may hold only options. */
  empty: HTMLElement;
  /** How many pages to show. */
  limit: number;
  /** Called after every search with the query, so a caller can update a link. */
  onSearch?: (query: string) => void;
}

let counter = 0;

/**
 * A search box with live results, following the WAI-ARIA combobox pattern with a listbox
 * popup: focus stays in the box, the arrow keys move the active option
 * (`aria-activedescendant`), Enter opens it, and the live region says how many results
 * there are. Used by the search dialog and by the search boxes on the home and 404 pages.
 */
export class SearchCombobox {
  #parts: ComboboxParts;
  #prefix = `kb-opt-${++counter}`;
  #options: HTMLAnchorElement[] = [];
  #active = -1;
  #query = '';

  constructor(parts: ComboboxParts) {
    this.#parts = parts;
    const { input, listbox } = parts;
    if (!listbox.id) listbox.id = `${this.#prefix}-list`;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listbox.id);
    input.setAttribute('aria-expanded', 'false');
    listbox.setAttribute('role', 'listbox');
    // Start fetching Pagefind while the reader types the first word; a failure shows with the first search.
    loadPagefind(href()).catch(() => {});
    input.addEventListener('input', this.#onInput);
    input.addEventListener('keydown', this.#onKey);
    listbox.addEventListener('mousemove', this.#onHover);
    if (input.value.trim()) void this.#search(input.value);
  }

  destroy() {
    this.#parts.input.removeEventListener('input', this.#onInput);
    this.#parts.input.removeEventListener('keydown', this.#onKey);
    this.#parts.listbox.removeEventListener('mousemove', this.#onHover);
  }

  clear() {
    this.#parts.input.value = '';
    void this.#search('');
  }

  #onInput = () => void this.#search(this.#parts.input.value);

  #onHover = (event: MouseEvent) => {
    const option = (event.target as Element).closest<HTMLAnchorElement>('[role="option"]');
    const index = option ? this.#options.indexOf(option) : -1;
    if (index >= 0 && index !== this.#active) this.#activate(index, false);
  };

  #onKey = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    const count = this.#options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = this.#active < 0 ? (step > 0 ? 0 : count - 1) : (this.#active + step + count) % count;
      this.#activate(next, true);
    } else if (event.key === 'Enter') {
      const option = this.#options[this.#active];
      if (!option) return;
      event.preventDefault();
      window.location.assign(option.href);
    }
  };

  #activate(index: number, scroll: boolean) {
    const previous = this.#options[this.#active];
    previous?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const option = this.#options[index];
    if (!option) {
      this.#parts.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.#parts.input.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  }

  async #search(raw: string) {
    const query = raw.trim();
    this.#query = query;
    this.#parts.onSearch?.(query);
    if (query === '') {
      this.#render([]);
      this.#parts.status.textContent = '';
      return;
    }
    const { status, empty } = this.#parts;
    try {
      const pagefind = await loadPagefind(href());
      const answer = await forgivingSearch(pagefind, query, {}, () => loadVocabulary(href(), document.documentElement.lang), 120);
      // A newer keystroke started another search; its answer will render instead.
      if (answer === null || query !== this.#query) return;
      const shaped = (await Promise.all(answer.results.slice(0, this.#parts.limit).map((r) => r.data()))).map((d) => shapeResult(d, 3));
      if (query !== this.#query) return;
      this.#render(shaped);
      status.textContent = answerMessage(query, answer, searchUi());
      // The note below says the same as the count, in more words; screen readers hear the count once.
      status.classList.toggle('sr-only', answer.match !== 'all');
      if (answer.match !== 'all') {
        empty.replaceChildren(noResults(query, answer));
        empty.hidden = false;
      }
    } catch {
      // Pagefind, an index chunk or a result could not be fetched; the next keystroke tries again.
      if (query !== this.#query) return;
      this.#render([]);
      status.classList.remove('sr-only');
      status.textContent = searchUi()('search.failed');
    }
  }

  #render(results: ShapedResult[]) {
    const { listbox, input, empty } = this.#parts;
    listbox.replaceChildren(...results.map((result, i) => resultOptions(result, `${this.#prefix}-${i}`)));
    const place = (option: HTMLAnchorElement | undefined) => (option ? option.pathname + option.hash : undefined);
    const chosen = place(this.#options[this.#active]);
    this.#options = [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
    this.#active = -1;
    input.removeAttribute('aria-activedescendant');
    // Results refresh as the reader types; the option they moved to stays chosen if it is still there.
    const kept = chosen === undefined ? -1 : this.#options.findIndex((option) => place(option) === chosen);
    if (kept >= 0) this.#activate(kept, false);
    input.setAttribute('aria-expanded', String(results.length > 0));
    listbox.hidden = results.length === 0;
    empty.replaceChildren();
    empty.hidden = true;
  }
}
