import { searchAddress } from '../../lib/search/search-address';
import { SearchCombobox } from './combobox';
import { elementFrom, part } from './render';

/*
 * The search dialog, made from its <template> (SearchTemplates.astro) on first use, so that
 * no page carries it in its document until then. It is a native modal <dialog>: the browser
 * traps focus, makes the page behind it inert and closes it on Escape; this module puts focus
 * back where it was.
 */

let dialog: HTMLDialogElement | undefined;
let combobox: SearchCombobox | undefined;
let returnTo: HTMLElement | null = null;

function build(): { dialog: HTMLDialogElement; combobox: SearchCombobox } {
  const d = elementFrom<HTMLDialogElement>('search-dialog');
  const input = d.querySelector<HTMLInputElement>('input[name="q"]');
  if (!input) throw new Error('The search dialog has no search box.');
  const all = part<HTMLAnchorElement>(d, 'all');
  const searchPage = all.href;
  part(d, 'close').addEventListener('click', () => d.close());
  document.body.append(d);

  d.addEventListener('click', (event) => {
    // A click on the backdrop lands on the dialog element itself.
    if (event.target === d) d.close();
  });
  d.addEventListener('close', () => {
    if (returnTo?.isConnected) returnTo.focus();
    returnTo = null;
  });

  const box = new SearchCombobox({
    input,
    listbox: part(d, 'results'),
    status: part(d, 'status'),
    empty: part(d, 'empty'),
    limit: 6,
    onSearch: (query) => {
      all.href = query ? searchPage + searchAddress(query) : searchPage;
    },
  });
  return { dialog: d, combobox: box };
}

/** Opens the dialog; focus goes back to `from` (or whatever had it) when it closes. */
export function openSearchDialog(from: HTMLElement | null) {
  if (!dialog || !combobox) ({ dialog, combobox } = build());
  if (dialog.open) return;
  returnTo = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  dialog.showModal();
  const input = dialog.querySelector('input');
  input?.focus();
  input?.select();
}
