/**
 * FutureLogs: the partitions of one broker moving between its log dirs
 * (AlterReplicaLogDirs; Kafka's future replicas), owned by the log manager.
 *
 * A move, Kafka's way:
 * 1. create: an empty log `<topic>-<partition>.<id>-future` (id: 32 hex
 *    digits) in the destination dir, starting at the current log's start
 *    offset, with the current log's config;
 * 2. the replica layer copies the current log into it while the current
 *    keeps taking writes (broker/replica/log-dir-mover.ts);
 * 3. replaceCurrent, once the future has every record of the current (equal
 *    log end offsets, checked by the caller in the same tick): in one
 *    synchronous step the future is flushed and closed, the current closed
 *    and renamed `<tp>.<id>-delete` (removed in the background), the future
 *    dir renamed `<topic>-<partition>` and reopened with the current's high
 *    watermark.
 *
 * Crash safety: the current dir is renamed before the future one. A crash
 * between the two renames leaves only the future dir (complete and
 * flushed): the next load makes it the current log (promote). Kafka renames
 * the other way round and then refuses to start with two current dirs of
 * one partition; this order needs no operator. A future dir found at load
 * next to its current log is kept (adopt) and the move resumes once the
 * partition is hosted; the future of a deleted partition is deleted with it.
 *
 * Not safe for concurrent callers (the event loop serializes them).
 */
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { LogConfig } from './log-config.js';
import type { PartitionLog } from './partition-log.js';
import { LogError } from './log-results.js';
import type { LogLogger } from './log-loader.js';
import { tpKey } from './checkpoints.js';
import type { LogDirStore } from './partition-store.js';

/** A log and the log dir holding it. */
export interface LogEntry {
  log: PartitionLog;
  logDir: LogDirStore;
}

/** A future log: its entry and its dir name `<topic>-<partition>.<id>-future`. */
export interface FutureEntry extends LogEntry {
  name: string;
}

/** Offsets a log is reopened with. */
export interface ReopenOffsets {
  recoveryPoint: number;
  logStartOffset: number;
  highWatermark: number;
}

/** What the future logs need of the log manager. */
export interface FutureLogHost {
  /** The current log of partition `key`. */
  current(key: string): LogEntry | undefined;
  /** Makes `entry` the current log of `key` (undefined: none). */
  setCurrent(key: string, entry: LogEntry | undefined): void;
  /** The online log dir at `dir` (throws LogError LOG_DIR_NOT_FOUND or KAFKA_STORAGE_ERROR). */
  onlineLogDir(dir: string): LogDirStore;
  /** Opens a log in `logDir` (dir `dirName`, default `<topic>-<partition>`), new or with the given offsets. */
  open(logDir: LogDirStore, topic: string, partition: number, config: LogConfig, dirName?: string, offsets?: ReopenOffsets): PartitionLog;
  /** Renames partition dir `name` to `<key>.<id>-delete` and removes it in the background. */
  doom(logDir: LogDirStore, name: string, key: string): void;
  readonly logger: LogLogger;
}

/** The future logs of one broker, by `<topic>-<partition>`. */
export class FutureLogs {
  private readonly entries = new Map<string, FutureEntry>();

  /** Empty; `host` is the log manager. */
  constructor(private readonly host: FutureLogHost) {}

  /** The future log of partition `key`. */
  get(key: string): FutureEntry | undefined {
    return this.entries.get(key);
  }

  /** Every future log. */
  all(): IterableIterator<FutureEntry> {
    return this.entries.values();
  }

  /** The future logs in `logDir`. */
  in(logDir: LogDirStore): PartitionLog[] {
    const out: PartitionLog[] = [];
    for (const e of this.entries.values()) if (e.logDir === logDir) out.push(e.log);
    return out;
  }

