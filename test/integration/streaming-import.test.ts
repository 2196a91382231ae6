/**
 * Importing `tributary/streaming` loads no broker code, no HTTP server, no
 * metrics library, no compression codec and no SQL engine (DuckDB): they
 * load on first use. A child
 * process imports the built package (dist/, via its own name) under a loader
 * hook that records every module; the heavy ones must be absent. The same
 * probe, after starting the streaming UI or compressing with snappy, must
 * see them (so the probe itself is shown to work). Needs `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness.js';

const HEAVY = ['fastify', 'prom-client', 'snappy', 'lz4-napi', '@bokuweb/zstd-wasm', '@duckdb/node-api', '@duckdb/node-bindings'];

/** The module files loaded by importing tributary/streaming and then running `action`. */
function loadedModules(action?: 'ui' | 'snappy' | 'records' | 'sql'): string[] {
  const script = path.join(ROOT, 'test/integration/streaming-fixtures/loaded-modules.mjs');
  const out = execFileSync(process.execPath, [script, ...(action ? [action] : [])], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out) as string[];
}

/** The packages among `files` (node_modules/<name> or node_modules/@scope/<name>). */
function packages(files: string[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(f);
    if (m) out.add(m[1]);
  }
  return out;
}

describe('importing tributary/streaming', () => {
  it('loads none of fastify, prom-client, the codecs, or anything under broker/', () => {
    const files = loadedModules();
    // The probe saw the library itself.
    expect(files.some((f) => f.endsWith('/dist/streaming/index.js'))).toBe(true);
    expect(files.some((f) => f.includes('/dist/streaming/context.js'))).toBe(true);
    const pkgs = packages(files);
    for (const name of HEAVY) expect(pkgs.has(name), `${name} was loaded`).toBe(false);
    expect(files.filter((f) => f.includes('/dist/broker/'))).toEqual([]);
    // Native codec bindings are separate packages (@napi-rs/snappy-*, *lz4-napi-*).
    expect([...pkgs].filter((p) => /snappy|lz4|zstd/.test(p))).toEqual([]);
  });

  it('loads DuckDB on the first SQL action, not for a DataFrame of records', () => {
    const records = packages(loadedModules('records'));
    expect(records.has('@duckdb/node-api')).toBe(false);
    const sql = packages(loadedModules('sql'));
    expect(sql.has('@duckdb/node-api')).toBe(true);
    expect([...sql].some((p) => p.startsWith('@duckdb/node-bindings'))).toBe(true);
  });

  it('loads fastify when the streaming UI starts, and snappy when a batch is compressed with it', () => {
    const ui = packages(loadedModules('ui'));
    expect(ui.has('fastify')).toBe(true);
    // The UI's SQL API loads no SQL engine for a job that runs no SQL.
    expect(ui.has('@duckdb/node-api')).toBe(false);
    expect(packages(loadedModules('snappy')).has('snappy')).toBe(true);
  });
});
