import { readUi } from '../../lib/i18n/client';
import type { Translate } from '../../lib/i18n/ui';
import type { ExcerptPart } from '../../lib/search/excerpt';
import type { ForgivingAnswer } from '../../lib/search/forgiving';
import type { ShapedResult } from '../../lib/search/shape-result';

/*
 * Search results as DOM, from the server-rendered <template>s of SearchTemplates.astro and
 * ResultTemplates.astro: the markup and its classes live there; this file only clones it and
 * fills it with text nodes, so nothing from the index or the query is ever parsed as HTML.
 */

let ui: Translate | undefined;

/** The search's UI texts, in the page's language (SearchTemplates.astro puts them on the page). */
export function searchUi(): Translate {
  ui ??= readUi(document.querySelector('template[data-search-ui]'));
  return ui;
}

/** A copy of the content of the `<template data-NAME>` in `scope`. */
export function fromTemplate(name: string, scope: ParentNode = document): DocumentFragment {
  const template = scope.querySelector<HTMLTemplateElement>(`template[data-${name}]`);
  if (!template) throw new Error(`This page has no <template data-${name}> for search.`);
  return template.content.cloneNode(true) as DocumentFragment;
}

/** A copy of the one element the `<template data-NAME>` of the page holds. */
export function elementFrom<T extends Element = HTMLElement>(name: string): T {
  const element = fromTemplate(name).firstElementChild;
  if (!element) throw new Error(`<template data-${name}> is empty.`);
  return element as T;
}

/** The element marked `data-NAME` inside `root`. */
export function part<T extends Element = HTMLElement>(root: ParentNode, name: string): T {
  const found = root.querySelector<T>(`[data-${name}]`);
  if (!found) throw new Error(`Search markup has no [data-${name}].`);
  return found;
}

/** Fills `target` with an excerpt: plain text, and the matched words in `<mark>`s. */
function fillExcerpt(target: Element, parts: readonly ExcerptPart[]) {
  const mark = elementFrom('search-mark');
  target.replaceChildren(
    ...parts.map((piece) => {
      if (!piece.mark) return piece.text;
      const marked = mark.cloneNode() as HTMLElement;
      marked.textContent = piece.text;
      return marked;
    }),
  );
}

/** Puts the badge for the result's kind (a neutral one for a kind without a colour) where `data-badge` is. */
function placeBadge(root: ParentNode, result: Pick<ShapedResult, 'kind' | 'kindLabel'>) {
  const badges = [...fromTemplate('search-badges').children];
  const badge = badges.find((b) => b.getAttribute('data-kind') === result.kind) ?? badges.find((b) => b.getAttribute('data-kind') === '');
  if (!badge) throw new Error('<template data-search-badges> has no neutral badge.');
  badge.textContent = result.kindLabel;
  part(root, 'badge').replaceWith(badge);
}

/**
 * One result as listbox options: the page, then its sections indented below it. Options
 * are links, so a click, a middle click or "open in new tab" work as usual; they are kept
 * out of the tab order because the box moves between them with the arrow keys. Each
 * option's name is its visible text (title, kind, excerpt), so what a screen reader says
 * matches what is shown.
 */
export function resultOptions(result: ShapedResult, id: string): HTMLElement {
  const group = elementFrom('search-option');
  group.setAttribute('aria-labelledby', `${id}-t`);
  const page = part<HTMLAnchorElement>(group, 'page');
  page.href = result.url;
  page.id = id;
  const title = part(page, 'title');
  title.id = `${id}-t`;
  title.textContent = result.title;
  placeBadge(page, result);
  fillExcerpt(part(page, 'excerpt'), result.excerpt.length > 0 ? result.excerpt : [{ text: result.description, mark: false }]);

  result.subResults.forEach((sub, i) => {
    const option = elementFrom<HTMLAnchorElement>('search-sub-option');
    option.href = sub.url;
    option.id = `${id}-${i}`;
    part(option, 'title').textContent = sub.title;
    fillExcerpt(part(option, 'excerpt'), sub.excerpt);
    group.append(option);
  });
  return group;
}

/** One result as a list item of ordinary links, for the search page and the 404 page. */
export function resultItem(result: ShapedResult): HTMLLIElement {
  const item = elementFrom<HTMLLIElement>('search-result');
  const link = part<HTMLAnchorElement>(item, 'title');
  link.href = result.url;
  link.textContent = result.title;
  placeBadge(item, result);
  const description = part(item, 'description');
  if (result.description) description.textContent = result.description;
  else description.remove();
  const excerpt = part(item, 'excerpt');
  if (result.excerpt.length > 0) fillExcerpt(excerpt, result.excerpt);
  else excerpt.remove();
  const sections = part(item, 'sections');
  if (result.subResults.length === 0) sections.remove();
  for (const sub of result.subResults) {
    const section = elementFrom('search-result-section');
    const subLink = part<HTMLAnchorElement>(section, 'title');
    subLink.href = sub.url;
    subLink.textContent = sub.title;
    fillExcerpt(part(section, 'excerpt'), sub.excerpt);
    sections.append(section);
  }
  return item;
}

/**
 * What to say when nothing matches the query as typed. When a corrected query, or some of
 * its words, found pages, they are shown instead and this says so; either way it offers the
 * troubleshooter.
 */
export function noResults(query: string, answer: Pick<ForgivingAnswer, 'match' | 'shownQuery'>): HTMLElement {
  const box = elementFrom('search-no-results');
  const t = searchUi();
  const all = query.trim().includes(' ') && answer.match === 'some';
  part(box, 'headline').textContent = t(all ? 'search.noMatchAll' : 'search.noMatch', { query: query.trim() });
  if (answer.match === 'corrected') part(box, 'shown').textContent = answer.shownQuery ?? '';
  else part(box, 'corrected').remove();
  if (answer.match !== 'some') part(box, 'some').remove();
  const found = answer.match === 'corrected' || answer.match === 'some';
  part(box, found ? 'nothing-found' : 'found').remove();
  return box;
}
