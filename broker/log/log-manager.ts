/**
 * Owns every partition log of the broker across its log dirs: loads them at
 * start (recovering after an unclean shutdown), creates and deletes them,
 * runs retention, flush and checkpoint timers, and shuts down cleanly.
 *
 * Log dir root layout (Kafka's):
 *   .lock                                held by this broker while it runs
 *                                        (log-dir-lock.ts): taken on every
 *                                        log dir before anything else is read
 *   <topic>-<partition>/                 one PartitionLog each
 *   <topic>-<partition>.<id>-delete/     being deleted (removed at load)
 *   recovery-point-offset-checkpoint     per partition: offsets below are fsynced
 *   replication-offset-checkpoint        per partition: high watermark
 *   log-start-offset-checkpoint          per partition: log start offset
 *   .kafka_cleanshutdown                 present only between a clean shutdown
 *                                        and the next loadAll()
 *   meta.properties                      (not ours)
 * Checkpoint files are replaced atomically (see checkpoints.ts); the periodic
 * ones are written off the event loop (their fsyncs took 10-60 ms each on a
 * busy disk, a stall of every request once per interval; bench/README.md),
 * one round at a time, while start-up and shutdown write synchronously. The files
 * live in a storage engine (partition-store.ts): the file engine by default,
 * the memory engine for tests and embedded use.
 *
 * With several log dirs (JBOD) a new log goes to the online dir holding the
 * fewest partitions, and a storage error takes its dir offline
 * (offline-log-dirs.ts): its logs are closed and forgotten, the other dirs
 * go on.
 *
 * Not safe for concurrent callers; all methods are synchronous except the
 * background removal of deleted dirs and the periodic checkpoint.
 */
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
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
import type { LogDirStore, StorageEngine } from './partition-store.js';
import type { StorageFaults } from './storage-faults.js';
import { FileEngine } from './file-store.js';
import { OfflineLogDirs } from './offline-log-dirs.js';
import { LogDirCheckpoints } from './log-dir-checkpoints.js';

/** Options of the LogManager. */
export interface LogManagerOptions {
  logDirs: string[];
  defaultConfig: LogConfig;
  logger?: LogLogger;
  /** Where the bytes live (default: the file engine, Kafka's on-disk layout). */
  engine?: StorageEngine;
}

/** Options of startBackgroundTasks. */
export interface BackgroundTaskOptions {
  retentionCheckIntervalMs: number;
  /** Checkpoint interval; default 5000 ms. */
  checkpointIntervalMs?: number;
  /** How often flush.ms is checked; default 1000 ms. */
  flushCheckIntervalMs?: number;
}

const LEGAL_TOPIC = /^[a-zA-Z0-9._-]{1,249}$/;

interface Entry {
  log: PartitionLog;
  logDir: LogDirStore;
}

/** Every partition log of this broker. */
export class LogManager {
  private readonly logs = new Map<string, Entry>();
  private readonly logDirs: LogDirStore[];
  private readonly defaultConfig: LogConfig;
  private readonly logger: LogLogger;
  private readonly engine: StorageEngine;
  private timers: NodeJS.Timeout[] = [];
  private deletions: Promise<void>[] = [];
  private readonly checkpoints: LogDirCheckpoints;
  private locked = false;
  /** The failed log dirs (JBOD). */
  readonly offlineDirs: OfflineLogDirs;

  /** Remembers the log dirs; nothing is touched until lockLogDirs() or loadAll(). */
  constructor(opts: LogManagerOptions) {
    this.engine = opts.engine ?? new FileEngine();
    this.logDirs = opts.logDirs.map((d) => this.engine.logDir(path.resolve(d)));
    this.defaultConfig = opts.defaultConfig;
    this.logger = opts.logger ?? { info: (m) => console.info(m), warn: (m) => console.warn(m) };
    this.offlineDirs = new OfflineLogDirs(this.logDirs.map((d) => d.path));
    this.checkpoints = new LogDirCheckpoints({
      online: () => this.onlineDirs,
      logsOf: (logDir) => [...this.logs.values()].filter((e) => e.logDir === logDir).map((e) => e.log),
      dirFailed: (logDir, err) => {
        this.markLogDirOffline(logDir.path, err.message);
        return this.offlineDirs.has(logDir.path);
      },
      logger: this.logger,
    });
  }

