import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { DIST, htmlFiles } from '../support/site';
import { outsideDocument, selectsWithoutSelected, pseudoElementVariants } from '../support/markup-checks';

/*
 * Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json),
 * plus the defects that validator does not see but the W3C Nu checker and a reader do. These
 * read dist/ only; no browser.
 */
const pages = htmlFiles().map((file) => ({ file, html: readFileSync(join(DIST, file), 'utf8') }));

test('every page in dist/ is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const { file } of pages) {
    const report = await validator.validateFile(join(DIST, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});

test('nothing follows </html>', () => {
  expect(pages.flatMap(({ file, html }) => outsideDocument(html).map((p) => `${file}: ${p}`))).toEqual([]);
});

test('every select marks its first choice as selected in the markup', () => {
  expect(pages.flatMap(({ file, html }) => selectsWithoutSelected(html).map((p) => `${file}: ${p}`))).toEqual([]);
});

test('no variant in the CSS is attached after a pseudo-element, where it compiles to nothing', () => {
  const dir = join(DIST, '_astro');
  const problems = readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .flatMap((f) => pseudoElementVariants(readFileSync(join(dir, f), 'utf8')).map((p) => `${f}: ${p}`));
  expect(problems).toEqual([]);
});

test('every HowTo step points at a step on its page, with its text', () => {
  const problems: string[] = [];
  let steps = 0;
  for (const { file, html } of pages) {
    for (const [, json = ''] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      for (const data of [JSON.parse(json)].flat() as { '@type'?: string; step?: { url: string; text?: string }[] }[]) {
        if (data['@type'] !== 'HowTo') continue;
        for (const step of data.step ?? []) {
          steps++;
          const id = decodeURIComponent(new URL(step.url).hash.slice(1));
          if (!id || !html.includes(` id="${id}"`)) problems.push(`${file}: HowTo step ${step.url} has no element with that id`);
          if (!step.text) problems.push(`${file}: HowTo step ${step.url} has no text`);
        }
      }
    }
  }
  expect(steps).toBeGreaterThan(10);
  expect(problems).toEqual([]);
});
