import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * When an article was last changed, for articles whose frontmatter leaves `updated` out (as
 * Starlight does): the date of the last commit that touched the file, or, for a file git does
 * not know yet (new, or a content folder outside any repository), the file's modification
 * time. One `git log` reads the whole folder's history, newest first, so the first time a file
 * appears is its last commit: one process for thousands of articles, never one per file.
 *
 * Every date is the UTC day, as a frontmatter date (`2026-11-28`) is, so a translation's
 * `translatedFrom` written from it compares equal on the same day.
 */

/** The UTC day of a moment, as a Date at midnight UTC. */
export function utcDay(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

/**
 * Parses `git log --format=%x00%ct --name-only` output into the newest commit time of each
 * file (paths as git printed them, relative to the folder with `--relative`).
 */
export function parseGitLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of output.split('\0')) {
    const [time = '', ...files] = commit.split('\n');
    const seconds = Number(time.trim());
    if (!time.trim() || !Number.isFinite(seconds)) continue;
    for (const file of files) {
      const name = file.trim();
      if (name && !dates.has(name)) dates.set(name, utcDay(new Date(seconds * 1000)));
    }
  }
  return dates;
}

/** The last commit day of every file git knows under `folder`, by absolute path; empty outside git. */
export function gitDates(folder: string): Map<string, Date> {
  const dir = resolve(folder);
  if (!existsSync(dir)) return new Map();
  const result = spawnSync('git', ['-C', dir, 'log', '--format=%x00%ct', '--name-only', '--relative', '--no-renames', '--', '.'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // No repository, or no git at all: every file falls back to its modification time.
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (result.status !== 0 || !result.stdout) return new Map();
  const byPath = new Map<string, Date>();
  for (const [file, date] of parseGitLog(result.stdout)) byPath.set(join(dir, file), date);
  return byPath;
}

export interface LastUpdated {
  /** The day `file` was last changed: its last commit, else its modification time. */
  (file: string): Date;
}

/**
 * A look-up of the day each file under `folder` was last changed, reading git once. Files
 * outside `folder`, or unknown to git, take their modification time.
 */
export function lastUpdatedIn(folder: string, history: Map<string, Date> = gitDates(folder)): LastUpdated {
  return (file) => {
    const path = resolve(file);
    // A file that cannot be read has no date of its own yet: today.
    return history.get(path) ?? utcDay(statSync(path, { throwIfNoEntry: false })?.mtime ?? new Date());
  };
}