  /** The online log dirs. */
  private get onlineDirs(): LogDirStore[] {
    return this.logDirs.filter((d) => !this.offlineDirs.has(d.path));
  }

  /**
   * Takes `logDir` offline after a storage error there (see
   * offline-log-dirs.ts): its logs are closed without another write and
   * forgotten, then the failure listeners hear it. Nothing happens when it
   * is offline already or the last dir online.
   */
  markLogDirOffline(logDir: string, reason: string): void {
    if (!this.offlineDirs.add(logDir, reason)) return;
    const closed: string[] = [];
    for (const [key, e] of this.logs) {
      if (e.logDir.path !== logDir) continue;
      try {
        e.log.local.close();
      } catch {
        // The dir failed: closing what is open is all that is left to do.
      }
      this.logs.delete(key);
      closed.push(key);
    }
    this.logger.warn(
      `log dir ${logDir} is offline (${reason}); its ${closed.length} partition(s) are offline until a restart: ${closed.join(', ')}`,
    );
    this.offlineDirs.notify(logDir, reason, (m) => this.logger.warn(m));
  }

  /** Every log dir in log.dirs order: its path, why it is offline (null: online) and its logs. */
  describeLogDirs(): { path: string; offlineReason: string | null; logs: PartitionLog[] }[] {
    return this.logDirs.map((d) => ({
      path: d.path,
      offlineReason: this.offlineDirs.reason(d.path) ?? null,
      logs: [...this.logs.values()].filter((e) => e.logDir === d).map((e) => e.log),
    }));
  }

  /** The log dir holding a partition's log (its path), if this broker has it. */
  logDirOf(topic: string, partition: number): string | undefined {
    return this.logs.get(tpKey(topic, partition))?.logDir.path;
  }

  /** Faults tests can arm for every file of this manager's engine (storage-faults.ts). */
  get faults(): StorageFaults {
    return this.engine.faults;
  }

  /**
   * Takes the `.lock` of every log dir (creating missing dirs), before
   * anything in them is read or written. Throws LogDirLockedError naming
   * the dir when another broker holds one; the locks taken so far are
   * released again.
   */
  lockLogDirs(): void {
    if (this.locked) return;
    const taken: LogDirStore[] = [];
    try {
      for (const d of this.logDirs) {
        d.lock();
        taken.push(d);
      }
    } catch (err) {
      for (const d of taken) d.unlock();
      throw err;
    }
    this.locked = true;
  }

