/**
 * Loading one log dir at start (the log manager's loadAll does it for each
 * dir in log.dirs order): its offset checkpoints, then every partition dir
 * at its root, sorted by what its name says (Kafka's names):
 *
 *   <topic>-<partition>                  a current replica: opened
 *   <topic>-<partition>.<id>-future      a future replica (a move between log
 *                                        dirs, AlterReplicaLogDirs): opened too
 *   <topic>-<partition>.<id>-delete      being deleted: named for removal
 *   anything else                        ignored
 *
 * A log is recovered (scanned from its recovery point) when the dir has no
 * clean-shutdown marker or a checkpoint of it cannot be read. Runs once per
 * dir, synchronously; not for concurrent callers.
 */
import * as path from 'node:path';
import type { LogConfig } from './log-config.js';
import { PartitionLog } from './partition-log.js';
import type { LogLogger } from './log-loader.js';
import {
  CLEAN_SHUTDOWN_FILE,
  LOG_START_OFFSET_CHECKPOINT,
  RECOVERY_POINT_CHECKPOINT,
  REPLICATION_CHECKPOINT,
  parseOffsetCheckpoint,
  parseTopicPartitionDir,
  tpKey,
} from './checkpoints.js';
import type { LogDirStore } from './partition-store.js';

/** Topic names a log dir may hold (Kafka's legal characters and length). */
export const LEGAL_TOPIC = /^[a-zA-Z0-9._-]{1,249}$/;

const FUTURE = /^(.+)\.([0-9a-f]{32})-future$/;

/** Throws when `topic`/`partition` cannot name a partition dir. */
export function checkPartitionName(topic: string, partition: number): void {
  if (!LEGAL_TOPIC.test(topic) || topic === '.' || topic === '..') throw new Error(`Illegal topic name '${topic}'`);
  if (!Number.isInteger(partition) || partition < 0) throw new Error(`Illegal partition ${partition}`);
}

/** The `<topic>-<partition>` a future replica's dir name `<topic>-<partition>.<id>-future` belongs to, or null. */
export function parseFutureDir(name: string): { topic: string; partition: number } | null {
  const m = FUTURE.exec(name);
  if (m === null) return null;
  const tp = parseTopicPartitionDir(m[1]!);
  return tp !== null && LEGAL_TOPIC.test(tp.topic) ? tp : null;
}

/** What a log dir held at start. */
export interface LoadedLogDir {
  /** Current replicas, by `<topic>-<partition>`. */
  current: Map<string, PartitionLog>;
  /** Future replicas, by `<topic>-<partition>`, with their dir names. */
  future: Map<string, { log: PartitionLog; name: string }>;
  /** `-delete` dirs (and duplicate future dirs) to remove. */
  doomed: string[];
}

/** How to open the logs of a dir. */
export interface LogDirLoadOptions {
  /** A topic's config (the broker default when it has no overrides yet). */
  configFor: (topic: string) => LogConfig;
  logger: LogLogger;
  /** Told a storage error of one of its logs (the owner takes the dir offline). */
  onStorageError: (message: string) => void;
}

/** Opens every partition log of `logDir` (see the header); removes nothing itself. */
export function loadLogDir(logDir: LogDirStore, opts: LogDirLoadOptions): LoadedLogDir {
  const { logger } = opts;
  let clean = logDir.exists(CLEAN_SHUTDOWN_FILE);
  const read = (name: string): Map<string, number> => {
    try {
      const data = logDir.readFile(name);
      return data === null ? new Map() : parseOffsetCheckpoint(data.toString('utf8'), path.join(logDir.path, name));
    } catch (err) {
      logger.warn(`${(err as Error).message}; ignoring it and recovering`);
      clean = false;
      return new Map();
    }
  };
  const recovery = read(RECOVERY_POINT_CHECKPOINT);
  const hws = read(REPLICATION_CHECKPOINT);
  const starts = read(LOG_START_OFFSET_CHECKPOINT);
  const names = logDir.listPartitions();
  // A new, empty log dir has no marker either: there is nothing to recover then.
  if (!clean && names.some((n) => parseTopicPartitionDir(n) !== null || parseFutureDir(n) !== null)) {
    logger.info(`${logDir.path}: no clean shutdown marker; recovering logs from their recovery points`);
  }
  const out: LoadedLogDir = { current: new Map(), future: new Map(), doomed: [] };
  const open = (topic: string, partition: number, dirName: string | undefined): PartitionLog => {
    const key = tpKey(topic, partition);
    return PartitionLog.open({
      logDir,
      dirName,
      topic,
      partition,
      config: opts.configFor(topic),
      needsRecovery: !clean,
      recoveryPoint: recovery.get(key) ?? 0,
      logStartOffset: starts.get(key),
      highWatermark: hws.get(key),
      logger,
      onStorageError: opts.onStorageError,
    });
  };
  for (const name of names) {
    if (name.endsWith('-delete')) {
      out.doomed.push(name);
      continue;
    }
    const future = parseFutureDir(name);
    if (future !== null) {
      const key = tpKey(future.topic, future.partition);
      // Two future dirs of one partition in one log dir: only a crash between removing one and creating the other leaves that.
      if (out.future.has(key)) {
        logger.warn(`${path.join(logDir.path, name)}: a second future replica of ${key}; removing it`);
        out.doomed.push(name);
        continue;
      }
      out.future.set(key, { log: open(future.topic, future.partition, name), name });
      continue;
    }
    const tp = parseTopicPartitionDir(name);
    if (tp === null || !LEGAL_TOPIC.test(tp.topic)) continue;
    out.current.set(tpKey(tp.topic, tp.partition), open(tp.topic, tp.partition, undefined));
  }
  return out;
}
