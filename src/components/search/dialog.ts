import { paths } from '../../lib/paths';
import { SearchCombobox } from './combobox';
import { el, linkClass } from './render';

/*
 * The search dialog, built on first use so that pages carry none of its markup. It is a
 * native modal <dialog>: the browser traps focus, makes the page behind it inert and closes
 * it on Escape; this module puts focus back where it was.
 */

let dialog: HTMLDialogElement | undefined;
let combobox: SearchCombobox | undefined;
let returnTo: HTMLElement | null = null;

const KBD = 'rounded border border-slate-300 bg-slate-50 px-1.5 font-mono text-xs text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200';

function build(): { dialog: HTMLDialogElement; combobox: SearchCombobox } {
  const d = el(
    'dialog',
    'm-0 mx-auto mt-0 max-h-[100dvh] w-full max-w-none flex-col overflow-hidden bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/60 open:flex sm:mt-[8vh] sm:max-h-[80vh] sm:w-[min(42rem,calc(100vw-2rem))] sm:rounded-xl dark:bg-slate-900 dark:text-slate-100',
  );
  d.id = 'kb-search-dialog';
  d.setAttribute('aria-labelledby', 'kb-search-dialog-title');

  const form = el('form', 'flex items-center gap-2 border-b border-slate-200 p-3 dark:border-slate-700');
  form.action = paths.search();
  form.method = 'get';
  form.setAttribute('role', 'search');
  const title = el('h2', 'sr-only', 'Search the guides');
  title.id = 'kb-search-dialog-title';
  const label = el('label', 'sr-only', 'Search the guides');
  label.htmlFor = 'kb-search-dialog-q';
  const input = el(
    'input',
    'min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-lg text-slate-900 placeholder:text-slate-500 dark:border-slate-600 dark:bg-slate-950 dark:text-white dark:placeholder:text-slate-400',
  );
  input.id = 'kb-search-dialog-q';
  input.name = 'q';
  input.type = 'search';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.placeholder = 'Error code, message or fix';
  input.enterKeyHint = 'search';
  const close = el('button', 'rounded-md px-2 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => d.close());
  form.append(title, label, input, close);

  const status = el('p', 'px-4 pt-2 text-sm text-slate-600 dark:text-slate-400');
  status.setAttribute('role', 'status');
  const listbox = el('div', 'min-h-0 flex-1 overflow-y-auto overscroll-contain px-2 pb-2');
  listbox.id = 'kb-search-dialog-results';
  listbox.setAttribute('aria-label', 'Results');
  listbox.hidden = true;
  const empty = el('div', 'px-4 pb-2');
  empty.hidden = true;

  const footer = el('div', 'flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 px-4 py-2 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-400');
  const keys = el('p', 'hidden gap-3 sm:flex');
  keys.setAttribute('aria-hidden', 'true');
  for (const [key, what] of [
    ['↑ ↓', 'move'],
    ['Enter', 'open'],
    ['Esc', 'close'],
  ] as const) {
    const span = el('span');
    span.append(el('kbd', KBD, key), ` ${what}`);
    keys.append(span);
  }
  const all = el('a', linkClass, 'All results on the search page');
  all.href = paths.search();
  footer.append(keys, all);

  d.append(form, status, empty, listbox, footer);
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
    listbox,
    status,
    empty,
    limit: 8,
    onSearch: (query) => {
      all.href = query ? `${paths.search()}?q=${encodeURIComponent(query)}` : paths.search();
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
