/**
 * `npm run check:content`: checks the content folder (articles, troubleshooters, site and UI
 * texts, the editorial rules and spelling) without building the site, and prints every
 * problem with its file and line. Exits with 1 when there is an error; warnings only print.
 *   KB_CONTENT_DIR  the content folder (default ./content)
 *   --no-spelling   skip the spelling check
 */
import { resolve } from 'node:path';
import { checkContent, formatReport } from '../lib/check/index.ts';

const started = performance.now();
const report = await checkContent({ contentDir: resolve(process.env['KB_CONTENT_DIR'] ?? './content'), spelling: !process.argv.includes('--no-spelling') });
console.log(formatReport(report, (performance.now() - started) / 1000));
process.exitCode = report.problems.some((p) => p.level === 'error') ? 1 : 0;
