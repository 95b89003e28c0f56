import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitDates, lastUpdatedIn, parseGitLog, utcDay } from '../../src/lib/last-updated';
import { translationStatus } from '../../src/lib/i18n/status';

/* "Last updated" from git when an article's frontmatter leaves `updated` out. */

const root = mkdtempSync(join(tmpdir(), 'kb-last-updated-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Commits everything in `repo` as if on `date` (ISO), with no user configuration needed. */
function commit(repo: string, date: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-C', repo, '-c', 'user.name=Writer', '-c', 'user.email=writer@example.org', '-c', 'commit.gpgsign=false', ...args], {
      env,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  git('add', '-A');
  git('commit', '-q', '-m', `content of ${date}`);
}

const day = (date: Date) => date.toISOString().slice(0, 10);

describe('the last commit of every file', () => {
  it('reads git log output, newest commit first, as UTC days', () => {
    const log = '\0' + '1764460800\n\nfixes/a.mdx\n' + '\0' + '1764374400\n\nfixes/a.mdx\nfixes/b.mdx\n';
    const dates = parseGitLog(log);
    expect(day(dates.get('fixes/a.mdx') ?? new Date(0))).toBe('2025-11-30');
    expect(day(dates.get('fixes/b.mdx') ?? new Date(0))).toBe('2025-11-29');
    expect(dates.size).toBe(2);
  });

  it('takes each file’s last commit, in one read of the folder’s history, and the modification time of files git does not know', () => {
    const repo = join(root, 'repo');
    mkdirSync(repo);
    spawnSync('git', ['init', '-q', repo]);
    const older = write('repo/content/articles/causes/older.mdx', 'one');
    const changed = write('repo/content/articles/fixes/changed.mdx', 'one');
    commit(repo, '2026-10-01T10:00:00Z');
    writeFileSync(changed, 'two');
    // Late in the evening UTC: still that day, whatever the writer's time zone.
    commit(repo, '2026-11-20T23:30:00Z');
    const fresh = write('repo/content/articles/fixes/fresh.mdx', 'not committed yet');
    utimesSync(fresh, new Date('2026-11-25T08:00:00Z'), new Date('2026-11-25T08:00:00Z'));

    const folder = join(repo, 'content/articles');
    expect(gitDates(folder).size).toBe(2);
    const lastUpdated = lastUpdatedIn(folder);
    expect(day(lastUpdated(older))).toBe('2026-10-01');
    expect(day(lastUpdated(changed))).toBe('2026-11-20');
    expect(day(lastUpdated(fresh))).toBe('2026-11-25');
  });

  it('uses the modification time outside a repository', () => {
    const file = write('plain/articles/guides/a.mdx', 'text');
    utimesSync(file, new Date('2026-09-09T12:00:00Z'), new Date('2026-09-09T12:00:00Z'));
    expect(gitDates(join(root, 'plain/articles')).size).toBe(0);
    expect(day(lastUpdatedIn(join(root, 'plain/articles'))(file))).toBe('2026-09-09');
  });

  it('keeps the day of a moment in UTC', () => {
    expect(utcDay(new Date('2026-11-20T23:59:59Z')).toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });
});

describe('translation status with an original dated by its file', () => {
  it('compares a translation with the date the original’s page shows', () => {
    const content = join(root, 'dated/content');
    write('dated/content/site.json', JSON.stringify({ lang: 'en', languages: { en: 'English', es: 'Español' } }));
    write('dated/content/ui.json', '{}');
    const original = write('dated/content/articles/fixes/undated.mdx', '---\ntitle: No date\n---\n\nText.\n');
    const kept = write('dated/content/articles/fixes/kept.mdx', '---\ntitle: No date either\n---\n\nText.\n');
    for (const file of [original, kept]) utimesSync(file, new Date('2026-11-28T16:00:00Z'), new Date('2026-11-28T16:00:00Z'));
    write('dated/content/es/articles/fixes/undated.mdx', '---\ntitle: Sin fecha\ntranslatedFrom: 2026-11-20\n---\n\nTexto.\n');
    write('dated/content/es/articles/fixes/kept.mdx', '---\ntitle: Tampoco\ntranslatedFrom: 2026-11-28\n---\n\nTexto.\n');
    const [es] = translationStatus(content);
    expect(es?.outdated).toEqual([
      { source: 'content/articles/fixes/undated.mdx', file: 'content/es/articles/fixes/undated.mdx', updated: '2026-11-28', translatedFrom: '2026-11-20' },
    ]);
    // Made on the day the original last changed: up to date, whatever the hour.
    expect(es?.current).toBe(1);
  });
});
