import { href } from '../../lib/paths';
import { forgivingSearch } from '../../lib/search/forgiving';
import { loadPagefind } from '../../lib/search/pagefind-client';
import { codeFromParams, kindsFromParams, searchAddress } from '../../lib/search/search-address';
import { shapeResult } from '../../lib/search/shape-result';
import { answerMessage } from '../../lib/search/status-message';
import { loadVocabulary } from '../../lib/search/vocabulary-client';
import { noResults, resultItem, searchUi } from './render';

/** Results per page of the search page; "Show more" adds as many again. */
const PAGE_SIZE = 10;

/**
 * The search page: its address (`?q=…&kind=…&code=…`) is the search, so it can be shared and
 * reloaded. The form stays a GET form; with JavaScript, typing and ticking filters update
 * the results and the address in place.
 */
class KbSearchPage extends HTMLElement {
  #input: HTMLInputElement | null = null;
  #filters: HTMLInputElement[] = [];
  #code: HTMLSelectElement | null = null;
  /** The error codes the select offers (its first option, "any", is empty). */
  #codes = () => [...(this.#code?.options ?? [])].map((o) => o.value).filter((v) => v !== '');
  #status: HTMLElement | null = null;
  #results: HTMLOListElement | null = null;
  #empty: HTMLElement | null = null;
  #more: HTMLButtonElement | null = null;
  #run = 0;
  #title = '';
  #shown = PAGE_SIZE;
  #onInput = () => {
    this.#shown = PAGE_SIZE;
    void this.#search(true);
  };
  #onSubmit = (event: Event) => {
    event.preventDefault();
    void this.#search(true);
  };
  #onPop = () => this.#readAddress();
  #onMore = () => {
    this.#shown += PAGE_SIZE;
    void this.#search(false);
  };

  connectedCallback() {
    const form = this.querySelector('form');
    this.#title = document.title;
    this.#input = this.querySelector('input[name="q"]');
    this.#filters = [...this.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
    this.#code = this.querySelector<HTMLSelectElement>('select[name="code"]');
    this.#status = this.querySelector('[data-status]');
    this.#results = this.querySelector('[data-results]');
    this.#empty = this.querySelector('[data-empty]');
    this.#more = this.querySelector('[data-more]');
    if (!form || !this.#input || !this.#status || !this.#results || !this.#empty || !this.#more) return;
    form.addEventListener('submit', this.#onSubmit);
    this.#input.addEventListener('input', this.#onInput);
    for (const box of this.#filters) box.addEventListener('change', this.#onInput);
    this.#code?.addEventListener('change', this.#onInput);
    this.#more.addEventListener('click', this.#onMore);
    window.addEventListener('popstate', this.#onPop);
    this.#readAddress();
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#onPop);
  }

  #readAddress() {
    const params = new URLSearchParams(location.search);
    const kinds = kindsFromParams(
      params,
      this.#filters.map((f) => f.value),
    );
    if (this.#input) this.#input.value = params.get('q') ?? '';
    for (const box of this.#filters) box.checked = kinds.includes(box.value);
    if (this.#code) this.#code.value = codeFromParams(params, this.#codes());
    void this.#search(false);
  }

  async #search(updateAddress: boolean) {
    const input = this.#input;
    const status = this.#status;
    const list = this.#results;
    const empty = this.#empty;
    const more = this.#more;
    if (!input || !status || !list || !empty || !more) return;
    const run = ++this.#run;
    const query = input.value.trim();
    const kinds = this.#filters.filter((f) => f.checked).map((f) => f.value);
    const code = this.#code?.value ?? '';
    if (updateAddress) history.replaceState(null, '', searchAddress(query, kinds, code));
    document.title = query ? `“${query}” – ${this.#title}` : this.#title;
    if (query === '') {
      list.replaceChildren();
      empty.hidden = true;
      more.hidden = true;
      status.textContent = searchUi()('search.prompt');
      return;
    }
    const filters = { ...(kinds.length > 0 ? { kind: { any: kinds } } : {}), ...(code ? { code } : {}) };
    const options = kinds.length > 0 || code ? { filters } : {};
    try {
      const pagefind = await loadPagefind(href());
      const answer = await forgivingSearch(pagefind, query, options, () => loadVocabulary(href(), document.documentElement.lang), 120);
      if (answer === null || run !== this.#run) return;
      const { results } = answer;
      const data = await Promise.all(results.slice(0, this.#shown).map((r) => r.data()));
      if (run !== this.#run) return;
      list.replaceChildren(...data.map((d) => resultItem(shapeResult(d, 3))));
      more.hidden = results.length <= this.#shown;
      const hidden = answer.match === 'all' ? answer.unfilteredResultCount - results.length : 0;
      const filtered = (kinds.length > 0 || code) && hidden > 0 ? ` ${searchUi()('search.moreWithoutFilters', { count: hidden })}` : '';
      status.textContent = answerMessage(query, answer, searchUi()) + filtered;
      empty.replaceChildren();
      empty.hidden = answer.match === 'all';
      if (answer.match !== 'all') empty.append(noResults(query, answer));
    } catch {
      // Pagefind, an index chunk or a result could not be fetched; the next search tries again.
      if (run !== this.#run) return;
      list.replaceChildren();
      empty.hidden = true;
      more.hidden = true;
      status.textContent = searchUi()('search.failed');
    }
  }
}

if (!customElements.get('kb-search-page')) customElements.define('kb-search-page', KbSearchPage);
