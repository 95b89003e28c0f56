import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import { checkContent, type Problem } from '../lib/check/index.ts';

/*
 * The content check (src/lib/check/) at the start of every build and dev server, so a
 * content mistake stops `astro build` with the same message `npm run check:content` prints,
 * before any page is rendered. The spelling check is left to `npm run check:content`: it only
 * warns, and loading its dictionaries would slow every build.
 */

const HINT =
  'Each line names the file and line and what to do; `npm run check:content` lists them again in a second. The rules are in the README, "Write an article".';

const line = (p: Problem) => `${p.text} [${p.rule}]`;

/** Warnings shown in full; beyond them, a count (a site in the middle of a big change may have hundreds). */
const SHOWN_WARNINGS = 10;

function log(problems: readonly Problem[], logger: AstroIntegrationLogger): void {
  const warnings = problems.filter((p) => p.level === 'warning');
  for (const p of problems.filter((p) => p.level === 'error')) logger.error(line(p));
  for (const p of warnings.slice(0, SHOWN_WARNINGS)) logger.warn(line(p));
  if (warnings.length > SHOWN_WARNINGS) logger.warn(`…and ${warnings.length - SHOWN_WARNINGS} more warnings: \`npm run check:content\` lists them all.`);
}

export function contentCheck(contentDir: string): AstroIntegration {
  let last = '';
  return {
    name: 'kb-content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = await checkContent({ contentDir });
        last = JSON.stringify(problems);
        const errors = problems.filter((p) => p.level === 'error');
        if (command === 'build' && errors.length > 0) {
          log(
            problems.filter((p) => p.level === 'warning'),
            logger,
          );
          throw new AstroError(
            `The content check found ${errors.length === 1 ? 'an error' : `${errors.length} errors`}:\n  - ${errors.map(line).join('\n  - ')}`,
            HINT,
          );
        }
        // Warnings, and in `astro dev` errors too: a writer there is in the middle of a change,
        // so the server says what is wrong and keeps serving.
        log(problems, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Check again whenever a content file changes, and say so when the result changes.
        let timer: ReturnType<typeof setTimeout> | undefined;
        const folder = resolve(contentDir);
        const recheck = (file: string) => {
          if (!resolve(file).startsWith(folder)) return;
          clearTimeout(timer);
          timer = setTimeout(() => {
            void checkContent({ contentDir }).then(({ problems }) => {
              const now = JSON.stringify(problems);
              if (now === last) return;
              last = now;
              if (problems.length === 0) logger.info('Content check: no problems.');
              else log(problems, logger);
            });
          }, 300);
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
