import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface FixtureResult {
  ok: boolean;
  output: string;
  dir: string;
}

/**
 * A throw-away copy of the project whose content folder is made of `files` (paths relative
 * to the content folder); returns its folder.
 */
export function createFixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-fixture-'));
  for (const entry of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  // The project's packages, each linked, in a folder of the fixture's own: the caches tools
  // keep there (Vite's dependency cache in `astro dev`) stay the fixture's.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== '.vite' && name !== '.astro') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, 'content', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return dir;
}

/** The environment Astro runs in inside a fixture, with `env` over it. */
export function fixtureEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    // Vitest puts Vite's and Astro's variables (BASE_URL, MODE, DEV, PROD, SSR, SITE) and its
    // own (NODE_ENV=test, TEST, VITEST…) into the environment: the build would take BASE_URL
    // from there instead of from its base path, and `astro dev` would serve no pages.
    ...Object.fromEntries(
      Object.entries(process.env).filter(
        ([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'NODE_ENV', 'TEST'].includes(name) && !name.startsWith('VITEST'),
      ),
    ),
    ASTRO_TELEMETRY_DISABLED: '1',
    KB_CONTENT_DIR: './content',
    KB_OUT_DIR: './dist',
    KB_CACHE_DIR: './.cache',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...env,
  };
}

/** The project's own `astro` command, which fixtures run. */
export const ASTRO = join(ROOT, 'node_modules/.bin/astro');

/**
 * Builds the real engine against a content folder made of `files` (paths relative to the
 * content folder), in a throw-away copy of the project, and returns what the build printed.
 * `env` adds build settings such as `BASE_PATH`.
 */
export function buildFixture(files: Record<string, string>, env: Record<string, string> = {}): FixtureResult {
  const dir = createFixture(files);
  const result = spawnSync(ASTRO, ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: fixtureEnv(env),
    timeout: 110_000,
  });
  // Strip colour codes so assertions read plain text.
  const output = `${result.stdout}\n${result.stderr}`.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
  return { ok: result.status === 0, output, dir };
}

export function removeFixture(result: FixtureResult): void {
  rmSync(result.dir, { recursive: true, force: true });
}