  /**
   * Takes a future log found at load: kept when its partition has a current
   * log (the move resumes), else made the current log (see the header).
   * Returns the log when it became current, else null.
   */
  adopt(f: FutureEntry): PartitionLog | null {
    const key = tpKey(f.log.topic, f.log.partition);
    const other = this.entries.get(key);
    if (other !== undefined) throw new Error(`Duplicate future log directories for ${key}: ${other.logDir.path} and ${f.logDir.path}`);
    this.entries.set(key, f);
    if (this.host.current(key) !== undefined) {
      this.host.logger.info(`${key}: a move to ${f.logDir.path} was under way; it resumes once the partition is hosted`);
      return null;
    }
    this.host.logger.warn(
      `${key}: found only its future log in ${f.logDir.path} (a move was interrupted while swapping): it is the log now`,
    );
    return this.promote(f, f.log.highWatermark, f.log.config);
  }

  /**
   * Opens an empty future log of a partition in log dir `dir` (step 1);
   * returns the one there if the partition already moves to `dir`. Throws
   * LogError: LOG_DIR_NOT_FOUND or KAFKA_STORAGE_ERROR for the dir,
   * REPLICA_NOT_AVAILABLE without a current log; plain Error when the
   * current log is in `dir` or a future log is in another dir (delete it
   * first).
   */
  create(topic: string, partition: number, dir: string): PartitionLog {
    const key = tpKey(topic, partition);
    const logDir = this.host.onlineLogDir(dir);
    const current = this.host.current(key);
    if (current === undefined) throw new LogError(ErrorCode.REPLICA_NOT_AVAILABLE, `Replica ${key} is not available on this broker`);
    if (current.logDir === logDir) throw new Error(`${key} is already in ${dir}`);
    const existing = this.entries.get(key);
    if (existing !== undefined) {
      if (existing.logDir === logDir) return existing.log;
      throw new Error(`${key} is moving to ${existing.logDir.path}, not ${dir}`);
    }
    const name = `${key}.${randomUUID().replace(/-/g, '')}-future`;
    const log = this.host.open(logDir, topic, partition, current.log.config, name);
    log.truncateFullyAndStartAt(current.log.logStartOffset);
    this.entries.set(key, { log, logDir, name });
    return log;
  }

  /** Closes a partition's future log and deletes its dir in the background (a move cancelled); false when there was none. */
  delete(key: string): boolean {
    const f = this.entries.get(key);
    if (f === undefined) return false;
    this.entries.delete(key);
    f.log.close();
    this.host.doom(f.logDir, f.name, key);
    return true;
  }

  /** Swaps the future log of `key` in for the current one (step 3); returns the new current log. */
  replaceCurrent(key: string): PartitionLog {
    const current = this.host.current(key);
    const future = this.entries.get(key);
    if (current === undefined || future === undefined) throw new Error(`${key} has no log moving between log dirs`);
    const { highWatermark, config } = current.log;
    future.log.flush();
    current.log.close();
    this.host.setCurrent(key, undefined);
    this.host.doom(current.logDir, key, key);
    const log = this.promote(future, highWatermark, config);
    this.host.logger.info(`${key}: moved from ${current.logDir.path} to ${future.logDir.path}`);
    return log;
  }

  /** Makes a future log the current one: flushed, closed, its dir renamed `<tp>`, reopened clean. */
  private promote(f: FutureEntry, highWatermark: number, config: LogConfig): PartitionLog {
    const { topic, partition, logStartOffset } = f.log;
    const key = tpKey(topic, partition);
    f.log.flush();
    const recoveryPoint = f.log.logEndOffset;
    f.log.close();
    this.entries.delete(key);
    f.logDir.renamePartition(f.name, key);
    const log = this.host.open(f.logDir, topic, partition, config, undefined, { recoveryPoint, logStartOffset, highWatermark });
    this.host.setCurrent(key, { log, logDir: f.logDir });
    return log;
  }

  /**
   * A log dir went offline: forgets (without closing: `close` does what a
   * failed dir allows) the future logs in it and those whose current log
   * is gone with it.
   */
  dropOffline(logDir: string, close: (log: PartitionLog) => void): void {
    for (const [key, e] of this.entries) {
      if (e.logDir.path !== logDir && this.host.current(key) !== undefined) continue;
      close(e.log);
      this.entries.delete(key);
    }
  }

  /** Forgets every future log (their files stay, as a process death leaves them). */
  clear(): void {
    this.entries.clear();
  }
}
