import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { createIdRegistry } from '../article-id.ts';
import { articleSchema, translationSchema } from '../article-schema.ts';
import { relatedProblems } from '../articles-core.ts';
import { localesOf, type Locales } from '../i18n/locales.ts';
import { noOriginal, notALanguage } from '../i18n/translation-files.ts';
import { uiTextProblems } from '../i18n/ui.ts';
import { isKind, type Kind } from '../kinds.ts';
import { resolveInternalLink } from '../link-check.ts';
import { articleIdOf, LINK_SECTIONS } from '../routes.ts';
import { languagesProblem, siteSchema, siteTextsSchema } from '../site-schema.ts';
import { articleLinks } from '../troubleshooter/graph.ts';
import { findLimitProblems } from '../troubleshooter/limits.ts';
import { findScenarioProblems } from '../troubleshooter/scenarios.ts';
import { troubleshooterSchema, withFixLabels, type FixLabels, type Tree } from '../troubleshooter/schema.ts';
import { translationVerdict } from '../troubleshooter/translation.ts';
import { findProblems, sharedIdProblems } from '../troubleshooter/validate.ts';
import { nearest } from './nearest.ts';
import { linksIn } from './mdx-text.ts';
import { editorialProblems, problem, RULES, type LinkedArticle, type Problem, type RuleId } from './rules.ts';
import { checkSchema } from './schema-issues.ts';
import { lineIndex, parseWithLines, splitFrontmatter, type LineOf, type ParsedText } from './source-lines.ts';
import { findMisspellings, hasDictionary, readWordList, type SpellTarget } from './spelling.ts';
import { spellableArticle, spellableJson, spellableYaml, TROUBLESHOOTER_TEXT_FIELDS } from './spellable.ts';

/*
 * The content check: everything the build checks in the content folder, and the editorial
 * rules, read straight from the files in a second or two (no Astro build, no browser), every
 * problem at once, each naming the file and line and what to do. `npm run check:content`
 * prints it; the build runs it first (src/integrations/content-check.ts), so both say the
 * same. The rules are the engine's own (schemas, troubleshooter checks, link check): this
 * module reads the files and hands them over.
 */

export { RULES, type Problem, type RuleId } from './rules.ts';

export interface CheckOptions {
  /** The content folder (`KB_CONTENT_DIR`, default ./content). */
  contentDir: string;
  /** Check spelling too (cspell). It takes a second or two more to load its dictionaries. */
  spelling?: boolean;
}

export interface Report {
  problems: Problem[];
  /** How many files were read. */
  files: number;
  /** Languages whose files were not spell-checked, for want of a dictionary. */
  unchecked: string[];
}

/** The project's word list for the spelling check, in the content folder. */
export const WORD_LIST = 'words.txt';

const TREE_EXTENSIONS = ['.yaml', '.yml', '.json'];
/** Folders of the content folder that are not languages. */
const OWN_FOLDERS = new Set(['articles', 'troubleshooters', 'components']);

/** A file as a writer names it: relative to where the command runs. */
const shown = (file: string) => relative(process.cwd(), file).split(sep).join('/');
const at = (file: string, line: number | undefined) => (line ? `${file}:${line}` : file);

/** Every file under `dir` ending with one of `extensions`, relative to `dir`, sorted. */
function filesIn(dir: string, extensions: readonly string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => extensions.some((ext) => f.endsWith(ext)))
    .sort();
}

interface ReadFile extends ParsedText {
  file: string;
  text: string;
}

/** Reads and parses a YAML or JSON file, reporting a syntax error under `rule`. */
function readData(path: string, rule: RuleId, problems: Problem[]): ReadFile | undefined {
  const file = shown(path);
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) {
    try {
      const data: unknown = JSON.parse(text);
      return { ...parseWithLines(text), data, file, text };
    } catch (error) {
      const line = /line (\d+)/.exec(String(error))?.[1];
      problems.push(
        problem(rule, `${at(file, line ? Number(line) : undefined)}: not valid JSON (${(error as Error).message}). Check the commas, quotes and braces there.`),
      );
      return undefined;
    }
  }
  const parsed = parseWithLines(text);
  for (const error of parsed.errors)
    problems.push(problem(rule, `${at(file, error.line)}: not valid YAML: ${error.message}. Check the indentation and quotes there.`));
  return parsed.errors.length > 0 ? undefined : { ...parsed, file, text };
}

