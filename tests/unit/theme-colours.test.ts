import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Colours come from the theme (src/styles/global.css) only, so a site restyles itself there:
 * components name the theme's colours (`accent`, the neutral `slate`, `info`, `success`,
 * `warning`, `danger`, `white`, `black`, and the `tone-*` and other utilities), never another
 * palette's or a colour written out. This reads every component, script and style outside the
 * theme, the topic's own components included.
 */
const ROOT = join(import.meta.dirname, '../..');
const THEME = 'src/styles/global.css';
const files = ['src', 'content/components'].flatMap((folder) =>
  readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts|css|mjs)$/.test(file))
    .map((file) => `${folder}/${file}`)
    .filter((file) => file !== THEME),
);

const PALETTES = 'red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose|gray|zinc|neutral|stone';
/** A Tailwind colour of a palette the theme does not use by name (`bg-amber-50`, `border-l-emerald-600`, `var(--color-red-400)`). */
const PALETTE_COLOUR = new RegExp(`(?:-|--color-)(?:${PALETTES})-\\d{2,3}\\b`, 'g');
/** A colour written out: hex (in CSS, a style attribute or an arbitrary value) or a colour function. */
const LITERAL_COLOUR = /(?:[:\s[(,]|^)#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3})\b(?![-\w])|\b(?:rgba?|hsla?|oklch|oklab|lab|lch|hwb)\(/gim;

/** The parts of a file that style: CSS, an .astro file's style blocks, style attributes and class strings. */
function styling(file: string, text: string): string {
  if (file.endsWith('.css')) return text;
  const styles = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  const attributes = [...text.matchAll(/\bstyle="([^"]*)"/g)].map((m) => m[1] ?? '');
  const classes = [...text.matchAll(/\b(?:class|className)\s*=\s*(?:"([^"]*)"|\{`([^`]*)`\}|'([^']*)')/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  // Class strings held in scripts and maps ('border-info-500 bg-info-50'), anywhere in the file.
  const strings = [...text.matchAll(/'([^'\n]*\b(?:bg|text|border|ring|outline|fill|stroke|decoration)-[^'\n]*)'/g)].map((m) => m[1] ?? '');
  return [...styles, ...attributes, ...classes, ...strings].join('\n');
}

describe('colours', () => {
  it('finds the components to read', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('content/components/ErrorPage.astro');
  });

  it('come from the theme in every component, never a palette colour or a colour written out', () => {
    const problems = files.flatMap((file) => {
      const text = styling(file, readFileSync(join(ROOT, file), 'utf8'));
      return [...text.matchAll(PALETTE_COLOUR), ...text.matchAll(LITERAL_COLOUR)].map(
        (m) =>
          `${relative(ROOT, join(ROOT, file))}: "${m[0].trim()}" is not a theme colour. Use one from ${THEME} (accent, slate, info, success, warning, danger, white, black, or a tone-* utility), or add a token there.`,
      );
    });
    expect(problems).toEqual([]);
  });

  it('would catch a palette class, a hex colour and a colour function', () => {
    const found = (file: string, text: string) =>
      [...styling(file, text).matchAll(PALETTE_COLOUR), ...styling(file, text).matchAll(LITERAL_COLOUR)].map((m) => m[0].trim());
    expect(found('a.astro', '<p class="border-l-4 border-amber-500 dark:bg-amber-950/40">x</p>')).toEqual(['-amber-500', '-amber-950']);
    expect(found('a.astro', '<style>.x { outline: 2px solid #f59e0b; color: rgb(0 0 0); }</style>')).toEqual(['#f59e0b', 'rgb(']);
    expect(found('a.astro', "const tone = { note: 'border-sky-500' };")).toEqual(['-sky-500']);
    // Not colours: an anchor, a theme token, the neutral.
    expect(found('a.astro', '<a href="#add" class="bg-warning-50 text-slate-800">x</a>')).toEqual([]);
  });
});
