/**
 * `npm run new`: starts an article, or a translation of one, with every field explained.
 *
 *   npm run new -- fix clear-site-data            a new fix, in content/articles/fixes/
 *   npm run new -- fix clear-site-data "Clear site data for chatgpt.com"
 *   npm run new -- --lang es fixes/turn-off-vpn   its Spanish translation, to translate
 *   npm run new                                   asks for what is missing
 *
 *   KB_CONTENT_DIR  the content folder (default ./content)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { KINDS } from '../lib/kinds.ts';
import { checkKind, checkLanguage, checkNewSlug, checkSlug, NewArticleError, planArticle, planTranslation, type Planned } from '../lib/new-article.ts';

const USAGE = `Usage:
  npm run new -- <kind> <file-name> ["Title"]     a new article; kinds: ${KINDS.join(', ')}
  npm run new -- --lang <language> <file-name>    a translation of an article
  npm run new                                     asks for what is missing`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const contentDir = resolve(process.env['KB_CONTENT_DIR'] ?? './content');
  const interactive = process.stdin.isTTY === true;
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  /**
   * The argument at `index`, checked, or else the writer's answer to `question`, asked again
   * with the reason until it passes the check.
   */
  const ask = async <T>(index: number, question: string, check: (answer: string) => T): Promise<T> => {
    const given = positionals[index];
    if (given !== undefined) return check(given);
    if (!prompt) throw new NewArticleError(`${question.replace(/:\s*$/, '')} is missing.\n${USAGE}`);
    for (;;) {
      try {
        return check(await prompt.question(question));
      } catch (error) {
        if (!(error instanceof NewArticleError)) throw error;
        console.log(error.message);
      }
    }
  };

  try {
    let planned: Planned;
    if (values.lang !== undefined) {
      const locale = values.lang;
      checkLanguage(contentDir, locale);
      planned = await ask(0, 'Article to translate (its file name, e.g. turn-off-vpn): ', (article) => planTranslation(contentDir, locale, article));
    } else {
      const kind = await ask(0, `Kind (${KINDS.join(', ')}): `, checkKind);
      const slug = await ask(1, 'File name, which is also its address (e.g. clear-site-data): ', (answer) => checkNewSlug(contentDir, checkSlug(answer)));
      const title = positionals[2] ?? (prompt ? await prompt.question('Title (Enter to write it later): ') : undefined);
      planned = planArticle(contentDir, kind, slug, title);
    }
    if (existsSync(planned.file)) throw new NewArticleError(`${planned.file} already exists. Edit it, or choose another file name.`);
    mkdirSync(dirname(planned.file), { recursive: true });
    writeFileSync(planned.file, planned.text, { flag: 'wx' });
    console.log(
      [
        `Created ${planned.file}, a draft.`,
        'Fill in every field (each has a comment saying what it is for) and write the body;',
        `\`npm run dev\` shows it at http://localhost:4321/${planned.address} as you write.`,
        'Set `draft: false` to publish it.',
      ].join('\n'),
    );
  } catch (error) {
    if (!(error instanceof NewArticleError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  } finally {
    prompt?.close();
  }
}

await main();
