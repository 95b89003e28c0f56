import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteSettings, siteSchema } from '../../src/lib/site-schema';

/* The site settings schema, parsed directly: the content's own file, and the mistakes it stops. */
const FILE = 'content/site.json';
const settings = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;

describe('the site settings', () => {
  it('accepts the content’s own site.json', () => {
    expect(siteSchema.safeParse(settings).error).toBeUndefined();
  });

  it('names the file and every invalid field, and says where the fields are explained', () => {
    let error: unknown;
    try {
      parseSiteSettings({ ...settings, lang: '', home: { ...(settings['home'] as object), perGroup: 0 } }, FILE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(Error);
    const { message, hint } = error as Error & { hint?: string };
    expect(message).toMatch(/^content\/site\.json: the site settings are invalid\.\n/);
    expect(message).toContain('  - lang: ');
    expect(message).toContain('  - home.perGroup: ');
    expect(hint).toContain('src/lib/site-schema.ts');
  });

  it('needs every article kind in the kind order, once', () => {
    const issues = (kindOrder: string[]) => siteSchema.safeParse({ ...settings, kindOrder }).error?.issues.map((i) => i.message) ?? [];
    expect(issues(['guide', 'cause', 'fix'])).toEqual(['must list each of guide, cause, fix, error exactly once']);
    expect(issues(['guide', 'cause', 'fix', 'fix'])).toEqual(['must list each of guide, cause, fix, error exactly once']);
    expect(issues(['error', 'fix', 'cause', 'guide'])).toEqual([]);
  });

  it('rejects a setting it does not know', () => {
    expect(siteSchema.safeParse({ ...settings, tagLine: 'A typo' }).success).toBe(false);
  });
});
