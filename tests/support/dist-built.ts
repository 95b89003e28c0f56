import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './site';

/** Stops the checks on the built site at once, with what to do, when there is no build to check. */
export default function distBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${join(DIST, 'index.html')} is missing: run "npm run build" before "npm run test:dist".`);
}
