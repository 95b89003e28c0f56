import { SearchCombobox } from './combobox';
import { fromTemplate, part } from './render';

/**
 * Live results under a search box on the page (home, 404), made from the box's own
 * `<template data-search-live-results>`. The form stays a plain GET form to the search page:
 * Enter with no result chosen still goes there.
 */
export function enhanceForm(host: HTMLElement, input: HTMLInputElement): SearchCombobox {
  const parts = fromTemplate('search-live-results', host);
  const listbox = part(parts, 'results');
  const status = part(parts, 'status');
  const empty = part(parts, 'empty');
  host.append(parts);
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
