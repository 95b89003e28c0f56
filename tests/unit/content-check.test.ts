import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatReport, RULE_IDS, RULES, type Problem, type Report, type RuleId } from '../../src/lib/check/index';
import { article, contentFolder, siteJson, soundSite, TROUBLESHOOTER, type ContentFolder } from '../support/content-fixture';

/*
 * The content check (`npm run check:content`, and the first thing every build does): one
 * test per rule, each on a small content folder in which every rule holds but the one the
 * test breaks, showing the message a writer gets. The real content passes too.
 */

let folder: ContentFolder | undefined;
afterEach(() => {
  folder?.remove();
  folder = undefined;
});

/** Checks the sound site with `changes` applied (a file set to undefined is left out), in a new folder. */
async function check(changes: Record<string, string | undefined> = {}, spelling = false): Promise<Problem[]> {
  folder?.remove();
  folder = contentFolder({ ...soundSite(), ...changes });
  return (await checkContent({ contentDir: folder.dir, spelling })).problems;
}

/** The messages of one rule, with the folder's path taken out so they read as a writer sees them. */
function messages(problems: Problem[], rule: RuleId): string[] {
  const prefix = `${folder?.file('') ?? ''}/`;
  return problems.filter((p) => p.rule === rule).map((p) => p.text.replaceAll(prefix, ''));
}