/** Schema problems of a file, each at the line of its field. */
function schemaProblems<T>(schema: z.ZodType<T>, source: ReadFile, rule: RuleId, problems: Problem[]): T | undefined {
  const result = checkSchema(schema, source.data);
  if (result.ok) return result.data;
  for (const issue of result.issues) problems.push(problem(rule, `${at(source.file, source.lineOf(issue.path))}: ${issue.message}`));
  return undefined;
}

interface ArticleFile {
  id: string;
  file: string;
  /** The language's tag. */
  lang: string;
  draft: boolean;
  kind: Kind | undefined;
  related: string[];
  body: string;
  bodyLine: number;
  lineOf: LineOf;
  frontmatter: string;
  text: string;
}

/**
 * Reads the articles of one folder with `schema`, reporting every problem. Returns those that
 * parsed, and every article that exists (whether it is a draft), so that one article's
 * mistake does not also turn every link to it into a problem.
 */
function readArticles<T extends { draft: boolean }>(
  folder: string,
  lang: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): { read: { article: ArticleFile; data: T }[]; known: Map<string, { draft: boolean; file: string }> } {
  const registry = createIdRegistry(shown(folder));
  const read: { article: ArticleFile; data: T }[] = [];
  const known = new Map<string, { draft: boolean; file: string }>();
  for (const entry of filesIn(folder, ['.mdx'])) {
    const file = shown(join(folder, entry));
    let id: string;
    try {
      id = registry(entry);
    } catch (error) {
      const hint = (error as { hint?: string }).hint;
      problems.push(problem('file-name', `${(error as Error).message}${hint ? ` ${hint}` : ''}`));
      continue;
    }
    const text = readFileSync(join(folder, entry), 'utf8');
    const parts = splitFrontmatter(text);
    if (parts.frontmatter === undefined) {
      problems.push(
        problem('frontmatter', `${file}:1: the file has no frontmatter. Start it with the fields between two "---" lines (README, "Write an article").`),
      );
      continue;
    }
    const parsed = parseWithLines(parts.frontmatter, 2);
    known.set(id, { draft: (parsed.data as { draft?: unknown } | undefined)?.draft === true, file });
    for (const error of parsed.errors)
      problems.push(problem('frontmatter', `${at(file, error.line)}: not valid YAML: ${error.message}. Check the indentation and quotes there.`));
    if (parsed.errors.length > 0) continue;
    const data = schemaProblems(schema, { ...parsed, file, text }, 'frontmatter', problems);
    if (!data) continue;
    const fields = data as { kind?: string; related?: string[] };
    read.push({
      data,
      article: {
        id,
        file,
        lang,
        draft: data.draft,
        kind: fields.kind && isKind(fields.kind) ? fields.kind : undefined,
        related: fields.related ?? [],
        body: parts.body,
        bodyLine: parts.bodyLine,
        lineOf: parsed.lineOf,
        frontmatter: parts.frontmatter,
        text,
      },
    });
  }
  return { read, known };
}

/** The fix steps' default labels in a language, as the build takes them from its UI texts. */
function fixLabels(own: Record<string, unknown>, fallback: Record<string, unknown>): FixLabels {
  const text = (key: string) => String(own[key] ?? fallback[key] ?? key);
  return { question: text('step.didThisFixIt'), solvedLabel: text('step.solvedLabel'), notSolvedLabel: text('step.notSolvedLabel') };
}

const plainTroubleshooter = troubleshooterSchema(z.string());

/** Reads the troubleshooters of one folder, reporting schema problems; returns the trees that parsed. */
function readTrees(folder: string, labels: FixLabels, problems: Problem[]): { tree: Tree; source: ReadFile }[] {
  const trees: { tree: Tree; source: ReadFile }[] = [];
  for (const entry of filesIn(folder, TREE_EXTENSIONS)) {
    const source = readData(join(folder, entry), 'troubleshooter', problems);
    if (!source) continue;
    const data = schemaProblems(plainTroubleshooter, source, 'troubleshooter', problems);
    if (!data) continue;
    const id = entry.replace(/\.(ya?ml|json)$/, '');
    trees.push({ tree: { ...data, nodes: withFixLabels(data.nodes, labels), id, file: source.file, lineOf: source.lineOf }, source });
  }
  return trees;
}

