/**
 * The floor the site is measured against: bare Astro + MDX + Pagefind building the same
 * generated articles with a one-line layout, nothing else. Same Astro, same Markdown
 * processor, same machine, same run, so the ratio holds whatever the machine's speed that day.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): { seconds: number; peakMB: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`floor: ${command} failed:\n${(result.stdout + result.stderr).split('\n').slice(-30).join('\n')}`);
  const [seconds = 0, kb = 0] = (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { seconds, peakMB: kb / 1024 };
}

/** Builds the floor site for the articles in `articlesDir` inside `dir`; time is both steps, memory the larger. */
export function buildFloor(dir: string, articlesDir: string): { seconds: number; peakMB: number } {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const env = { ...process.env, FLOOR_ARTICLES: articlesDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  const astro = timed(join(ROOT, 'node_modules/.bin/astro'), ['build'], dir, env);
  const pagefind = timed(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', 'dist'], dir, env);
  return { seconds: astro.seconds + pagefind.seconds, peakMB: Math.max(astro.peakMB, pagefind.peakMB) };
}
