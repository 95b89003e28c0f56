import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { lastUpdatedIn, type LastUpdated } from '../last-updated.ts';
import { localesOf, type Locales } from './locales.ts';

/*
 * Where each translation stands against its original, read from the content folder's files
 * (no build): what `npm run translations` prints, as Lunaria's status report does. A
 * translation records the original's date it was made from (`translatedFrom`); when the
 * original's is later, the translation is outdated. An article's date is the one its page
 * shows: its `updated`, or else its file's last commit (src/lib/last-updated.ts).
 */

export interface TranslationEntry {
  /** The original's file, relative to the content folder's parent (as a writer names it). */
  source: string;
  /** The translation's file, whether it exists or not. */
  file: string;
  /** The original's `updated` date, and the translation's `translatedFrom` (ISO dates). */
  updated?: string | undefined;
  translatedFrom?: string | undefined;
}

export interface LanguageStatus {
  locale: string;
  name: string;
  /** Originals with no translation (or only a draft one): served in the default language. */
  missing: TranslationEntry[];
  /** Translations made from an older version of their original. */
  outdated: TranslationEntry[];
  /** Translations up to date. */
  current: number;
  /** UI texts the language's ui.json leaves to the default language. */
  missingTexts: string[];
}

/** An article's id: its file name without `.mdx`, whatever its folder (as src/lib/article-id.ts). */
const articleIdFromPath = (entry: string) => (entry.split('/').pop() ?? entry).replace(/\.mdx?$/i, '');

function frontmatter(file: string): Record<string, unknown> {
  const head = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return (parse(head) as Record<string, unknown> | null) ?? {};
}

function day(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
  return undefined;
}

/** Every file under `dir` whose name ends with one of `extensions`, relative to `dir`. */
function filesIn(dir: string, extensions: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => extensions.some((ext) => f.endsWith(ext)))
    .sort();
}

/** The status of every translation in the content folder `contentDir`. */
export function translationStatus(contentDir: string): LanguageStatus[] {
  const settings = JSON.parse(readFileSync(join(contentDir, 'site.json'), 'utf8')) as Parameters<typeof localesOf>[0];
  const locales: Locales = localesOf(settings);
  const shown = (file: string) => relative(join(contentDir, '..'), file);
  const defaultUi = JSON.parse(readFileSync(join(contentDir, 'ui.json'), 'utf8')) as Record<string, string>;

  // The originals: articles by id (drafts are not published, so not to translate), trees by file name.
  const originals: { id: string; file: string; updated: string | undefined; kind: 'article' | 'tree' }[] = [];
  let lastUpdated: LastUpdated | undefined;
  for (const entry of filesIn(join(contentDir, 'articles'), ['.mdx'])) {
    const file = join(contentDir, 'articles', entry);
    const data = frontmatter(file);
    if (data['draft'] === true) continue;
    const updated = day(data['updated']) ?? day((lastUpdated ??= lastUpdatedIn(join(contentDir, 'articles')))(file));
    originals.push({ id: articleIdFromPath(entry), file, updated, kind: 'article' });
  }
  for (const entry of filesIn(join(contentDir, 'troubleshooters'), ['.yaml', '.yml', '.json'])) {
    const file = join(contentDir, 'troubleshooters', entry);
    const data = (parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {};
    originals.push({ id: entry.replace(/\.(ya?ml|json)$/, ''), file, updated: day(data['updated']), kind: 'tree' });
  }

  return locales.translations.map((locale) => {
    const base = join(contentDir, locale);
    const articles = new Map(filesIn(join(base, 'articles'), ['.mdx']).map((entry) => [articleIdFromPath(entry), join(base, 'articles', entry)]));
    const trees = new Map(
      filesIn(join(base, 'troubleshooters'), ['.yaml', '.yml', '.json']).map((entry) => [
        entry.replace(/\.(ya?ml|json)$/, ''),
        join(base, 'troubleshooters', entry),
      ]),
    );
    const status: LanguageStatus = { locale, name: locales.names[locale] ?? locale, missing: [], outdated: [], current: 0, missingTexts: [] };
    for (const original of originals) {
      const file = (original.kind === 'article' ? articles : trees).get(original.id);
      const expected = join(base, relative(contentDir, original.file));
      if (!file) {
        status.missing.push({ source: shown(original.file), file: shown(expected), updated: original.updated });
        continue;
      }
      const data = original.kind === 'article' ? frontmatter(file) : ((parse(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {});
      if (data['draft'] === true) {
        status.missing.push({ source: shown(original.file), file: shown(file), updated: original.updated });
        continue;
      }
      const from = day(data['translatedFrom']);
      const entry = { source: shown(original.file), file: shown(file), updated: original.updated, translatedFrom: from };
      if (original.updated && (!from || from < original.updated)) status.outdated.push(entry);
      else status.current++;
    }
    const ownUi = existsSync(join(base, 'ui.json')) ? (JSON.parse(readFileSync(join(base, 'ui.json'), 'utf8')) as Record<string, string>) : {};
    status.missingTexts = Object.keys(defaultUi).filter((key) => !(key in ownUi));
    return status;
  });
}

/** The report as text: per language, what is missing and what is outdated, with the file to edit. */
export function statusReport(statuses: LanguageStatus[]): string {
  if (statuses.length === 0) return 'This site has one language: there is nothing to translate. Add "languages" to site.json to add one.';
  const lines: string[] = [];
  for (const s of statuses) {
    const total = s.current + s.outdated.length + s.missing.length;
    lines.push(`${s.name} (${s.locale}): ${s.current} of ${total} up to date, ${s.outdated.length} outdated, ${s.missing.length} missing.`);
    if (s.outdated.length > 0) {
      lines.push('  Outdated (the original changed after the translation was made):');
      for (const e of s.outdated)
        lines.push(`    ${e.file}  translated from ${e.translatedFrom ?? 'an unrecorded version'}, original updated ${e.updated ?? '?'} (${e.source})`);
    }
    if (s.missing.length > 0) {
      lines.push('  Missing (served in the default language, with a notice):');
      for (const e of s.missing) lines.push(`    ${e.file}  from ${e.source}`);
    }
    if (s.missingTexts.length > 0) lines.push(`  UI texts left to the default language: ${s.missingTexts.join(', ')}`);
  }
  return lines.join('\n');
}
