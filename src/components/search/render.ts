import { badgeClass } from '../../lib/search/badges';
import type { ForgivingAnswer } from '../../lib/search/forgiving';
import type { ExcerptPart, ShapedResult } from '../../lib/search/results';

/** Creates an element with classes and text; never parses HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as text nodes and `<mark>` elements. */
export function excerpt(parts: readonly ExcerptPart[], className: string): HTMLElement {
  const p = el('p', className);
  for (const part of parts) {
    if (part.mark) p.append(el('mark', 'rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300', part.text));
    else p.append(part.text);
  }
  return p;
}

export function badge(result: Pick<ShapedResult, 'kind' | 'kindLabel'>): HTMLElement {
  return el('span', badgeClass(result.kind), result.kindLabel);
}

const OPTION =
  'block cursor-pointer rounded-lg px-3 py-2 text-slate-900 no-underline outline-none hover:bg-slate-100 aria-selected:bg-accent-100 aria-selected:ring-2 aria-selected:ring-accent-600 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-selected:bg-accent-900 dark:aria-selected:ring-accent-300';

/**
 * One result as listbox options: the page, then its sections indented below it. Options
 * are links, so a click, a middle click or "open in new tab" work as usual; they are kept
 * out of the tab order because the box moves between them with the arrow keys. Each
 * option's name is its visible text (title, kind, excerpt), so what a screen reader says
 * matches what is shown.
 */
export function resultOptions(result: ShapedResult, id: string): HTMLElement {
  const group = el('div', 'py-1');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', `${id}-t`);

  const page = el('a', OPTION);
  page.href = result.url;
  page.id = id;
  page.tabIndex = -1;
  page.setAttribute('role', 'option');
  page.setAttribute('aria-selected', 'false');
  const head = el('span', 'flex items-start justify-between gap-2');
  const title = el('span', 'font-semibold', result.title);
  title.id = `${id}-t`;
  head.append(title, badge(result));
  const text = excerpt(result.excerpt.length > 0 ? result.excerpt : [{ text: result.description, mark: false }], 'mt-0.5 line-clamp-2 text-sm text-slate-600 dark:text-slate-300');
  page.append(head, text);
  group.append(page);

  result.subResults.forEach((sub, i) => {
    const subId = `${id}-${i}`;
    const option = el('a', `${OPTION} ml-4 border-l-2 border-slate-200 dark:border-slate-700`);
    option.href = sub.url;
    option.id = subId;
    option.tabIndex = -1;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.append(el('span', 'text-sm font-medium', sub.title), excerpt(sub.excerpt, 'line-clamp-1 text-sm text-slate-600 dark:text-slate-300'));
    group.append(option);
  });
  return group;
}

const LINK = 'text-accent-700 underline underline-offset-2 hover:text-accent-800 dark:text-accent-300 dark:hover:text-accent-200';

/** One result as a list item of ordinary links, for the search page and the 404 page. */
export function resultItem(result: ShapedResult, headingLevel: 'h2' | 'h3'): HTMLLIElement {
  const item = el('li', 'rounded-lg border border-slate-200 p-4 dark:border-slate-700');
  const head = el('div', 'flex flex-wrap items-center gap-2');
  const heading = el(headingLevel, 'text-lg font-semibold');
  const link = el('a', LINK, result.title);
  link.href = result.url;
  heading.append(link);
  head.append(badge(result), heading);
  item.append(head);
  if (result.description) item.append(el('p', 'mt-1 text-slate-700 dark:text-slate-300', result.description));
  if (result.excerpt.length > 0) item.append(excerpt(result.excerpt, 'mt-1 text-sm text-slate-600 dark:text-slate-400'));
  if (result.subResults.length > 0) {
    const list = el('ul', 'mt-2 space-y-1 border-l-2 border-slate-200 pl-4 text-sm dark:border-slate-700');
    for (const sub of result.subResults) {
      const li = el('li');
      const subLink = el('a', LINK, sub.title);
      subLink.href = sub.url;
      li.append(subLink);
      li.append(excerpt(sub.excerpt, 'text-slate-600 dark:text-slate-400'));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/**
 * What to say when nothing matches the query as typed. When a corrected query, or some of
 * its words, found pages, they are shown instead and this says so; either way it offers the
 * troubleshooter.
 */
export function noResults(query: string, answer: Pick<ForgivingAnswer, 'match' | 'shownQuery'>, troubleshooterUrl: string): HTMLElement {
  const box = el('div', 'space-y-1 text-slate-700 dark:text-slate-300');
  const first = el('p', '');
  const words = query.trim().includes(' ') && answer.match === 'some' ? 'all of ' : '';
  first.append(el('span', 'font-semibold text-slate-900 dark:text-white', `No page matches ${words}“${query.trim()}”.`));
  if (answer.match === 'corrected') first.append(' Showing results for ', el('strong', 'text-slate-900 dark:text-white', answer.shownQuery ?? ''), ' instead.');
  if (answer.match === 'some') first.append(' Showing pages that match some of the words.');
  box.append(first);
  const found = answer.match === 'corrected' || answer.match === 'some';
  const p = el('p', '', found ? 'Not what you need? ' : 'Check the spelling, try fewer or other words, or ');
  const link = el('a', LINK, found ? 'Answer a few questions in the troubleshooter' : 'answer a few questions in the troubleshooter');
  link.href = troubleshooterUrl;
  p.append(link, '.');
  box.append(p);
  return box;
}

export { LINK as linkClass };
