/**
 * The floor the site is measured against: bare Astro + MDX + Pagefind building the same
 * generated articles with a one-line layout, nothing else. Same Astro, same Markdown
 * processor, same machine, same run, so the ratio holds whatever the machine's speed that day.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { timed } from './timed.ts';

const ROOT = resolve(import.meta.dirname, '..');

const files: Record<string, string> = {
  'package.json': '{ "name": "floor", "type": "module", "private": true }\n',
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
// Its own cache: node_modules is shared with the project, and so would be the default cache.
export default defineConfig({ cacheDir: './.cache', integrations: [mdx()], markdown: { syntaxHighlight: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: process.env.FLOOR_ARTICLES }) }) };
`,
  'src/components/Box.astro': '<div><slot /></div>\n',
  'src/pages/guides/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Box from '../../components/Box.astro';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content components={{ Callout: Box, Steps: Box, Step: Box }} /></body></html>
`,
};

/** Builds the floor site for the articles in `articlesDir` in a folder of its own; time is both steps, memory the larger. */
export function buildFloor(articlesDir: string): { seconds: number; peakMB: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kb-floor-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const env = { ...process.env, FLOOR_ARTICLES: articlesDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
    const astro = timed(join(ROOT, 'node_modules/.bin/astro'), ['build'], dir, env);
    const pagefind = timed(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', 'dist'], dir, env);
    return { seconds: astro.seconds + pagefind.seconds, peakMB: Math.max(astro.peakMB, pagefind.peakMB) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
