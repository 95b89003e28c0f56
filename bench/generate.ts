/**
 * A synthetic knowledge base of N articles and a troubleshooter of matching size, written
 * in the same format as content/, for the scale benchmark. Deterministic for a given N.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const KINDS = ['guide', 'cause', 'fix', 'error'] as const;

/**
 * The words of the real articles with how often they use them (`words.tsv`, counted from
 * the article bodies in content/ without frontmatter, tags, links or code). Synthetic text
 * draws from it at those frequencies, so "the" is as common as in real writing and
 * "firewall" as rare: what a search downloads depends on how often its words occur.
 */
const VOCABULARY = readFileSync(join(import.meta.dirname, 'words.tsv'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => {
    const [word = 'page', count = '1'] = line.split('\t');
    return { word, count: Number(count) };
  });
const WORDS = VOCABULARY.map((v) => v.word);
const CUMULATIVE = (() => {
  let sum = 0;
  return VOCABULARY.map((v) => (sum += v.count));
})();
const TOTAL = CUMULATIVE.at(-1) ?? 1;

/** A word drawn at its real frequency: binary search of the running totals. */
function drawWord(rand: () => number): string {
  const target = rand() * TOTAL;
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((CUMULATIVE[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return WORDS[lo] ?? 'page';
}

/** A small deterministic random generator, so two runs at the same N build the same site. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(rand: () => number, min = 8, max = 18): string {
  const n = min + Math.floor(rand() * (max - min));
  const words = Array.from({ length: n }, () => drawWord(rand));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand: () => number, sentences = 4): string {
  return Array.from({ length: sentences }, () => sentence(rand)).join(' ');
}

export const slug = (i: number) => `article-${String(i).padStart(5, '0')}`;
export const kindOf = (i: number) => KINDS[i % KINDS.length] ?? 'guide';

/** About 700 words with h2/h3 headings, lists, links, a callout and steps: a realistic article. */
function article(i: number, n: number): string {
  const rand = rng(i + 1);
  const kind = kindOf(i);
  const link = (offset: number) => slug((i + offset) % n);
  const related = [1, 2, 3].map((o) => `'${link(o * 7)}'`).filter((s) => s !== `'${slug(i)}'`);
  const title = `${sentence(rand, 3, 6).replace(/\.$/, '')} ${i}`;
  return `---
title: '${title}'
description: '${sentence(rand, 14, 22)}'
kind: ${kind}
errorCodes: ['${1000 + (i % 40)}']
related: [${related.join(', ')}]
sources:
  - title: 'Reference page ${i}'
    url: https://example.org/reference/${i}
updated: 2026-11-28
aliases: ['${WORDS[100 + (i % 500)]} ${WORDS[100 + ((i * 3) % 500)]}', 'code ${1000 + (i % 40)}']
priority: ${i % 100}
---

${paragraph(rand, 3)}

## What you see

${paragraph(rand, 5)}

- ${sentence(rand)}
- ${sentence(rand)}
- ${sentence(rand)} See [the related guide](/guides/${link(1)}/).

### How to check

${paragraph(rand, 4)}

<Callout type="tip">

${paragraph(rand, 2)}

</Callout>

## What to do

<Steps>
  <Step title="${sentence(rand, 3, 5).replace(/\.$/, '')}">

${paragraph(rand, 2)}

  </Step>
  <Step title="${sentence(rand, 3, 5).replace(/\.$/, '')}">

${paragraph(rand, 2)} Then read [this guide](/guides/${link(2)}/).

  </Step>
</Steps>

### If it did not work

${paragraph(rand, 4)}

## Why it happens

${paragraph(rand, 6)}

${paragraph(rand, 5)}

## Related reading

${paragraph(rand, 3)} Continue with [the next guide](/guides/${link(3)}/).
`;
}

/**
 * A troubleshooter with one "try a fix" step per 10 articles, chained: each fix's "no" leads
 * to a question that branches to the next fix or to a look-alike outcome.
 */
function troubleshooter(n: number): string {
  const fixes = Array.from({ length: n }, (_, i) => i).filter((i) => kindOf(i) === 'fix');
  const steps = Math.max(2, Math.floor(n / 10));
  const lines = [
    'title: Synthetic troubleshooter',
    'description: A generated troubleshooter that matches the size of the generated articles.',
    'start: q-0',
    'nodes:',
  ];
  for (let s = 0; s < steps; s++) {
    const fix = fixes[s % fixes.length] ?? 2;
    const nextQuestion = s + 1 < steps ? `q-${s + 1}` : 'support';
    lines.push(
      `  - id: q-${s}`,
      '    kind: question',
      `    title: 'Question number ${s}?'`,
      `    help: 'Pick the answer that matches what you see at step ${s}.'`,
      '    answers:',
      `      - label: 'Yes, try fix ${s}'`,
      `        next: fix-${s}`,
      `      - label: 'No, it is something else'`,
      `        next: ${s + 1 < steps ? `q-${s + 1}` : `error-${s}`}`,
      `  - id: fix-${s}`,
      '    kind: fix',
      `    title: 'Try fix ${s}'`,
      `    article: ${slug(fix)}`,
      `    instruction: 'Follow the steps of fix ${s}, then reload the page.'`,
      '    solved: solved',
      `    next: ${nextQuestion}`,
    );
    if (s + 1 >= steps) {
      lines.push(
        `  - id: error-${s}`,
        '    kind: outcome',
        '    result: article',
        `    title: 'Read about this error ${s}'`,
        '    text: This is another error; the article explains it.',
        `    article: ${slug((fix + 1) % n)}`,
      );
    }
  }
  lines.push(
    '  - id: solved',
    '    kind: outcome',
    '    result: solved',
    '    title: Solved',
    '    text: Good, it works again.',
    '  - id: support',
    '    kind: outcome',
    '    result: support',
    '    title: Contact support',
    '    text: Nothing here worked, so send support the summary.',
  );
  return `${lines.join('\n')}\n`;
}

/** Writes the knowledge base into `dir/content`; returns the content folder. */
export function generate(dir: string, n: number, siteJson: string): string {
  const content = join(dir, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  mkdirSync(join(content, 'troubleshooters'), { recursive: true });
  // The real site's settings and UI texts, without the articles the settings name, which a
  // synthetic knowledge base does not have.
  const { supportArticle: _support, mainGuide: _main, ...settings } = JSON.parse(readFileSync(siteJson, 'utf8')) as Record<string, unknown>;
  writeFileSync(join(content, 'site.json'), JSON.stringify(settings, null, 2));
  cpSync(join(dirname(siteJson), 'ui.json'), join(content, 'ui.json'));
  for (let i = 0; i < n; i++) {
    writeFileSync(join(content, 'articles', `${slug(i)}.mdx`), article(i, n));
  }
  writeFileSync(join(content, 'troubleshooters', 'synthetic.yaml'), troubleshooter(n));
  return content;
}
