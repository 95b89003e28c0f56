import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editLink } from '../../src/lib/edit-link';
import { siteSchema } from '../../src/lib/site-schema';

/* "Edit this page": the address of an article's own file in the repository, from `editUrl` in site.json. */
const EDIT = 'https://github.com/owner/repo/edit/main/';

describe('the edit link', () => {
  it('adds the file’s path from the project folder to the repository’s edit address', () => {
    expect(editLink(EDIT, 'content/articles/fixes/turn-off-vpn.mdx', '/work/kb')).toBe(`${EDIT}content/articles/fixes/turn-off-vpn.mdx`);
    expect(editLink(EDIT, '/work/kb/content/es/articles/fixes/turn-off-vpn.mdx', '/work/kb')).toBe(`${EDIT}content/es/articles/fixes/turn-off-vpn.mdx`);
  });

  it('adds the slash an address without one needs, and encodes what an address cannot hold', () => {
    expect(editLink('https://gitlab.example.org/kb/-/edit/main', 'content/articles/a b.mdx', '/kb')).toBe(
      'https://gitlab.example.org/kb/-/edit/main/content/articles/a%20b.mdx',
    );
  });

  it('is left out without an edit address, or for a file outside the project', () => {
    expect(editLink(undefined, 'content/articles/fixes/a.mdx', '/work/kb')).toBeUndefined();
    expect(editLink(EDIT, '/elsewhere/articles/a.mdx', '/work/kb')).toBeUndefined();
  });
});

describe('editUrl in site.json', () => {
  const settings = JSON.parse(readFileSync('content/site.json', 'utf8')) as Record<string, unknown>;
  it('is optional, and must be a full web address', () => {
    expect(siteSchema.safeParse({ ...settings, editUrl: undefined }).success).toBe(true);
    expect(siteSchema.safeParse({ ...settings, editUrl: EDIT }).success).toBe(true);
    expect(siteSchema.safeParse({ ...settings, editUrl: 'github.com/owner/repo' }).error?.issues[0]?.message).toMatch(/must be a full https:\/\/ address/);
  });
});