describe('the content check', () => {
  it('finds nothing wrong in a sound site', async () => {
    expect(await check()).toEqual([]);
  });

  it('names a misspelt field of site.json with the nearest one, and an article it names that does not exist', async () => {
    const problems = await check({ 'site.json': siteJson({ titel: 'x', mainGuide: 'mian' }) });
    expect(messages(problems, 'site')).toEqual([
      'site.json:51: mainGuide: "mian" is not a published article. Did you mean "main"? Use the file name of an article in articles (without .mdx).',
      'site.json:56: "titel" is not a field here. Did you mean "title"?',
    ]);
    expect(problems.every((p) => p.level === 'error')).toBe(true);
  });

  it('names a syntax error in a JSON or YAML file by its line', async () => {
    const problems = await check({
      'site.json': siteJson().replace('"title":', '"title"'),
      'troubleshooters/test.yaml': TROUBLESHOOTER.replace('    title: Try the fix', '    title: Try: the: fix\n  bad indent'),
    });
    expect(messages(problems, 'site')).toEqual([expect.stringMatching(/^site\.json:3: not valid JSON \(.*\)\. Check the commas, quotes and braces there\.$/)]);
    expect(messages(problems, 'troubleshooter')[0]).toMatch(/^troubleshooters\/test\.yaml:23: not valid YAML: .*\. Check the indentation and quotes there\.$/);
  });

  it('names a misspelt UI text with the nearest key and its line', async () => {
    const ui = JSON.parse(readFileSync('content/ui.json', 'utf8')) as Record<string, string>;
    const problems = await check({ 'ui.json': JSON.stringify({ ...ui, 'nav.hom': 'Home' }, null, 2) });
    expect(messages(problems, 'ui')).toEqual([`ui.json:${Object.keys(ui).length + 2}: "nav.hom" is not a UI text the engine knows: did you mean "nav.home"?`]);
    // Without the file, the fix steps' labels are unknown too: one message, not one per scenario.
    const missing = await check({ 'ui.json': undefined });
    expect(missing.map((p) => p.text.replaceAll(`${folder?.file('') ?? ''}/`, ''))).toEqual([
      "ui.json: missing. The default language needs a file with every UI text (the keys are in src/lib/i18n/ui-keys.ts): start from another site's.",
    ]);
  });

  it('names a folder that is not one of the site’s languages', async () => {
    const problems = await check({ 'fr/ui.json': '{}' });
    expect(messages(problems, 'language-folder')).toEqual([
      'fr/ui.json: "fr" is not one of the site\'s languages. Add "fr": "<the language\'s name>" to "languages" in site.json, or move the folder out of the content folder.',
    ]);
  });

  it('names a misspelt frontmatter field with the nearest one, at its line', async () => {
    const problems = await check({ 'articles/fixes/fix.mdx': article({ title: '', titel: 'The fix', kind: 'fix' }, 'Try [it](/guides/cause/).\n') });
    expect(messages(problems, 'frontmatter')).toEqual(['articles/fixes/fix.mdx:8: "titel" is not a field here. Did you mean "title"?']);
  });

  it('gives a field’s limit and its length, and the nearest allowed value', async () => {
    const long = 'A description that goes on and on. '.repeat(5).trim();
    const problems = await check({ 'articles/fixes/fix.mdx': article({ title: 'The fix', kind: 'fixes', description: `'${long}'` }, 'Text.\n') });
    expect(messages(problems, 'frontmatter')).toEqual([
      `articles/fixes/fix.mdx:3: description: must be at most 155 characters, so a search result shows it whole: answer first, in one sentence (it has ${long.length}).`,
      'articles/fixes/fix.mdx:4: kind: Invalid option: expected one of "guide"|"cause"|"fix"|"error". Did you mean "fix"?',
    ]);
  });

  it('names an article without frontmatter', async () => {
    const problems = await check({ 'articles/guides/empty.mdx': 'Just text.\n' });
    expect(messages(problems, 'frontmatter')).toEqual([
      'articles/guides/empty.mdx:1: the file has no frontmatter. Start it with the fields between two "---" lines (README, "Write an article").',
    ]);
  });

  it('names a file name that is not a slug, and two files with the same name', async () => {
    const problems = await check({
      'articles/guides/Read_Me.mdx': article({}, 'Text.\n'),
      'articles/causes/main.mdx': article({ kind: 'cause' }, 'Try [the fix](/guides/fix/).\n'),
    });
    expect(messages(problems, 'file-name')).toEqual([
      'articles/guides/main.mdx: the slug "main" is already used by articles/causes/main.mdx. Every article needs a unique file name, whatever its folder; rename one of them.',
      'articles/guides/Read_Me.mdx: the file name "Read_Me.mdx" is not a valid slug. Rename it using lower-case letters, digits and single hyphens, e.g. "turn-off-vpn.mdx".',
    ]);
  });

  it('names a related entry that does not exist, with the nearest article', async () => {
    const problems = await check({ 'articles/fixes/fix.mdx': article({ title: 'The fix', kind: 'fix', related: "['cuase']" }, 'Text.\n') });
    expect(messages(problems, 'related')).toEqual([
      'articles/fixes/fix.mdx:9: related[0] "cuase" does not exist. Did you mean "cause"? Use the file name of an article in content/articles (without .mdx), or remove the entry.',
    ]);
  });

  it('names a link to a missing article, to a draft, without its slash, and outside the site; code and pictures are not links', async () => {
    const problems = await check({
      'articles/guides/draft.mdx': article({ draft: 'true' }, 'Not yet.\n'),
      'articles/guides/main.mdx': article(
        { title: 'The main guide' },
        [
          'It may be [the cause](/guides/cause/).',
          '',
          'See [the fxi](/guides/fxi/) and [the draft](/guides/draft/).',
          '<Callout type="tip">',
          '',
          'Or <a href="/guides/cause">the cause</a>, or [elsewhere](/nowhere/).',
          '',
          '</Callout>',
          '',
          '`[not a link](/guides/gone/)` ![nor is a picture](/og.png)',
          '',
        ].join('\n'),
      ),
    });
    expect(messages(problems, 'links')).toEqual([
      'articles/guides/main.mdx:13: links to "/guides/fxi/", but there is no article "fxi". Did you mean "/guides/fix/"? Use the file name of an article in content/articles (without .mdx).',
      'articles/guides/main.mdx:13: links to "/guides/draft/", but the article "draft" is a draft (draft: true), which the built site leaves out. Publish it (draft: false) or remove the link; `npm run dev` shows drafts and their links.',
      'articles/guides/main.mdx:16: links to "/guides/cause"; article addresses end with a slash: "/guides/cause/".',
      'articles/guides/main.mdx:16: links to "/nowhere/", which is not a page of this site. Internal links start with one of: /guides/, /troubleshoot/, /search/, /check/, or /guides/<article>/.',
    ]);
  });

  it('names a translation without an original', async () => {
    const problems = await check({
      'site.json': siteJson({ languages: { en: 'English', es: 'Español' } }),
      'es/articles/fixes/gone.mdx':
        "---\ntitle: 'Ya no está'\ndescription: 'Una descripción lo bastante larga para el esquema de la prueba.'\ntranslatedFrom: 2026-11-28\n---\n\nTexto.\n",
    });
    expect(messages(problems, 'translation')).toEqual([
      'es/articles/fixes/gone.mdx: there is no published article "gone" to translate. A translation has the same file name as its original in articles. Rename it, or remove it if the original was removed.',
    ]);
  });

  it('names a troubleshooter’s misspelt field by its node id and line, not by its position', async () => {
    const problems = await check({ 'troubleshooters/test.yaml': TROUBLESHOOTER.replace('        next: other-error', '        nxt: other-error') });
    expect(messages(problems, 'troubleshooter')).toEqual([
      'troubleshooters/test.yaml:20: node "what-happens", answer 2 ("Another error"): "nxt" is not a field here. Did you mean "next"?',
    ]);
  });

  it('names a troubleshooter path that leads nowhere, with the nearest node id, at its line', async () => {
    const problems = await check({ 'troubleshooters/test.yaml': TROUBLESHOOTER.replace('    solved: fixed', '    solved: fxed') });
    expect(messages(problems, 'troubleshooter-graph')).toEqual([
      'troubleshooters/test.yaml:26: node "try-fix": "solved" leads to "fxed", which does not exist. Did you mean "fixed"? Use the id of a node in this file, or add that node.',
      'troubleshooters/test.yaml:28: node "fixed" cannot be reached from the start "what-happens". Point an answer at it, or remove it.',
    ]);
  });

  it('names a broken limit and a failing scenario, at their lines', async () => {
    const problems = await check({
      'troubleshooters/test.yaml': TROUBLESHOOTER.replace('    maxAnswers: 1', '    maxAnswers: 0').replace(
        "['A block page', 'Yes']",
        "['A block page', 'No']",
      ),
    });
    expect(messages(problems, 'troubleshooter')).toEqual(['troubleshooters/test.yaml:7: limit "The fix within one answer", maxAnswers: must be at least 1.']);
    const fixed = await check({ 'troubleshooters/test.yaml': TROUBLESHOOTER.replace('    nodes: [try-fix]', '    nodes: [support]') });
    expect(messages(fixed, 'troubleshooter-limits')).toEqual([
      'troubleshooters/test.yaml:5: the limit "The fix within one answer" is broken: reaching "support" can take 2 answers (at most 1): what-happens → try-fix → support. Ask fewer questions on the way, or lead an earlier answer to it.',
    ]);
    const lost = await check({ 'troubleshooters/test.yaml': TROUBLESHOOTER.replace("['A block page', 'Yes']", "['A block page', 'No']") });
    expect(messages(lost, 'troubleshooter-scenarios')).toEqual([
      'troubleshooters/test.yaml:9: the scenario "The fix works" fails: it ends at "support", not at "fixed" (path: what-happens → try-fix → support). Fix the tree or the scenario.',
    ]);
  });

  it('names a translated troubleshooter node that differs from its original, and where a missing one goes', async () => {
    const problems = await check({
      'site.json': siteJson({ languages: { en: 'English', es: 'Español' } }),
      'es/troubleshooters/test.yaml': TROUBLESHOOTER.replace(/^(limits|scenarios):[\s\S]*?(?=^nodes:)/gm, '').replace(
        '        next: other-error',
        '        next: support',
      ),
    });
    expect(messages(problems, 'troubleshooter-translation')).toEqual([
      expect.stringMatching(
        /^es\/troubleshooters\/test\.yaml:5: node "what-happens" differs from the original: it has kind question, leads to \[try-fix, support\]/,
      ),
    ]);
    const translated = TROUBLESHOOTER.replace(/^(limits|scenarios):[\s\S]*?(?=^nodes:)/gm, '');
    const missing = await check({
      'site.json': siteJson({ languages: { en: 'English', es: 'Español' } }),
      'es/troubleshooters/test.yaml': translated.slice(0, translated.indexOf('  - id: support')),
    });
    expect(messages(missing, 'troubleshooter-translation')).toEqual([
      'es/troubleshooters/test.yaml:25: node "support" is missing. Add it after node "other-error", translating the original\'s (troubleshooters/test.yaml:39). If you changed the original (troubleshooters/test.yaml) on purpose, raise its `updated` date: the translation then counts as outdated and the original is shown in its place until it is translated again.',
    ]);
    // Once the original says it changed after the translation was made, the translation is
    // outdated: a warning, and the original stands in for it.
    const outdated = await check({
      'site.json': siteJson({ languages: { en: 'English', es: 'Español' } }),
      'troubleshooters/test.yaml': TROUBLESHOOTER.replace(/^start: /m, 'updated: 2026-11-29\nstart: '),
      'es/troubleshooters/test.yaml': translated.slice(0, translated.indexOf('  - id: support')).replace(/^start: /m, 'translatedFrom: 2026-11-01\nstart: '),
    });
    expect(messages(outdated, 'troubleshooter-translation')).toEqual([]);
    expect(messages(outdated, 'troubleshooter-translation-outdated')).toEqual([
      expect.stringMatching(/^es\/troubleshooters\/test\.yaml: translated from an older version of troubleshooters\/test\.yaml, which has changed since/),
    ]);
  });

  it('requires a cause to link to a fix, and a look-alike error to link to the main guide (errors)', async () => {
    const problems = await check({
      'articles/causes/cause.mdx': article({ title: 'The cause', kind: 'cause' }, 'Read [the guide](/guides/main/), then try the fix.\n'),
      'articles/errors/lookalike.mdx': article({ title: 'Another error', kind: 'error' }, 'Not this one.\n'),
    });
    expect(messages(problems, 'cause-links-fix')).toEqual([
      'articles/causes/cause.mdx: this cause links to no fix in its text. Link the fix that solves it ([what to do](/guides/<fix>/)), so a reader who finds their cause knows what to do next.',
    ]);
    expect(messages(problems, 'error-links-main-guide')).toEqual([
      'articles/errors/lookalike.mdx: this look-alike error does not link to the main guide in its text. Link /guides/main/ (mainGuide in site.json), so a reader who landed here by mistake finds the right page.',
    ]);
    expect(problems.filter((p) => p.rule === 'cause-links-fix' || p.rule === 'error-links-main-guide').every((p) => p.level === 'error')).toBe(true);
  });

  it('warns about a new article nothing links to yet, and does not fail on it', async () => {
    const problems = await check({ 'articles/fixes/new-fix.mdx': article({ title: 'A new fix', kind: 'fix' }, 'Reload [the page](/guides/main/).\n') });
    expect(messages(problems, 'orphan')).toEqual([
      'articles/fixes/new-fix.mdx: nothing links to this article yet: no other article\'s text or "related", and no troubleshooter step. Link it from the articles it belongs with (or add "new-fix" to their "related"); until then readers find it only by search.',
    ]);
    expect(problems.map((p) => p.level)).toEqual(['warning']);
  });

  it('warns about a fix that no cause links to and no troubleshooter offers, then about one the troubleshooter does not offer', async () => {
    const linkedFromGuide = await check({
      'articles/fixes/new-fix.mdx': article({ title: 'A new fix', kind: 'fix' }, 'Text.\n'),
      'articles/guides/main.mdx': article({ title: 'The main guide' }, 'It may be [the cause](/guides/cause/), or [try this](/guides/new-fix/).\n'),
    });
    expect(messages(linkedFromGuide, 'fix-linked')).toEqual([
      'articles/fixes/new-fix.mdx: no cause links to this fix in its text, and no troubleshooter offers it. Link it from the cause it solves, or offer it in a step of troubleshooters/test.yaml ("article: new-fix").',
    ]);
    const linkedFromCause = await check({
      'articles/fixes/new-fix.mdx': article({ title: 'A new fix', kind: 'fix' }, 'Text.\n'),
      'articles/causes/cause.mdx': article({ title: 'The cause', kind: 'cause' }, 'Try [the fix](/guides/fix/) or [this one](/guides/new-fix/).\n'),
    });
    expect(messages(linkedFromCause, 'in-troubleshooter')).toEqual([
      'articles/fixes/new-fix.mdx: no troubleshooter step offers this fix. Point a step of troubleshooters/test.yaml at it ("article: new-fix"), so readers who answer the questions reach it.',
    ]);
    expect([...linkedFromGuide, ...linkedFromCause].every((p) => p.level === 'warning')).toBe(true);
  });

  it('checks spelling in each file’s language, with the project’s word lists, and leaves code, addresses and fields alone', async () => {
    const problems = await check(
      {
        'site.json': siteJson({ languages: { en: 'English', es: 'Español' } }),
        'words.txt': '# Names\nZorblax\n',
        'articles/guides/main.mdx': article(
          { title: 'The main guide', aliases: "['zzyzx typed by readers']" },
          'It may be [the cause](/guides/cause/). Zorblax says the page is seperate; see `qwertzuiop` at https://example.org/xyzzyq.\n',
        ),
        'es/words.txt': 'desactívalo\n',
        'es/articles/guides/main.mdx':
          "---\ntitle: 'La guía principal'\ndescription: 'Una descripción lo bastante larga para el esquema de la prueba.'\ntranslatedFrom: 2026-11-28\n---\n\nDesactívalo y vuelve a intentarlo; tambien es una página con la [causa](/guides/cause/).\n",
      },
      true,
    );
    expect(messages(problems, 'spelling')).toEqual([
      expect.stringMatching(
        /^articles\/guides\/main\.mdx:12: "seperate" is not in the dictionary\. Did you mean "separate".*\? If it is spelt right, add it to words\.txt\.$/,
      ),
      expect.stringMatching(
        /^es\/articles\/guides\/main\.mdx:7: "tambien" is not in the dictionary\. Did you mean "también".*\? If it is spelt right, add it to es\/words\.txt\.$/,
      ),
    ]);
    expect(problems.every((p) => p.level === 'warning')).toBe(true);
  });

  it('prints one line per problem and the counts, and the command fails only on errors', () => {
    const report: Report = {
      files: 3,
      unchecked: [],
      problems: [{ rule: 'orphan', level: 'warning', text: 'articles/x.mdx: nothing links to this article yet.' }],
    };
    expect(formatReport(report, 0.42)).toBe(
      'warning articles/x.mdx: nothing links to this article yet. [orphan]\nContent check: 0 errors, 1 warning in 3 files (0.4 s). Each rule is explained in the README, "Write an article".',
    );
    folder = contentFolder({ ...soundSite(), 'articles/fixes/new-fix.mdx': article({ title: 'A new fix', kind: 'fix' }, 'Text.\n') });
    const run = (dir: string) =>
      spawnSync(process.execPath, ['src/cli/check-content.ts', '--no-spelling'], { env: { ...process.env, KB_CONTENT_DIR: dir }, encoding: 'utf8' });
    const warned = run(folder.dir);
    expect(warned.status).toBe(0);
    expect(warned.stdout).toContain('0 errors, 1 warning in');
    folder.remove();
    folder = contentFolder({ ...soundSite(), 'articles/fixes/fix.mdx': article({ title: 'The fix', kind: 'fixes' }, 'Text.\n') });
    const failed = run(folder.dir);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^error {3}.*fix\.mdx:4: kind: .*Did you mean "fix"\? \[frontmatter\]$/m);
  });
});

describe('the real content', () => {
  // Spelling only warns, and `npm test` runs `npm run check:content` with it first.
  it('has no error', async () => {
    const report = await checkContent({ contentDir: 'content' });
    expect(report.problems.filter((p) => p.level === 'error').map((p) => p.text)).toEqual([]);
    expect(report.files).toBeGreaterThan(90);
  });
});

describe('the rules', () => {
  it('are each listed in the README’s table, with their level', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('## Write an article'), readme.indexOf('## Languages'));
    for (const rule of RULE_IDS) expect(table, rule).toMatch(new RegExp(`\\| \`${rule}\` \\| ${RULES[rule].level} \\|`));
  });
});
