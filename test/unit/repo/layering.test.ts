/**
 * The layering of the tree (docs/architecture.md), enforced by reading every
 * import: protocol/ depends on nothing of ours; client/ on protocol/ and the
 * security settings of config/security/; the
 * shared modules config/ and http-common/ on nothing of ours; the products
 * broker/, streaming/ and agent/ on protocol/, client/ and the shared
 * modules, never on each other. The log analytics pipeline/ is built on the
 * products' public entry points only (client/index, streaming/index) and the
 * shared HTTP helpers. cli/ (front ends), bench/, examples/ and test/ may
 * import anything. Static imports, re-exports, dynamic import()
 * and require() all count (TypeScript's own pre-processor finds them, so
 * commented-out code does not); a self-import through the package name
 * (`tributary/broker`) counts as an import of that directory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Top-level directory → the top-level directories of ours it may import. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  protocol: [],
  client: ['protocol', 'config'],
  config: [],
  'http-common': [],
  broker: ['protocol', 'client', 'config', 'http-common'],
  streaming: ['protocol', 'client', 'config', 'http-common'],
  agent: ['protocol', 'client', 'config', 'http-common'],
  pipeline: ['client', 'streaming', 'http-common'],
};

/**
 * Directory → the directories it may import only through the files named (a
 * path ending in `/` admits the files under that directory): pipeline/ uses
 * the products' entry points; client/ reads the security settings it shares
 * with the broker (config/security/: JAAS, key and trust stores) and no other
 * config.
 */
const ENTRY_ONLY: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  pipeline: { client: ['client/index.js'], streaming: ['streaming/index.js'] },
  client: { config: ['config/security/'] },
};

/** Every top-level directory that holds our code (layered or not). */
const OURS = new Set([...Object.keys(ALLOWED), 'cli', 'bench', 'examples', 'test', 'scripts']);

/** The package's own export names → the directory behind them (package.json "exports"). */
const SELF_EXPORTS: Readonly<Record<string, string>> = { 'tributary/broker': 'broker', 'tributary/streaming': 'streaming' };

/** Module specifiers a source file imports (static, re-export, dynamic, require). */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The top-level directory of ours that `spec`, imported from `file` (repo-relative), points into; null for a package. */
function layerOf(file: string, spec: string): string | null {
  if (SELF_EXPORTS[spec] !== undefined) return SELF_EXPORTS[spec];
  if (!spec.startsWith('.')) return null;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
  const top = target.split('/')[0];
  return OURS.has(top) ? top : null;
}

/** The imports of `file` (repo-relative) its layer does not allow, as "file → spec". */
function violations(file: string, text: string): string[] {
  const layer = file.split('/')[0];
  const allowed = ALLOWED[layer];
  if (allowed === undefined) return [];
  const out: string[] = [];
  for (const spec of importsOf(text)) {
    const target = layerOf(file, spec);
    if (target === null || target === layer) continue;
    if (!allowed.includes(target)) out.push(`${file} → ${spec} (${layer}/ may not import ${target}/)`);
    else {
      const entries = ENTRY_ONLY[layer]?.[target];
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (
        entries !== undefined &&
        SELF_EXPORTS[spec] === undefined &&
        !entries.some((e) => (e.endsWith('/') ? resolved.startsWith(e) : resolved === e))
      )
        out.push(`${file} → ${spec} (${layer}/ may import ${target}/ only through ${entries.join(', ')})`);
    }
  }
  return out;
}

/** Source files (repo-relative) under a top-level directory; browser assets and generated output included. */
function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(repoRoot, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') walk(child);
      } else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(child);
    }
  };
  if (fs.existsSync(path.join(repoRoot, dir))) walk(dir);
  return out;
}

describe('layering', () => {
  it('holds for every source file of every layered directory', () => {
    const found: string[] = [];
    let files = 0;
    for (const layer of Object.keys(ALLOWED)) {
      for (const file of sourcesUnder(layer)) {
        files++;
        found.push(...violations(file, fs.readFileSync(path.join(repoRoot, file), 'utf8')));
      }
    }
    expect(files).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('catches each kind of import that crosses a layer', () => {
    expect(violations('streaming/kafka/x.ts', "import { Broker } from '../../broker/broker.js';")).toHaveLength(1);
    expect(violations('streaming/x.ts', "export { Broker } from '../broker/broker.js';")).toHaveLength(1);
    expect(violations('streaming/x.ts', "const m = await import('../broker/http/server.js');")).toHaveLength(1);
    expect(violations('streaming/x.ts', "import { startBroker } from 'tributary/broker';")).toHaveLength(1);
    expect(violations('protocol/x.ts', "import { Connection } from '../client/connection.js';")).toHaveLength(1);
    expect(violations('client/x.ts', "import type { BrokerConfig } from '../config/broker-config.js';")).toHaveLength(1);
    expect(violations('broker/apis/x.ts', "import { StreamingContext } from '../../streaming/context.js';")).toHaveLength(1);
    expect(violations('agent/x.ts', "import x from '../streaming/index.js';")).toHaveLength(1);
    expect(violations('pipeline/x.ts', "import { JobScheduler } from '../streaming/scheduler/job-scheduler.js';")).toHaveLength(1);
    expect(violations('pipeline/x.ts', "import { Broker } from '../broker/broker.js';")).toHaveLength(1);
    expect(violations('pipeline/x.ts', "import { Agent } from '../agent/agent.js';")).toHaveLength(1);
    expect(violations('streaming/x.ts', "import { cleanLine } from '../pipeline/access-log.js';")).toHaveLength(1);
  });

  it('lets through what the layers allow, packages and comments', () => {
    expect(
      violations(
        'broker/apis/x.ts',
        "import { Reader } from '../../protocol/reader.js';\nimport { Connection } from '../../client/connection.js';",
      ),
    ).toEqual([]);
    expect(violations('streaming/ui/x.ts', "import { HttpError } from '../../http-common/errors.js';")).toEqual([]);
    expect(violations('streaming/x.ts', "// import { Broker } from '../broker/broker.js';\nimport fastify from 'fastify';")).toEqual([]);
    expect(violations('cli/x.ts', "import { Broker } from '../broker/broker.js';")).toEqual([]);
    expect(
      violations(
        'pipeline/x.ts',
        "import { StreamingContext } from '../streaming/index.js';\nimport { KafkaClient } from '../client/index.js';\nimport { serveStatic } from '../http-common/static-files.js';",
      ),
    ).toEqual([]);
    expect(violations('pipeline/x.ts', "import { StreamingContext } from 'tributary/streaming';")).toEqual([]);
    expect(violations('client/security/x.ts', "import { parseJaasConfig } from '../../config/security/jaas.js';")).toEqual([]);
  });
});
