import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { encodeRecordBatch, type EncodeBatchOptions } from '../../../../protocol/record-codec.js';
import { DEFAULT_LOG_CONFIG, type LogConfig } from '../../../../broker/log/log-config.js';
import type { LogLogger } from '../../../../broker/log/log-loader.js';
import { FileEngine } from '../../../../broker/log/file-store.js';
import { MemoryEngine } from '../../../../broker/log/memory-store.js';
import type { LogDirStore, StorageEngine } from '../../../../broker/log/partition-store.js';
import { PartitionLog, type PartitionLogOptions } from '../../../../broker/log/partition-log.js';

/** Dirs made outside a running test (describe bodies, beforeAll): removed after the file's tests. */
const outsideTests = new Set<string>();
afterAll(() => {
  for (const d of outsideTests) fs.rmSync(d, { recursive: true, force: true });
  outsideTests.clear();
});

/**
 * A fresh temp dir under os.tmpdir(), removed when the current test
 * finishes — passed or failed — (or after the file's tests when made
 * outside a test).
 */
export function tempDir(prefix = 'tributary-log-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  } catch {
    outsideTests.add(dir);
  }
  return dir;
}

/** The storage engines every engine-neutral test runs over. */
export const ENGINES = ['file', 'memory'] as const;
/** One of ENGINES. */
export type EngineKind = (typeof ENGINES)[number];

/** A new engine of `kind`. */
export function engineOf(kind: EngineKind): StorageEngine {
  return kind === 'file' ? new FileEngine() : new MemoryEngine();
}

/** A fresh, empty log dir of a new engine of `kind` (a temp dir for the file engine), and the engine. */
export function freshLogDir(kind: EngineKind): { engine: StorageEngine; logDir: LogDirStore; dir: string } {
  const engine = engineOf(kind);
  const dir = kind === 'file' ? tempDir() : `/mem-${Math.random().toString(36).slice(2)}`;
  return { engine, logDir: engine.logDir(dir), dir };
}

/** A config over Kafka's defaults. */
export function config(over: Partial<LogConfig> = {}): LogConfig {
  return { ...DEFAULT_LOG_CONFIG, cleanupPolicy: ['delete'], ...over };
}

/**
 * Opens partition t-0 in `logDir` with a config over Kafka's defaults and a
 * collecting logger; closed when the current test finishes.
 */
export function openLog(logDir: LogDirStore, over: Partial<LogConfig> = {}, extra: Partial<PartitionLogOptions> = {}): PartitionLog {
  const log = PartitionLog.open({
    logDir,
    topic: 't',
    partition: 0,
    config: config(over),
    needsRecovery: false,
    logger: collectingLogger(),
    ...extra,
  });
  try {
    onTestFinished(() => log.close());
  } catch {
    // opened outside a test: the caller closes it
  }
  return log;
}

/** A batch of `n` records with values `${prefix}-${i}`. */
export function batch(n: number, opts: Partial<EncodeBatchOptions> & { prefix?: string; ts?: number } = {}): Buffer {
  const ts = opts.ts ?? 1_700_000_000_000;
  const records = Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: `${opts.prefix ?? 'v'}-${i}`, timestamp: ts + i }));
  return encodeRecordBatch({ records, ...opts });
}

/** A logger that collects messages. */
export function collectingLogger(): LogLogger & { warnings: string[]; infos: string[] } {
  const warnings: string[] = [];
  const infos: string[] = [];
  return { warnings, infos, warn: (m) => warnings.push(m), info: (m) => infos.push(m) };
}
