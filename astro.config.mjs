// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headingLinks } from './src/lib/markdown/heading-links.ts';
import { internalLinks } from './src/lib/markdown/internal-links.ts';
import { stepTitles } from './src/lib/markdown/step-titles.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { normaliseBasePath } from './src/lib/base-path.ts';
import { cspHash } from './src/lib/csp.ts';
import { inSitemap, LINK_SECTIONS } from './src/lib/routes.ts';
import { localesOf } from './src/lib/i18n/locales.ts';
import { localeOfFile, uiText } from './src/lib/i18n/files.ts';
import { isUntranslated, sitemapLanguages, untranslatedPages } from './src/lib/i18n/sitemap.ts';
import { THEME_INIT_SCRIPT } from './src/lib/theme-init.ts';

/*
 * Everything deployment-specific comes from the environment, so the same code builds for
 * localhost, a custom domain or a GitHub Pages sub-path:
 *   SITE_URL        the public origin, e.g. https://example.org   (canonical URLs, sitemap)
 *   BASE_PATH       the sub-path the site is served under, e.g. /kb/  (default /)
 *   KB_CONTENT_DIR  the folder holding articles, troubleshooters and site.json (default ./content)
 *   KB_OUT_DIR      where the site is written (default ./dist)
 *   KB_CACHE_DIR    Astro's cache, e.g. the content store (default ./node_modules/.astro)
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = normaliseBasePath(process.env.BASE_PATH);
const contentDir = resolve(process.env.KB_CONTENT_DIR ?? './content');
// The languages, for routing and the sitemap. The settings are validated by the content check
// (the first integration below), which names a broken site.json's line; until it runs, a file
// that cannot be read stands for a site in English.
const locales = localesOf(readSettings());

function readSettings() {
  try {
    return JSON.parse(readFileSync(resolve(contentDir, 'site.json'), 'utf8'));
  } catch {
    return { lang: 'en' };
  }
}
// Pages served in the default language for want of a translation: not in the sitemap.
const untranslated = untranslatedPages(contentDir, locales);
// Drafts are pages in `astro dev` only (set by the kb-drafts integration below, which learns
// the command); the link check reads it, so a link to a draft works there and breaks a build.
let draftsShown = false;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // The default language at the root, each other one under /<lang>/ (src/pages/[...lang]/).
  i18n: { defaultLocale: locales.default, locales: locales.all, routing: { prefixDefaultLocale: false } },
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  integrations: [
    // The content check first: a content mistake stops the build before any page renders,
    // with the message `npm run check:content` prints (src/lib/check/).
    contentCheck(contentDir),
    // Static parts of an article compile to HTML strings instead of one call per element:
    // smaller modules, a faster build and less memory at thousands of articles.
    mdx({ optimize: true }),
    sitemap({
      filter: (page) => inSitemap(page, base, locales.translations) && !isUntranslated(new URL(page).pathname.slice(base.length), untranslated),
      // Each page lists its versions in the other languages, and the default one as x-default.
      serialize: (item) => ({ ...item, links: sitemapLanguages(item.url, base, locales, untranslated) }),
    }),
    // The search index, its vocabulary and _headers, from one read of the built pages.
    postBuild(),
    {
      name: 'kb-drafts',
      hooks: {
        'astro:config:setup': ({ command }) => {
          draftsShown = command === 'dev';
        },
      },
    },
    {
      // Local builds may leave SITE_URL unset; a build for the web must not.
      name: 'kb-site-url',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!process.env.SITE_URL)
            logger.warn(`SITE_URL is not set, so canonical links, the sitemap and structured data use ${site}. Set it for a build you deploy.`);
        },
      },
    },
  ],
  build: {
    // Scripts and styles ship as files, never inlined: cacheable across pages, and the same
    // Content Security Policy then fits every page (only the theme script is inline).
    inlineStylesheets: 'never',
    // Render a few pages at once: while one waits on the disk, another renders.
    concurrency: 2,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        // The opt-in connection check asks Cloudflare's trace page, and only after the reader
        // presses its button (src/components/connection/).
        "connect-src 'self' https://www.cloudflare.com",
        // Pagefind runs its search index in a WebAssembly worker created from a blob.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // The theme script is the one inline script (src/lib/theme-init.ts); its hash comes from
      // the same text the layout renders. The build checks every page for any other.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(THEME_INIT_SCRIPT)] },
    },
  },
  markdown: {
    // Code blocks here are templates and addresses, not source code. Shiki's colours come as
    // inline style attributes, which the Content Security Policy rightly blocks.
    syntaxHighlight: false,
    // Sätteri, Astro's native Markdown processor: it compiles articles several times faster
    // than the unified (remark/rehype) pipeline, which made the whole build at 5,000
    // articles take about 1.7 times as long.
    processor: satteri({
      hastPlugins: [
        // Ids first (Astro's own id step runs after these and keeps them), so the table of
        // contents and the section links agree.
        headingLinks((file) => uiText(contentDir, locales, file ? localeOfFile(contentDir, locales, file) : locales.default, 'article.sectionLink')),
        internalLinks({
          base,
          contentDir,
          translations: locales.translations,
          sections: LINK_SECTIONS,
          draftsShown: () => draftsShown,
        }),
        stepTitles(),
      ],
    }),
  },
  vite: {
    plugins: [
      {
        // Tailwind scans src/ (global.css says `source('../')`) and, through this, the topic's
        // own components, wherever KB_CONTENT_DIR puts them: a path in the CSS file could
        // only name the default folder. Without it their classes are never generated.
        name: 'kb-content-components',
        enforce: 'pre',
        transform(code, id) {
          if (!(id.split('?')[0] ?? '').endsWith('/src/styles/global.css')) return undefined;
          return { code: `${code}\n@source ${JSON.stringify(resolve(contentDir, 'components'))};\n`, map: null };
        },
      },
      tailwindcss(),
    ],
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the
        // bundler reports once per article; it is expected and says nothing actionable.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
    // `@content` is the topic; `@kb` the engine, for the topic's own components (content/components/).
    resolve: { alias: { '@content': contentDir, '@kb': resolve('./src') } },
  },
});
