import { readUi } from '../../lib/i18n/client';
import { href } from '../../lib/paths';
import { forgivingSearch } from '../../lib/search/forgiving';
import { isTroubleshooterPath, queryFromPath } from '../../lib/search/not-found-address';
import { loadPagefind } from '../../lib/search/pagefind-client';
import { shapeResult } from '../../lib/search/shape-result';
import { loadVocabulary } from '../../lib/search/vocabulary-client';
import { resultItem } from './render';

/** How many pages the 404 page offers. */
const TOP = 5;

/**
 * The 404 page searches for the words of the address that failed and offers the best
 * matches. A dead address under the troubleshooter is a step that was renamed or removed,
 * so it also says that and offers to start again.
 */
class KbNotFound extends HTMLElement {
  connectedCallback() {
    const base = href();
    const path = location.pathname;
    if (isTroubleshooterPath(path, base)) {
      // The notice leads back to the troubleshooter, so the list need not say it twice.
      this.querySelector<HTMLElement>('[data-step-gone]')?.removeAttribute('hidden');
      this.querySelector<HTMLElement>('[data-troubleshooter-link]')?.setAttribute('hidden', '');
    }
    const query = queryFromPath(path, base);
    if (query === '') return;
    const input = document.querySelector<HTMLInputElement>('#not-found-q');
    if (input && input.value === '') input.value = query;
    void this.#search(query);
  }

  async #search(query: string) {
    const section = this.querySelector<HTMLElement>('[data-matches]');
    const list = this.querySelector<HTMLOListElement>('[data-matches-list]');
    const title = this.querySelector<HTMLElement>('[data-matches-title]');
    if (!section || !list || !title) return;
    try {
      const pagefind = await loadPagefind(href());
      // An address is rarely a good query: it is tried whole, then with its typos
      // corrected, then word by word.
      const answer = await forgivingSearch(pagefind, query, {}, () => loadVocabulary(href(), document.documentElement.lang));
      const results = answer?.results ?? [];
      if (results.length === 0) return;
      const data = await Promise.all(results.slice(0, TOP).map((r) => r.data()));
      list.replaceChildren(...data.map((d) => resultItem(shapeResult(d, 0))));
      title.textContent = readUi(this)('notFound.matchesFor', { query });
      section.hidden = false;
    } catch {
      // Without search the page still offers the home page, the index and the troubleshooter.
    }
  }
}

if (!customElements.get('kb-not-found')) customElements.define('kb-not-found', KbNotFound);