  /**
   * Opens every `<topic>-<partition>` dir of every log dir with its
   * checkpointed offsets, recovering when the clean-shutdown marker is
   * missing, removes leftover `-delete` dirs, then removes the marker (a
   * crash from now on means recovery next time). Locks every log dir first
   * (lockLogDirs). `configFor` supplies topic configs (default: the default
   * config).
   */
  loadAll(configFor?: (topic: string) => LogConfig): PartitionLog[] {
    this.lockLogDirs();
    const loaded: PartitionLog[] = [];
    for (const logDir of this.logDirs) {
      let clean = logDir.exists(CLEAN_SHUTDOWN_FILE);
      const read = (name: string): Map<string, number> => {
        try {
          const data = logDir.readFile(name);
          return data === null ? new Map() : parseOffsetCheckpoint(data.toString('utf8'), path.join(logDir.path, name));
        } catch (err) {
          this.logger.warn(`${(err as Error).message}; ignoring it and recovering`);
          clean = false;
          return new Map();
        }
      };
      const recovery = read(RECOVERY_POINT_CHECKPOINT);
      const hws = read(REPLICATION_CHECKPOINT);
      const starts = read(LOG_START_OFFSET_CHECKPOINT);
      const names = logDir.listPartitions();
      // A new, empty log dir has no marker either: there is nothing to recover then.
      if (!clean && names.some((n) => parseTopicPartitionDir(n) !== null)) {
        this.logger.info(`${logDir.path}: no clean shutdown marker; recovering logs from their recovery points`);
      }
      for (const name of names) {
        if (name.endsWith('-delete')) {
          this.removeLater(logDir, name);
          continue;
        }
        const tp = parseTopicPartitionDir(name);
        if (tp === null || !LEGAL_TOPIC.test(tp.topic)) continue;
        const key = tpKey(tp.topic, tp.partition);
        if (this.logs.has(key)) {
          throw new Error(`Duplicate log directories for ${key}: ${this.logs.get(key)!.logDir.path} and ${logDir.path}`);
        }
        const log = PartitionLog.open({
          logDir,
          topic: tp.topic,
          partition: tp.partition,
          config: configFor?.(tp.topic) ?? this.defaultConfig,
          needsRecovery: !clean,
          recoveryPoint: recovery.get(key) ?? 0,
          logStartOffset: starts.get(key),
          highWatermark: hws.get(key),
          logger: this.logger,
          onStorageError: (m) => this.markLogDirOffline(logDir.path, m),
        });
        this.logs.set(key, { log, logDir });
        loaded.push(log);
      }
      logDir.remove(CLEAN_SHUTDOWN_FILE);
    }
    return loaded;
  }

  /** The log of a partition, if this broker has it. */
  getLog(topic: string, partition: number): PartitionLog | undefined {
    return this.logs.get(tpKey(topic, partition))?.log;
  }

  /** Creates the log (in the log dir holding the fewest partitions); returns the existing one if any. */
  createLog(topic: string, partition: number, config: LogConfig): PartitionLog {
    const key = tpKey(topic, partition);
    const existing = this.logs.get(key);
    if (existing !== undefined) return existing.log;
    if (!LEGAL_TOPIC.test(topic) || topic === '.' || topic === '..') throw new Error(`Illegal topic name '${topic}'`);
    if (!Number.isInteger(partition) || partition < 0) throw new Error(`Illegal partition ${partition}`);
    const online = this.onlineDirs;
    const counts = new Map<LogDirStore, number>(online.map((d) => [d, 0]));
    for (const e of this.logs.values()) if (counts.has(e.logDir)) counts.set(e.logDir, counts.get(e.logDir)! + 1);
    let logDir = online[0]!;
    for (const d of online) if (counts.get(d)! < counts.get(logDir)!) logDir = d;
    const log = PartitionLog.open({
      logDir,
      topic,
      partition,
      config,
      needsRecovery: false,
      logger: this.logger,
      onStorageError: (m) => this.markLogDirOffline(logDir.path, m),
    });
    this.logs.set(key, { log, logDir });
    return log;
  }

  /** Closes the log, renames its dir to `<topic>-<partition>.<id>-delete` and removes it in the background. */
  deleteLog(topic: string, partition: number): void {
    const key = tpKey(topic, partition);
    const e = this.logs.get(key);
    if (e === undefined) return;
    this.logs.delete(key);
    e.log.close();
    const doomed = `${key}.${randomUUID().replace(/-/g, '')}-delete`;
    e.logDir.renamePartition(key, doomed);
    this.removeLater(e.logDir, doomed);
  }

  private removeLater(logDir: LogDirStore, name: string): void {
    const p = logDir.removePartition(name).catch((err: Error) => {
      this.logger.warn(`failed to remove ${path.join(logDir.path, name)}: ${err.message}`);
    });
    this.deletions.push(p);
    void p.then(() => {
      this.deletions = this.deletions.filter((x) => x !== p);
    });
  }

