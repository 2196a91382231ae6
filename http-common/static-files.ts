/**
 * Static files of Tributary's web UIs (the broker console, a streaming job's
 * UI): a product's own public directory on top of the look they share
 * (http-common/public: app.css, js/dom.js, js/charts.js) plus uPlot (the
 * chart library) from node_modules, read once into memory and served by
 * exact path only (no directory walking, so no path traversal). A UI's
 * files sit next to the module that serves them: in the sources (tsx) and
 * in dist/, where `npm run build` copies every public directory
 * (scripts/copy-assets.mjs), so the packed package runs from what it ships.
 * A dist/ compiled by tsc alone falls back to the source tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

/** One servable file. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
  etag: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

/**
 * A directory of static assets next to the module at `moduleUrl` (`sub`; the
 * build copies it into dist/) or, for a module under a dist/ that lacks the
 * copy, the same directory in the source tree (`repoPath`, relative to the
 * repository root).
 */
export function assetDir(moduleUrl: string, sub: string, repoPath: string): string {
  const here = path.dirname(fileURLToPath(moduleUrl));
  const candidates = [path.join(here, sub)];
  // dist/<dir...>/module.js → the repository root is one level above dist/.
  for (let dir = here, i = 0; i < 6; i++, dir = path.dirname(dir)) {
    if (path.basename(dir) === 'dist') {
      candidates.push(path.join(path.dirname(dir), repoPath));
      break;
    }
  }
  for (const c of candidates) if (fs.statSync(c, { throwIfNoEntry: false })?.isDirectory()) return c;
  throw new Error(`web UI files not found (looked in ${candidates.join(', ')})`);
}

/** The directory of the files every UI shares (styles, DOM and chart helpers). */
export function sharedPublicDir(): string {
  return assetDir(import.meta.url, 'public', 'http-common/public');
}

function load(file: string): StaticFile {
  const body = fs.readFileSync(file);
  return {
    body,
    contentType: TYPES[path.extname(file)] ?? 'application/octet-stream',
    etag: `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 16)}"`,
  };
}

/**
 * URL path → file for a UI directory `dir` (recursively; its files win over
 * the shared ones of the same path), the shared files and
 * /vendor/uPlot.iife.min.js and /vendor/uPlot.min.css; "/" is index.html.
 */
export function loadStaticFiles(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (d: string, prefix: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full, `${prefix}${e.name}/`);
      else if (e.isFile()) files.set(`${prefix}${e.name}`, load(full));
    }
  };
  const shared = sharedPublicDir();
  if (path.resolve(shared) !== path.resolve(dir)) walk(shared, '/');
  walk(dir, '/');
  const index = files.get('/index.html');
  if (index) files.set('/', index);
  const require = createRequire(import.meta.url);
  const uplotJs = require.resolve('uplot/dist/uPlot.iife.min.js');
  files.set('/vendor/uPlot.iife.min.js', load(uplotJs));
  files.set('/vendor/uPlot.min.css', load(path.join(path.dirname(uplotJs), 'uPlot.min.css')));
  return files;
}

/** Adds GET routes for `files` (exact paths) to `app`, with ETag revalidation. */
export function serveStatic(app: FastifyInstance, files: Map<string, StaticFile>): void {
  for (const [url, f] of files) {
    app.get(url, (req, reply) => {
      if (req.headers['if-none-match'] === f.etag) return reply.code(304).send();
      return reply.header('etag', f.etag).header('cache-control', 'no-cache').type(f.contentType).send(f.body);
    });
  }
}
