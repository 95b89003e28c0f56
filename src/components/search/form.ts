import { SearchCombobox } from './combobox';
import { el } from './render';

/**
 * Live results under a search box on the page (home, 404). The form stays a plain GET form
 * to the search page: Enter with no result chosen still goes there.
 */
export function enhanceForm(host: HTMLElement, input: HTMLInputElement): SearchCombobox {
  const status = el('p', 'mt-2 text-sm text-slate-600 dark:text-slate-400');
  status.setAttribute('role', 'status');
  const listbox = el('div', 'mt-2 max-h-[60vh] max-w-xl overflow-y-auto rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900');
  listbox.setAttribute('aria-label', 'Results');
  listbox.hidden = true;
  const empty = el('div', 'mt-2 max-w-xl rounded-lg border border-slate-200 p-3 dark:border-slate-700');
  empty.hidden = true;
  host.append(status, empty, listbox);
  const combobox = new SearchCombobox({ input, listbox, status, empty, limit: 6 });
  input.addEventListener('keydown', (event) => {
    // Escape empties the box first, as a native search field does, and hides the results.
    if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      combobox.clear();
    }
  });
  return combobox;
}
