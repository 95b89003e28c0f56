import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, createReadStream } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-rules.ts';
import { normaliseBasePath } from '../../src/lib/base-path.ts';

/*
 * Serves the built site the way a static host does, including the site's own `_headers`
 * file (as Netlify and Cloudflare Pages apply it), so what the browser tests and `npm run
 * preview` see is what production sends: the Content Security Policy header, the security
 * headers and the caching rules. `astro preview` sends none of them. Also like those hosts:
 * `/dir` redirects to `/dir/`, `/dir/` serves `/dir/index.html`, and an unknown address gets
 * the nearest `404.html` up its path with status 404, as Cloudflare Pages does (so
 * `/es/missing/` gets the Spanish edition's `es/404.html`).
 *
 *   node tests/support/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist]
 * The folder is --dir, else KB_OUT_DIR as the build reads it; BASE_PATH is read as the build
 * reads it.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] ? (args[at + 1] as string) : fallback;
};
const port = Number(option('port', process.env['KB_PORT'] ?? '4321'));
const host = option('host', '127.0.0.1');
const root = resolve(option('dir', process.env['KB_OUT_DIR'] ?? 'dist'));
const base = normaliseBasePath(process.env['BASE_PATH']);

if (!existsSync(join(root, 'index.html'))) {
  console.error(`Nothing to serve: ${root}/index.html is missing. Build it first: "npm run build" (or "npm run build:fixture" for dist-fixture).`);
  process.exit(1);
}
const headersPath = join(root, '_headers');
const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

function fileFor(path: string): string | undefined {
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = '/\0';
  }
  const send = (status: number, file: string, sitePath: string) => {
    const headers = headersFor(rules, sitePath);
    headers.set('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.writeHead(status, Object.fromEntries(headers));
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
  const notFound = () => {
    const dirs = `/${path.slice(base.length)}`.split('/').slice(1, -1);
    for (let depth = dirs.length; depth >= 0; depth--) {
      const sitePath = `/${dirs
        .slice(0, depth)
        .map((d) => `${d}/`)
        .join('')}404.html`;
      const page = fileFor(sitePath);
      if (page) return send(404, page, sitePath);
    }
    res.writeHead(404).end('Not found');
  };
  if (!path.startsWith(base) && `${path}/` !== base) return notFound();
  const sitePath = `/${path.slice(base.length)}`.replace(/^\/+/, '/');
  if (`${path}/` === base) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  const direct = sitePath.endsWith('/') ? fileFor(`${sitePath}index.html`) : fileFor(sitePath);
  if (direct) return send(200, direct, sitePath);
  if (!sitePath.endsWith('/') && fileFor(`${sitePath}/index.html`)) {
    res.writeHead(301, { location: `${path}/${url.search}` }).end();
    return;
  }
  notFound();
});

server.listen(port, host, () => {
  console.log(`Serving ${root} with its _headers (${rules.length} rules) at http://localhost:${port}${base}`);
});
