import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { encodeRecordBatch, type EncodeBatchOptions } from '../../../../protocol/record-codec.js';
import { DEFAULT_LOG_CONFIG, type LogConfig } from '../../../../broker/log/log-config.js';
import type { LogLogger } from '../../../../broker/log/log-loader.js';

/** A fresh temp dir under os.tmpdir(). */
export function tempDir(prefix = 'tributary-log-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A config over Kafka's defaults. */
export function config(over: Partial<LogConfig> = {}): LogConfig {
  return { ...DEFAULT_LOG_CONFIG, cleanupPolicy: ['delete'], ...over };
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