/** Checks the content folder `contentDir`. */
export async function checkContent(options: CheckOptions): Promise<Report> {
  const dir = options.contentDir;
  const problems: Problem[] = [];
  const spell: SpellTarget[] = [];
  let files = 0;

  // The site's settings, and from them its languages.
  const siteFile = join(dir, 'site.json');
  if (!existsSync(siteFile)) {
    problems.push(problem('site', `${shown(siteFile)}: missing. The content folder needs its site settings (README, "Project layout").`));
    return { problems, files, unchecked: [] };
  }
  files++;
  const siteSource = readData(siteFile, 'site', problems);
  const settings = siteSource ? schemaProblems(siteSchema, siteSource, 'site', problems) : undefined;
  const languages = settings && languagesProblem(settings);
  if (languages && siteSource)
    problems.push(problem('site', `${at(siteSource.file, siteSource.lineOf(['languages']))}: ${languages.message} ${languages.hint}`));
  const raw = (siteSource?.data ?? {}) as Record<string, unknown>;
  const locales: Locales = localesOf(
    settings ?? {
      lang: typeof raw['lang'] === 'string' ? raw['lang'] : 'en',
      ...(raw['languages'] && typeof raw['languages'] === 'object' ? { languages: raw['languages'] as Record<string, string> } : {}),
    },
  );
  if (siteSource) spell.push({ file: siteSource.file, text: spellableJson(siteSource.text), lang: locales.default });

  // The UI texts of every language.
  const uiTexts = new Map<string, Record<string, unknown>>();
  for (const lang of locales.all) {
    const path = lang === locales.default ? join(dir, 'ui.json') : join(dir, lang, 'ui.json');
    if (!existsSync(path)) {
      if (lang === locales.default)
        problems.push(
          problem(
            'ui',
            `${shown(path)}: missing. The default language needs a file with every UI text (the keys are in src/lib/i18n/ui-keys.ts): start from another site's.`,
          ),
        );
      continue;
    }
    files++;
    const source = readData(path, 'ui', problems);
    if (!source) continue;
    for (const issue of uiTextProblems(source.data, lang === locales.default)) {
      problems.push(problem('ui', `${at(source.file, issue.key ? source.lineOf([issue.key]) : undefined)}: ${issue.message.replace(/[^.?!]$/, '$&.')}`));
    }
    if (source.data && typeof source.data === 'object') uiTexts.set(lang, source.data as Record<string, unknown>);
    spell.push({ file: source.file, text: spellableJson(source.text, { placeholders: true }), lang });
  }
  const defaultUi = uiTexts.get(locales.default) ?? {};

  // Folders that would be a language: each translation's own site texts; any other is a mistake.
  // Without readable settings the languages are unknown: say nothing about their folders.
  for (const folder of siteSource ? readdirSync(dir).sort() : []) {
    const path = join(dir, folder);
    if (OWN_FOLDERS.has(folder) || !statSync(path).isDirectory()) continue;
    const held = ['site.json', 'ui.json', 'articles', 'troubleshooters'].filter((name) => existsSync(join(path, name)));
    if (held.length === 0) continue;
    if (!locales.translations.includes(folder)) {
      const { message, hint } = notALanguage(shown(join(path, held[0] ?? '')), folder, shown(siteFile));
      problems.push(problem('language-folder', `${message} ${hint}`));
      continue;
    }
    if (existsSync(join(path, 'site.json'))) {
      files++;
      const source = readData(join(path, 'site.json'), 'site', problems);
      if (source) {
        schemaProblems(siteTextsSchema, source, 'site', problems);
        spell.push({ file: source.file, text: spellableJson(source.text), lang: folder });
      }
    }
  }

  // Articles of the default language.
  const { read: originals, known } = readArticles(join(dir, 'articles'), locales.default, articleSchema, problems);
  files += filesIn(join(dir, 'articles'), ['.mdx']).length;
  const published = new Set([...known].filter(([, a]) => !a.draft).map(([id]) => id));
  const drafts = new Set([...known].filter(([, a]) => a.draft).map(([id]) => id));
  const parsedIds = new Set(originals.map((a) => a.article.id));
  // Articles whose frontmatter has a problem still exist: others may name them.
  const unparsed = [...known]
    .filter(([id]) => !parsedIds.has(id))
    .map(([id, a]) => ({ id, filePath: a.file, title: id, description: '', kind: 'guide' as const, priority: 0, draft: a.draft, related: [] }));
  problems.push(
    ...relatedProblems([
      ...originals.map(({ article, data }) => ({
        ...data,
        id: article.id,
        filePath: article.file,
        related: data.related.map((id) => ({ id })),
        lineOf: article.lineOf,
      })),
      ...unparsed,
    ]).map((text) => problem('related', text)),
  );

  // Translations of articles, per language.
  const translations: ArticleFile[] = [];
  for (const lang of locales.translations) {
    const folder = join(dir, lang, 'articles');
    files += filesIn(folder, ['.mdx']).length;
    for (const { article, data } of readArticles(folder, lang, translationSchema, problems).read) {
      const original = originals.find((o) => o.article.id === article.id);
      if (!original) {
        const { message, hint } = noOriginal(article.file, 'article', article.id, shown(join(dir, 'articles')));
        problems.push(problem('translation', `${message} ${hint}`));
        continue;
      }
      // The translation of a draft is left out with its original.
      if (!data.draft && published.has(article.id)) translations.push({ ...article, kind: original?.article.kind, related: original?.article.related ?? [] });
    }
  }

  // Links in the text of every published article and translation.
  const suggest = (id: string) => nearest(id, published);
  const textLinks = new Map<ArticleFile, string[]>();
  for (const article of [...originals.filter((a) => !a.data.draft).map((a) => a.article), ...translations]) {
    const lineOf = lineIndex(article.body);
    const ids: string[] = [];
    for (const link of linksIn(article.body)) {
      const result = resolveInternalLink(link.href, { base: '/', articleIds: published, drafts, suggest, sections: LINK_SECTIONS });
      const line = article.bodyLine + lineOf(link.offset) - 1;
      if (!result.ok) problems.push(problem('links', `${article.file}:${line}: ${result.problem}`));
      const id = articleIdOf(link.href.split(/[?#]/)[0] ?? '');
      if (id && published.has(id)) ids.push(id);
    }
    textLinks.set(article, ids);
  }

  // Troubleshooters of the default language, then their translations.
  const treeFolder = join(dir, 'troubleshooters');
  files += filesIn(treeFolder, TREE_EXTENSIONS).length;
  const trees = readTrees(treeFolder, fixLabels(defaultUi, defaultUi), problems);
  for (const { tree } of trees) {
    const graph = findProblems({ ...tree, limits: [], scenarios: [] }, published);
    problems.push(...graph.map((text) => problem('troubleshooter-graph', text)));
    // Limits and scenarios walk the graph, which only makes sense once it is sound.
    if (graph.length === 0) {
      problems.push(...findLimitProblems(tree, tree.limits).map((text) => problem('troubleshooter-limits', text)));
      // A scenario's answers include the fix steps' labels, which come from the UI texts.
      if (uiTexts.has(locales.default)) problems.push(...findScenarioProblems(tree, tree.scenarios).map((text) => problem('troubleshooter-scenarios', text)));
    }
  }
  problems.push(...sharedIdProblems(trees.map((t) => t.tree)).map((text) => problem('troubleshooter-graph', text)));
  for (const { source } of trees) spell.push({ file: source.file, text: spellableYaml(source.text, TROUBLESHOOTER_TEXT_FIELDS), lang: locales.default });
  for (const lang of locales.translations) {
    const folder = join(dir, lang, 'troubleshooters');
    files += filesIn(folder, TREE_EXTENSIONS).length;
    for (const { tree, source } of readTrees(folder, fixLabels(uiTexts.get(lang) ?? {}, defaultUi), problems)) {
      const original = trees.find((t) => t.tree.id === tree.id);
      if (!original) {
        const { message, hint } = noOriginal(tree.file, 'troubleshooter', tree.id, shown(treeFolder));
        problems.push(problem('translation', `${message} ${hint}`));
        continue;
      }
      const verdict = translationVerdict(original.tree, tree);
      problems.push(...verdict.errors.map((text) => problem('troubleshooter-translation', text)));
      problems.push(...verdict.stale.map((text) => problem('troubleshooter-translation-outdated', text)));
      spell.push({ file: source.file, text: spellableYaml(source.text, TROUBLESHOOTER_TEXT_FIELDS), lang });
    }
  }

  // The articles site.json names.
  if (siteSource) {
    for (const field of ['supportArticle', 'mainGuide'] as const) {
      const id = (siteSource.data as Record<string, unknown> | undefined)?.[field];
      if (typeof id === 'string' && !published.has(id)) {
        const near = suggest(id);
        problems.push(
          problem(
            'site',
            `${at(siteSource.file, siteSource.lineOf([field]))}: ${field}: "${id}" is not a published article.${near ? ` Did you mean "${near}"?` : ''} Use the file name of an article in ${shown(join(dir, 'articles'))} (without .mdx).`,
          ),
        );
      }
    }
  }

  // The editorial rules.
  const linked = (article: ArticleFile): LinkedArticle | undefined =>
    article.kind ? { id: article.id, file: article.file, kind: article.kind, textLinks: textLinks.get(article) ?? [], related: article.related } : undefined;
  problems.push(
    ...editorialProblems({
      articles: originals.filter((a) => !a.data.draft).flatMap((a) => linked(a.article) ?? []),
      translations: translations.flatMap((a) => linked(a) ?? []),
      troubleshooterLinks: new Set(trees.flatMap(({ tree }) => tree.nodes.flatMap((node) => articleLinks(node).map((link) => link.article)))),
      troubleshooterFiles: trees.map((t) => t.tree.file),
      mainGuide: settings?.mainGuide ?? (typeof raw['mainGuide'] === 'string' ? raw['mainGuide'] : undefined),
    }),
  );

  // Spelling, in every language that has a dictionary.
  const unchecked = locales.all.filter((lang) => !hasDictionary(lang));
  if (options.spelling) {
    for (const article of [...originals.map((a) => a.article), ...translations]) {
      spell.push({ file: article.file, text: spellableArticle(article.text, article.frontmatter, article.body), lang: article.lang });
    }
    // The default language's list holds names used in every language; a translation's, its own words.
    const listOf = (lang: string) => (lang === locales.default ? join(dir, WORD_LIST) : join(dir, lang, WORD_LIST));
    const shared = readWordList(listOf(locales.default));
    const words = (lang: string) => (lang === locales.default ? shared : [...shared, ...readWordList(listOf(lang))]);
    const langOf = new Map(spell.map((target) => [target.file, target.lang]));
    const misspellings = await findMisspellings(
      spell.filter((target) => hasDictionary(target.lang)),
      words,
      locales.default,
    );
    for (const m of misspellings) {
      const more = m.lines.length > 1 ? ` (also on line${m.lines.length > 2 ? 's' : ''} ${m.lines.slice(1).join(', ')})` : '';
      const hint = m.suggestions.length > 0 ? ` Did you mean ${m.suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
      const list = shown(listOf(langOf.get(m.file) ?? locales.default));
      problems.push(
        problem('spelling', `${m.file}:${m.lines[0] ?? 1}: "${m.word}" is not in the dictionary${more}.${hint} If it is spelt right, add it to ${list}.`),
      );
    }
  }
  return { problems: sortProblems(problems), files, unchecked };
}

/** By file, then line, errors before warnings within a line. */
function sortProblems(problems: Problem[]): Problem[] {
  const key = (p: Problem) => {
    const match = /^(.*?)(?::(\d+))?: /.exec(p.text);
    return { file: match?.[1] ?? p.text, line: Number(match?.[2] ?? 0) };
  };
  return problems
    .map((p) => ({ p, k: key(p) }))
    .sort((a, b) => a.k.file.localeCompare(b.k.file) || a.k.line - b.k.line || (a.p.level === b.p.level ? 0 : a.p.level === 'error' ? -1 : 1))
    .map(({ p }) => p);
}

/** The report as a writer reads it: one line per problem, then the counts. */
export function formatReport(report: Report, seconds?: number): string {
  const lines = report.problems.map((p) => `${p.level === 'error' ? 'error  ' : 'warning'} ${p.text} [${p.rule}]`);
  const errors = report.problems.filter((p) => p.level === 'error').length;
  const warnings = report.problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (report.unchecked.length > 0) lines.push(`Spelling not checked in ${report.unchecked.join(', ')}: no dictionary (src/lib/check/spelling.ts lists them).`);
  lines.push(
    `Content check: ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(report.files, 'file')}${seconds === undefined ? '' : ` (${seconds.toFixed(1)} s)`}.` +
      (report.problems.length > 0 ? ' Each rule is explained in the README, "Write an article".' : ''),
  );
  return lines.join('\n');
}

/** Rule ids, for the README's table and the tests. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