  /** Resolves when every background directory removal started so far has finished. */
  async deletionsSettled(): Promise<void> {
    await Promise.all(this.deletions);
  }

  /** Every open log. */
  allLogs(): PartitionLog[] {
    return [...this.logs.values()].map((e) => e.log);
  }

  /** Starts retention, flush.ms and checkpoint timers (unref'd: they never keep the process alive). */
  startBackgroundTasks(opts: BackgroundTaskOptions): void {
    this.stopBackgroundTasks();
    const every = (ms: number, fn: () => void): void => {
      const t = setInterval(() => {
        try {
          fn();
        } catch (err) {
          this.logger.warn(`log background task failed: ${(err as Error).message}`);
        }
      }, ms);
      t.unref();
      this.timers.push(t);
    };
    every(opts.retentionCheckIntervalMs, () => this.applyRetention(Date.now()));
    every(opts.checkpointIntervalMs ?? 5000, () => void this.checkpointInBackground());
    every(opts.flushCheckIntervalMs ?? 1000, () => {
      const now = Date.now();
      for (const e of this.logs.values()) e.log.flushIfDue(now);
    });
  }

  /** Stops the background timers. */
  stopBackgroundTasks(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  /** Runs retention on every log; returns the number of segments deleted. */
  applyRetention(now: number): number {
    let n = 0;
    for (const e of this.logs.values()) {
      try {
        n += e.log.applyRetention(now);
      } catch (err) {
        this.logger.warn(`${e.log.topic}-${e.log.partition}: retention failed: ${(err as Error).message}`);
      }
    }
    return n;
  }

  /** Writes the recovery point, high watermark and log start offset checkpoints of every online log dir atomically. */
  checkpoint(): void {
    this.checkpoints.writeNow();
  }

  /**
   * checkpoint() with the file I/O off the event loop (the timer's way):
   * offsets as of the call, one round at a time (log-dir-checkpoints.ts).
   * Never rejects (a failure is logged).
   */
  checkpointInBackground(): Promise<void> {
    return this.checkpoints.writeInBackground();
  }

  /** Resolves when the background checkpoint in flight, if any, has finished (before shutdown writes its own). */
  backgroundSettled(): Promise<void> {
    return this.checkpoints.settled();
  }

  /**
   * Stops timers, flushes, checkpoints and closes every log, writes the
   * clean-shutdown markers, then releases the log dir locks. Without the
   * locks (loadAll never got them: another broker holds a dir) it only
   * closes what it opened and writes nothing.
   */
  shutdown(): void {
    this.stopBackgroundTasks();
    if (!this.locked) {
      for (const e of this.logs.values()) e.log.close();
      return;
    }
    for (const e of this.logs.values()) e.log.flush();
    this.checkpoint();
    for (const e of this.logs.values()) e.log.close();
    for (const logDir of this.onlineDirs) logDir.writeFileAtomic(CLEAN_SHUTDOWN_FILE, '');
    this.releaseLocks();
  }

  /** Releases the log dir locks (shutdown does; also for a start that failed after lockLogDirs). */
  releaseLocks(): void {
    if (!this.locked) return;
    for (const d of this.logDirs) {
      try {
        d.unlock();
      } catch (err) {
        // An offline dir may not even be reachable any more.
        if (!this.offlineDirs.has(d.path)) throw err;
      }
    }
    this.locked = false;
  }

  /**
   * What a process death leaves (tests of recovery in one process): timers
   * stop and files are closed, but nothing is flushed or checkpointed, no
   * clean-shutdown marker is written, and the locks are left stale.
   */
  crash(): void {
    this.stopBackgroundTasks();
    for (const e of this.logs.values()) e.log.local.close();
    this.logs.clear();
    if (this.locked) for (const d of this.logDirs) d.abandonLock();
    this.locked = false;
  }
}
