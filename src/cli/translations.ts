/**
 * `npm run translations`: where each language stands, from the content files alone. Exits
 * with 0 whatever it finds: a missing or outdated translation is work to do, not an error.
 *   KB_CONTENT_DIR  the content folder (default ./content)
 */
import { resolve } from 'node:path';
import { statusReport, translationStatus } from '../lib/i18n/status.ts';

console.log(statusReport(translationStatus(resolve(process.env['KB_CONTENT_DIR'] ?? './content'))));
