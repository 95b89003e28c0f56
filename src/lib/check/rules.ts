import type { Kind } from '../kinds.ts';

/*
 * The content rules, each with its level. An error is something that breaks the site or
 * misleads a reader: the build stops on it. A warning is work in progress, such as a new
 * article nothing links to yet: it is printed, and nothing stops. The README's table under
 * "Write an article" lists the same rules.
 */

export type Level = 'error' | 'warning';

export const RULES = {
  site: { level: 'error', summary: 'site.json (and a translation’s site.json) has valid fields; the articles it names exist' },
  ui: { level: 'error', summary: 'ui.json keys are texts the engine knows; the default language’s file has them all' },
  'language-folder': { level: 'error', summary: 'a folder in the content folder holding site texts, articles or troubleshooters is a language of site.json' },
  frontmatter: { level: 'error', summary: 'an article’s (or translation’s) frontmatter has valid fields within their limits' },
  'file-name': { level: 'error', summary: 'an article’s file name is a slug, unique across folders' },
  related: { level: 'error', summary: '`related` names published articles, not the article itself' },
  links: { level: 'error', summary: 'a link in the text to /guides/<slug>/ names a published article (not a draft) and ends with a slash' },
  translation: { level: 'error', summary: 'a translated article or troubleshooter has an original with the same file name' },
  troubleshooter: { level: 'error', summary: 'a troubleshooter file has valid fields' },
  'troubleshooter-graph': { level: 'error', summary: 'node ids unique, every `next`/`solved` exists, articles published, no loop, every node reachable' },
  'troubleshooter-limits': { level: 'error', summary: 'every `limits` promise holds' },
  'troubleshooter-scenarios': { level: 'error', summary: 'every `scenarios` entry ends where it expects' },
  'troubleshooter-translation': { level: 'error', summary: 'a translated troubleshooter has its original’s nodes, order and paths' },
  'troubleshooter-translation-outdated': {
    level: 'warning',
    summary: 'a translated troubleshooter made from an older original that has changed since: the original is shown in its place',
  },
  'cause-links-fix': { level: 'error', summary: 'a cause links to at least one fix in its text' },
  'error-links-main-guide': { level: 'error', summary: 'a look-alike error links to the main guide (`mainGuide` in site.json) in its text' },
  orphan: { level: 'warning', summary: 'some other article (its text or `related`) or a troubleshooter links to every article' },
  'fix-linked': { level: 'warning', summary: 'a cause’s text or a troubleshooter links to every fix' },
  'in-troubleshooter': { level: 'warning', summary: 'a troubleshooter step offers every fix and every look-alike error' },
  spelling: { level: 'warning', summary: 'every word readers see is in the dictionary of its language or in words.txt' },
} as const satisfies Record<string, { level: Level; summary: string }>;

export type RuleId = keyof typeof RULES;

export interface Problem {
  rule: RuleId;
  level: Level;
  /** The message: `file[:line]: what is wrong. What to do.` */
  text: string;
}

export function problem(rule: RuleId, text: string): Problem {
  return { rule, level: RULES[rule].level, text };
}

/** An article as the editorial rules see it: what it is and what it links to. */
export interface LinkedArticle {
  id: string;
  file: string;
  kind: Kind;
  /** The articles its text links to, by id. */
  textLinks: readonly string[];
  /** Its `related` entries. */
  related: readonly string[];
}

export interface EditorialInput {
  /** The published articles of the default language. */
  articles: readonly LinkedArticle[];
  /** The published translations (their kind is their original's): the rules on an article's own text apply to them too. */
  translations: readonly LinkedArticle[];
  /** Every article some troubleshooter step links to. */
  troubleshooterLinks: ReadonlySet<string>;
  /** The default language's troubleshooter files; none means the troubleshooter rules do not apply. */
  troubleshooterFiles: readonly string[];
  /** `mainGuide` from site.json, if set. */
  mainGuide: string | undefined;
}

/**
 * The rules that keep the knowledge base navigable: a reader who finds a cause finds its
 * fix, a reader on the wrong look-alike page finds the main guide (errors, on the article's
 * own text), and every article can be reached (warnings, since linking a new article from
 * elsewhere is the next step of the work, not a broken page).
 */
export function editorialProblems(input: EditorialInput): Problem[] {
  const problems: Problem[] = [];
  const kindOf = new Map(input.articles.map((a) => [a.id, a.kind]));

  for (const article of [...input.articles, ...input.translations]) {
    if (article.kind === 'cause' && !article.textLinks.some((id) => kindOf.get(id) === 'fix')) {
      problems.push(
        problem(
          'cause-links-fix',
          `${article.file}: this cause links to no fix in its text. Link the fix that solves it ([what to do](/guides/<fix>/)), so a reader who finds their cause knows what to do next.`,
        ),
      );
    }
    if (article.kind === 'error' && input.mainGuide && article.id !== input.mainGuide && !article.textLinks.includes(input.mainGuide)) {
      problems.push(
        problem(
          'error-links-main-guide',
          `${article.file}: this look-alike error does not link to the main guide in its text. Link /guides/${input.mainGuide}/ (mainGuide in site.json), so a reader who landed here by mistake finds the right page.`,
        ),
      );
    }
  }

  const linkedFrom = new Map<string, Set<string>>();
  for (const article of input.articles) {
    for (const id of [...article.textLinks, ...article.related]) {
      if (id === article.id) continue;
      const from = linkedFrom.get(id) ?? new Set<string>();
      from.add(article.id);
      linkedFrom.set(id, from);
    }
  }
  const hasTroubleshooter = input.troubleshooterFiles.length > 0;
  const trees = input.troubleshooterFiles.join(' or ');
  for (const article of input.articles) {
    const inTree = input.troubleshooterLinks.has(article.id);
    const from = linkedFrom.get(article.id) ?? new Set<string>();
    if (!inTree && from.size === 0) {
      problems.push(
        problem(
          'orphan',
          `${article.file}: nothing links to this article yet: no other article's text or "related", and no troubleshooter step. Link it from the articles it belongs with (or add "${article.id}" to their "related"); until then readers find it only by search.`,
        ),
      );
      continue;
    }
    if (article.kind === 'fix' && !inTree && ![...from].some((id) => kindOf.get(id) === 'cause')) {
      problems.push(
        problem(
          'fix-linked',
          `${article.file}: no cause links to this fix in its text, and no troubleshooter offers it. Link it from the cause it solves${hasTroubleshooter ? `, or offer it in a step of ${trees} ("article: ${article.id}")` : ''}.`,
        ),
      );
      continue;
    }
    if (hasTroubleshooter && (article.kind === 'fix' || article.kind === 'error') && !inTree) {
      const what = article.kind === 'fix' ? 'fix' : 'look-alike error';
      problems.push(
        problem(
          'in-troubleshooter',
          `${article.file}: no troubleshooter step offers this ${what}. Point a step of ${trees} at it ("article: ${article.id}"), so readers who answer the questions reach it.`,
        ),
      );
    }
  }
  return problems;
}
