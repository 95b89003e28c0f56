import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { statusReport, translationStatus } from '../../src/lib/i18n/status';
import { translationProblems, translationVerdict } from '../../src/lib/troubleshooter/translation';
import { fixture } from '../fixtures/troubleshooters/load';

/* Translations against their originals: the status report, and the shape a translated tree must keep. */

const root = mkdtempSync(join(tmpdir(), 'kb-translations-'));
const content = join(root, 'content');
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(content, path)), { recursive: true });
  writeFileSync(join(content, path), text);
};
const article = (updated: string) => `---\ntitle: An article\nupdated: ${updated}\n---\n\nText.\n`;
const translation = (from: string, extra = '') => `---\ntitle: Un artículo\ntranslatedFrom: ${from}\n${extra}---\n\nTexto.\n`;

write('site.json', JSON.stringify({ lang: 'en', languages: { en: 'English', es: 'Español' } }));
write('ui.json', JSON.stringify({ 'nav.home': 'Home', 'search.title': 'Search' }));
write('es/ui.json', JSON.stringify({ 'nav.home': 'Inicio' }));
write('articles/fixes/current.mdx', article('2026-11-01'));
write('articles/fixes/changed.mdx', article('2026-11-29'));
write('articles/guides/untranslated.mdx', article('2026-11-01'));
write('articles/guides/unpublished.mdx', `---\ntitle: Draft\nupdated: 2026-11-01\ndraft: true\n---\n`);
write('articles/guides/drafted.mdx', article('2026-11-01'));
write('es/articles/fixes/current.mdx', translation('2026-11-01'));
write('es/articles/fixes/changed.mdx', translation('2026-11-15'));
write('es/articles/guides/drafted.mdx', translation('2026-11-01', 'draft: true\n'));
write('troubleshooters/main.yaml', 'title: Main\nupdated: 2026-11-20\nnodes: []\n');
write('es/troubleshooters/main.yaml', 'title: Principal\ntranslatedFrom: 2026-11-20\nnodes: []\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the translation status report', () => {
  const [es] = translationStatus(content);

  it('lists a translation made from an older original as outdated, with both dates', () => {
    expect(es?.outdated).toEqual([
      { source: 'content/articles/fixes/changed.mdx', file: 'content/es/articles/fixes/changed.mdx', updated: '2026-11-29', translatedFrom: '2026-11-15' },
    ]);
  });

  it('lists originals without a published translation as missing, and leaves drafts of the original out', () => {
    expect(es?.missing.map((m) => m.file)).toEqual(['content/es/articles/guides/drafted.mdx', 'content/es/articles/guides/untranslated.mdx']);
    expect(es?.current).toBe(2);
  });

  it('names the UI texts the language leaves to the default', () => {
    expect(es?.missingTexts).toEqual(['search.title']);
  });

  it('prints it per language, with the file to edit', () => {
    const report = statusReport(translationStatus(content));
    expect(report).toContain('Español (es): 2 of 5 up to date, 1 outdated, 2 missing.');
    expect(report).toContain('content/es/articles/fixes/changed.mdx  translated from 2026-11-15, original updated 2026-11-29');
    expect(report).toContain('UI texts left to the default language: search.title');
  });
});

describe('a translated troubleshooter', () => {
  const source = fixture('valid');
  const translated = () => {
    const tree = fixture('valid');
    tree.file = 'content/es/troubleshooters/valid.yaml';
    return tree;
  };

  it('may change every word', () => {
    const tree = translated();
    tree.title = 'Un asistente pequeño';
    for (const node of tree.nodes) node.title = `¿${node.title}?`;
    expect(translationProblems(source, tree)).toEqual([]);
  });

  it('may not lead an answer elsewhere, drop a step, add one or reorder them, and each problem names the node', () => {
    const rewired = translated();
    const first = rewired.nodes[0];
    if (first?.kind === 'question') first.answers.reverse();
    expect(translationProblems(source, rewired)).toEqual([
      expect.stringMatching(/^content\/es\/troubleshooters\/valid\.yaml: node "first" differs from the original: it has kind question, leads to \[/),
    ]);

    const dropped = translated();
    const gone = dropped.nodes.pop();
    expect(translationProblems(source, dropped)).toEqual([expect.stringContaining(`node "${gone?.id ?? ''}" is missing`)]);

    const added = translated();
    added.nodes.push({ ...added.nodes.at(-1)!, id: 'extra' });
    expect(translationProblems(source, added)).toEqual([expect.stringContaining('node "extra" is not in the original')]);

    const reordered = translated();
    reordered.nodes.reverse();
    expect(translationProblems(source, reordered)).toEqual([expect.stringContaining('in another order than the original')]);
  });
});

describe('a translated troubleshooter that no longer fits its original', () => {
  const changedOriginal = () => {
    const tree = fixture('valid');
    const first = tree.nodes[0];
    if (first?.kind === 'question') first.answers.reverse();
    tree.updated = new Date('2026-11-29');
    return tree;
  };
  const translation = (translatedFrom: string) => {
    const tree = fixture('valid');
    tree.file = 'content/es/troubleshooters/valid.yaml';
    tree.translatedFrom = new Date(translatedFrom);
    return tree;
  };

  it('is an error while it claims to be up to date, saying how to mark the original as changed', () => {
    const verdict = translationVerdict(changedOriginal(), translation('2026-11-29'));
    expect(verdict.use).toBe('original');
    expect(verdict.errors[0]).toMatch(/node "first" differs from the original[\s\S]*raise its `updated` date/);
  });

  it('once the original is newer, is outdated: the original stands in, with a warning and no error', () => {
    const verdict = translationVerdict(changedOriginal(), translation('2026-11-01'));
    expect(verdict).toMatchObject({ use: 'original', errors: [] });
    expect(verdict.stale[0]).toMatch(/^content\/es\/troubleshooters\/valid\.yaml: translated from an older version of .*The original is shown in its place/);
  });

  it('that still fits is used even when outdated: only its words may be old', () => {
    const original = fixture('valid');
    original.updated = new Date('2026-11-29');
    expect(translationVerdict(original, translation('2026-11-01'))).toEqual({ use: 'translation', errors: [], stale: [] });
  });
});
