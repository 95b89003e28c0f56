/**
 * Runs after `npm ci` / `npm install` (the `postinstall` script). npm checks every package's
 * `engines` against the Node.js that runs npm itself, so on an older machine Node (20, say) it
 * prints a wall of "EBADENGINE Unsupported engine" warnings, although nothing will run on that
 * Node: the project installs its own (the `node` dev dependency) and every npm script runs on
 * it. This says so, once, right under the warnings, and says nothing on a recent enough Node.
 *
 * Plain JavaScript, unlike the other tools, so that it runs on whatever Node.js npm finds:
 * an install must never fail because of a note.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @param {string | undefined} text */
const version = (text) =>
  /(\d+)\.(\d+)\.(\d+)/
    .exec(text ?? '')
    ?.slice(1)
    .map(Number);

/**
 * Whether `node` ("v20.20.2") is older than `required` (">=22.12.0"); false when either cannot be read.
 * @param {string | undefined} node
 * @param {number[]} minimum
 */
function older(node, minimum) {
  const running = version(node);
  if (!running) return false;
  const differs = running.findIndex((part, i) => part !== minimum[i]);
  return differs !== -1 && (running[differs] ?? 0) < (minimum[differs] ?? 0);
}

/**
 * The note for npm running on Node.js `npmNode` ("v20.20.2") when the project needs
 * `required` (">=22.12.0") and runs on `projectNode`; undefined when npm's Node.js is recent
 * enough, or when the project's own is not (then the warnings are real), or a version cannot
 * be read.
 * @param {string | undefined} npmNode
 * @param {string | undefined} required
 * @param {string} projectNode
 * @returns {string | undefined}
 */
export function installNote(npmNode, required, projectNode) {
  const minimum = version(required);
  if (!minimum || !version(projectNode) || !older(npmNode, minimum) || older(projectNode, minimum)) return undefined;
  const needed = minimum.join('.');
  return [
    `Note: npm ran on Node.js ${npmNode}, older than the ${needed} that Astro and this project need, so the`,
    `"npm warn EBADENGINE Unsupported engine" lines above are expected. They are harmless: the project runs`,
    `on its own Node.js ${projectNode}, just installed in node_modules/.bin, which every npm script uses.`,
    `Run npm on Node.js ${needed} or newer to install without them.`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    /** @type {{ engines?: { node?: string } }} */
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    // npm names the Node.js it runs on in its user agent: "npm/11.6.2 node/v20.20.2 linux x64 …".
    const npmNode = /\bnode\/(v[\d.]+)/.exec(process.env['npm_config_user_agent'] ?? '')?.[1];
    const note = installNote(npmNode, pkg.engines?.node, process.version);
    if (note) console.log(note);
  } catch {
    // Only a note: never a reason for an install to fail.
  }
}
