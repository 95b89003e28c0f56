import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { articleSchema, translationSchema } from '../../src/lib/article-schema';
import { KINDS } from '../../src/lib/kinds';
import { internalLinks } from '../../src/lib/markdown/internal-links';
import { articleTemplate, checkKind, checkSlug, planArticle, planTranslation, splitFrontmatter, translationTemplate } from '../../src/lib/new-article';

/* `npm run new`: the files it writes parse with the real schemas and compile, in the right place, and mistakes are refused. */

const root = mkdtempSync(join(tmpdir(), 'kb-new-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(content, path)), { recursive: true });
  writeFileSync(join(content, path), text);
  return join(content, path);
};
write('site.json', JSON.stringify({ lang: 'en', languages: { en: 'English', es: 'Español' } }));
write(
  'articles/fixes/turn-off-vpn.mdx',
  "---\ntitle: 'Turn off the VPN'\ndescription: 'Turn the VPN off, then reload the page to see whether the block is gone.'\naliases: ['vpn', 'proxy']\nupdated: 2026-11-20\n---\n\n## Why\n\nText.\n",
);
const undated = write('articles/causes/undated.mdx', "---\ntitle: 'No date'\n---\n\nBody.\n");
utimesSync(undated, new Date('2026-11-25T10:00:00Z'), new Date('2026-11-25T10:00:00Z'));

/** Compiles an article body as the site does, with the link check, in a content folder with no other article. */
async function compiles(body: string): Promise<void> {
  mkdirSync(join(root, 'empty', 'articles'), { recursive: true });
  const links = internalLinks({ base: '/', contentDir: join(root, 'empty'), translations: [], sections: ['/guides/', '/troubleshoot/'] });
  await mdxToJs(body, {
    hastPlugins: [links()],
    fileURL: pathToFileURL(join(root, 'empty', 'articles', 'x.mdx')),
    jsxImportSource: 'astro',
    data: { astro: { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
}

describe('a new article', () => {
  it.each(KINDS)('of kind %s parses with the article schema as written, as a draft, and its body compiles with no broken link', async (kind) => {
    const { data, body } = splitFrontmatter(articleTemplate(kind, 'clear-site-data'));
    const parsed = articleSchema.parse(data);
    expect(parsed).toMatchObject({ kind, title: 'Clear site data', draft: true });
    await compiles(body);
  });

  it('names every field of the schema, each with a comment above it', () => {
    const text = articleTemplate('fix', 'x-y-z');
    for (const field of Object.keys(articleSchema.shape)) {
      expect(text, field).toMatch(new RegExp(`#[^\\n]*\\n(# ${field}|${field}):`));
    }
  });

  it('keeps a title with quotes in it', () => {
    const { data } = splitFrontmatter(articleTemplate('guide', 'x', 'It’s "blocked" and it\'s odd: why?'));
    expect(articleSchema.parse(data).title).toBe('It’s "blocked" and it\'s odd: why?');
  });

  it('goes in the folder of its kind', () => {
    expect(planArticle(content, 'fix', 'clear-site-data', undefined, root).file).toBe('content/articles/fixes/clear-site-data.mdx');
    expect(planArticle(content, 'error', 'error-1015', 'Error 1015', root)).toMatchObject({
      file: 'content/articles/errors/error-1015.mdx',
      address: 'guides/error-1015/',
    });
  });

  it('refuses a file name another article uses, in any folder, naming that file', () => {
    expect(() => planArticle(content, 'guide', 'turn-off-vpn', undefined, root)).toThrow(
      'content/articles/fixes/turn-off-vpn.mdx already uses the file name "turn-off-vpn", and every article needs its own (it is the address). Choose another, or edit that file.',
    );
  });

  it('refuses a file name that cannot be an address, and a kind that does not exist', () => {
    expect(checkSlug('clear-site-data.mdx')).toBe('clear-site-data');
    expect(() => checkSlug('Clear Site Data')).toThrow(
      '"Clear Site Data" cannot be a file name: use lower-case letters, digits and single hyphens, e.g. "turn-off-vpn".',
    );
    expect(() => checkKind('tutorial')).toThrow('"tutorial" is not a kind of article. Use one of: guide, cause, fix, error.');
    expect(checkKind('Fix')).toBe('fix');
  });
});

describe('a new translation', () => {
  it('has the translation fields, the original’s texts and body to translate, its date, and parses with the translation schema', async () => {
    const planned = planTranslation(content, 'es', 'fixes/turn-off-vpn', root);
    expect(planned.file).toBe('content/es/articles/fixes/turn-off-vpn.mdx');
    expect(planned.address).toBe('es/guides/turn-off-vpn/');
    const { data, body } = splitFrontmatter(planned.text);
    expect(translationSchema.parse(data)).toEqual({
      title: 'Turn off the VPN',
      description: 'Turn the VPN off, then reload the page to see whether the block is gone.',
      aliases: ['vpn', 'proxy'],
      translatedFrom: new Date('2026-11-20'),
      draft: true,
    });
    expect(body.trimStart()).toBe('## Why\n\nText.\n');
    expect(planned.text).toContain('The Español (es) translation of content/articles/fixes/turn-off-vpn.mdx');
    await compiles(body);
  });

  it('takes the date the original’s page shows when it has no `updated`: its file’s', () => {
    const { data } = splitFrontmatter(planTranslation(content, 'es', 'undated', root).text);
    expect(data['translatedFrom']).toBe('2026-11-25');
  });

  it('refuses a language the site does not have, the default language, a missing original and an existing translation', () => {
    expect(() => planTranslation(content, 'fr', 'turn-off-vpn', root)).toThrow(
      '"fr" is not one of the site\'s languages (es). Add it to "languages" in content/site.json first, or use one of those.',
    );
    expect(() => planTranslation(content, 'en', 'turn-off-vpn', root)).toThrow(/"en" is the site's own language/);
    expect(() => planTranslation(content, 'es', 'gone', root)).toThrow('There is no article "gone" in content/articles to translate.');
    write('es/articles/fixes/turn-off-vpn.mdx', '---\ntitle: Ya existe\n---\n');
    expect(() => planTranslation(content, 'es', 'turn-off-vpn', root)).toThrow(
      'content/es/articles/fixes/turn-off-vpn.mdx already translates "turn-off-vpn". Edit that file instead.',
    );
    rmSync(join(content, 'es'), { recursive: true });
  });

  it('keeps the original’s quotes intact', () => {
    const text = translationTemplate(
      { file: 'a.mdx', data: { title: "It's 'quoted'", description: 'x', aliases: ["it's"] }, body: 'B', updated: '2026-01-02' },
      'es',
      'Español',
    );
    const { data } = splitFrontmatter(text);
    expect(data).toMatchObject({ title: "It's 'quoted'", aliases: ["it's"], translatedFrom: '2026-01-02' });
  });
});

describe('npm run new', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(import.meta.dirname, '../../src/cli/new.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, KB_CONTENT_DIR: './content' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('writes the file and says what to do next', () => {
    const result = run('cause', 'slow-network', 'A slow network');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created content/articles/causes/slow-network.mdx, a draft.');
    expect(result.stdout).toContain('http://localhost:4321/guides/slow-network/');
    expect(splitFrontmatter(readFileSync(join(content, 'articles/causes/slow-network.mdx'), 'utf8')).data['title']).toBe('A slow network');
  });

  it('refuses an existing slug, writing nothing and failing', () => {
    const result = run('fix', 'slow-network');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/articles/causes/slow-network.mdx already uses the file name "slow-network"');
    expect(existsSync(join(content, 'articles/fixes/slow-network.mdx'))).toBe(false);
  });

  it('writes a translation', () => {
    const result = run('--lang', 'es', 'causes/slow-network');
    expect(result.status).toBe(0);
    expect(existsSync(join(content, 'es/articles/causes/slow-network.mdx'))).toBe(true);
  });

  it('says what is missing, and how to call it, when it cannot ask', () => {
    const result = run('fix');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('File name, which is also its address (e.g. clear-site-data) is missing.');
    expect(result.stderr).toContain('npm run new -- <kind> <file-name>');
  });
});
