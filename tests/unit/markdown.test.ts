import { mdxToJs, type HastPluginEntry } from 'satteri';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headingLinks } from '../../src/lib/markdown/heading-links';
import { internalLinks } from '../../src/lib/markdown/internal-links';
import { STEP_TITLES_KEY, stepTitles, stepsOf } from '../../src/lib/markdown/step-titles';

/** Compiles MDX the way the site does, with one of its plugins, and returns the code and data. */
async function compile(source: string, plugin: HastPluginEntry, file = '/articles/example.mdx') {
  const frontmatter: Record<string, unknown> = {};
  const result = await mdxToJs(source, {
    hastPlugins: [plugin],
    fileURL: pathToFileURL(file),
    jsxImportSource: 'astro',
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return { code: result.code, frontmatter };
}

describe('heading links', () => {
  it('gives headings unique ids and puts a section link beside h2 and h3 only', async () => {
    const { code } = await compile('## What to do\n\n### What to do\n\n#### Deep\n', headingLinks());
    expect(code).toContain('"what-to-do"');
    expect(code).toContain('"what-to-do-1"');
    expect(code).toContain('"#what-to-do-1"');
    expect(code).toContain('Section titled “What to do”');
    expect(code).toContain('"deep"');
    expect(code).not.toContain('"#deep"');
  });

  it('prefixes ids that would start with a digit, so they work as CSS selectors', async () => {
    const { code } = await compile('## 1010 or 1020?\n', headingLinks());
    expect(code).toContain('"section-1010-or-1020"');
    expect(code).toContain('"#section-1010-or-1020"');
  });
});

describe('step titles', () => {
  it('collects every Step title, text and id in order, for the HowTo data', async () => {
    const { frontmatter } = await compile(
      '<Steps>\n  <Step title="Open settings">\n\nTap **Settings**.\n\n  </Step>\n  <Step level={4} title=\'Reload\'>\n\ny\n\n  </Step>\n  <Step title="Reload">\n\nz\n\n  </Step>\n</Steps>\n',
      stepTitles(),
    );
    expect(stepsOf(frontmatter)).toEqual([
      { title: 'Open settings', text: 'Tap Settings.', id: 'step-open-settings' },
      { title: 'Reload', text: 'y', id: 'step-reload' },
      { title: 'Reload', text: 'z', id: 'step-reload-2' },
    ]);
  });

  it('adds nothing to an article without steps', async () => {
    const { frontmatter } = await compile('## Only text\n', stepTitles());
    expect(frontmatter).not.toHaveProperty(STEP_TITLES_KEY);
    expect(stepsOf(frontmatter)).toEqual([]);
  });
});

describe('internal links', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-links-'));
  mkdirSync(join(dir, 'articles', 'fixes'), { recursive: true });
  writeFileSync(join(dir, 'articles', 'fixes', 'turn-off-vpn.mdx'), '');
  const plugin = () => internalLinks({ base: '/kb/', contentDir: dir, translations: ['es'], sections: ['/guides/', '/troubleshoot/'] });

  it('prefixes the base path, inside components too', async () => {
    const { code } = await compile('<Callout>\n\nSee [it](/guides/turn-off-vpn/#why).\n\n</Callout>\n', plugin());
    expect(code).toContain('"/kb/guides/turn-off-vpn/#why"');
  });

  it('treats a link to a draft as broken in a build, which leaves drafts out, and says so', async () => {
    writeFileSync(join(dir, 'articles', 'fixes', 'unfinished.mdx'), '---\ntitle: Unfinished\ndraft: true\n---\n');
    writeFileSync(join(dir, 'articles', 'fixes', 'noted.mdx'), '---\ntitle: Noted\ndraft: true # not checked yet\n---\n');
    await expect(compile('[a](/guides/unfinished/)', plugin(), '/articles/x.mdx')).rejects.toThrow(
      /links to "\/guides\/unfinished\/", but the article "unfinished" is a draft \(draft: true\), which the built site leaves out\. Publish it \(draft: false\) or remove the link/,
    );
    await expect(compile('[a](/guides/noted/)', plugin(), '/articles/x.mdx')).rejects.toThrow(/"noted" is a draft/);
  });

  it('lets a link to a draft through where drafts are shown, as in astro dev', async () => {
    writeFileSync(join(dir, 'articles', 'fixes', 'unfinished.mdx'), '---\ntitle: Unfinished\ndraft: true\n---\n');
    let dev = true;
    const links = internalLinks({ base: '/kb/', contentDir: dir, translations: ['es'], sections: ['/guides/'], draftsShown: () => dev });
    const { code } = await compile('[a](/guides/unfinished/)', links());
    expect(code).toContain('"/kb/guides/unfinished/"');
    dev = false;
    await expect(compile('[a](/guides/unfinished/)', links())).rejects.toThrow(/"unfinished" is a draft/);
  });

  it('sees an article added after it first read the folder, as in astro dev', async () => {
    const links = plugin();
    await compile('[a](/guides/turn-off-vpn/)', links);
    writeFileSync(join(dir, 'articles', 'fixes', 'added-later.mdx'), '---\ntitle: Added later\n---\n');
    const { code } = await compile('[b](/guides/added-later/)', links);
    expect(code).toContain('"/kb/guides/added-later/"');
  });

  it('points a translation’s links at its own language', async () => {
    const { code } = await compile(
      'See [it](/guides/turn-off-vpn/#por-qué) or [the steps](/troubleshoot/).',
      plugin(),
      join(dir, 'es', 'articles', 'fixes', 'x.mdx'),
    );
    expect(code).toContain('"/kb/es/guides/turn-off-vpn/#por-qu%C3%A9"');
    expect(code).toContain('"/kb/es/troubleshoot/"');
  });

  it('names the file and every broken link', async () => {
    await expect(compile('[a](/guides/gone/) and [b](/elsewhere/)', plugin(), '/articles/broken.mdx')).rejects.toThrow(
      /broken\.mdx: broken link\.[\s\S]*no article "gone"[\s\S]*"\/elsewhere\/", which is not a page of this site/,
    );
  });
});
