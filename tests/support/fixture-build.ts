import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface FixtureResult {
  ok: boolean;
  output: string;
  dir: string;
}

/**
 * Builds the real engine against a content folder made of `files` (paths relative to the
 * content folder), in a throw-away copy of the project, and returns what the build printed.
 * `env` adds build settings such as `BASE_PATH`.
 */
export function buildFixture(files: Record<string, string>, env: Record<string, string> = {}): FixtureResult {
  const dir = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, 'content', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      // Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) into the
      // environment; the build would take BASE_URL from there instead of from its base path.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name))),
      ASTRO_TELEMETRY_DISABLED: '1',
      KB_CONTENT_DIR: './content',
      KB_OUT_DIR: './dist',
      KB_CACHE_DIR: './.cache',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...env,
    },
    timeout: 110_000,
  });
  // Strip colour codes so assertions read plain text.
  const output = `${result.stdout}\n${result.stderr}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  return { ok: result.status === 0, output, dir };
}

export function removeFixture(result: FixtureResult): void {
  rmSync(result.dir, { recursive: true, force: true });
}
