/**
 * Owns every partition log of the broker across its log dirs: loads them at
 * start (log-dir-loader.ts, recovering after an unclean shutdown), creates
 * and deletes them, moves them between log dirs (future replicas), runs the
 * retention, flush and checkpoint timers (log-background-tasks.ts), and
 * shuts down cleanly.
 *
 * Log dir root layout (Kafka's):
 *   .lock                                held by this broker while it runs
 *                                        (log-dir-lock.ts): taken on every
 *                                        log dir before anything else is read
 *   <topic>-<partition>/                 one PartitionLog each
 *   <topic>-<partition>.<id>-future/     a future replica: the partition
 *                                        moving here from another log dir
 *   <topic>-<partition>.<id>-delete/     being deleted (removed at load)
 *   recovery-point-offset-checkpoint     per partition: offsets below are fsynced
 *   replication-offset-checkpoint        per partition: high watermark
 *   log-start-offset-checkpoint          per partition: log start offset
 *   .kafka_cleanshutdown                 present only between a clean shutdown
 *                                        and the next loadAll()
 *   meta.properties                      (not ours)
 * Checkpoint files are replaced atomically: at start-up and shutdown
 * synchronously, periodically off the event loop (log-dir-checkpoints.ts);
 * a future replica is checkpointed in its own dir like any log there. The
 * files live in a storage engine (partition-store.ts): the file engine by
 * default, the memory engine for tests and embedded use.
 *
 * With several log dirs (JBOD) a new log goes where log-dirs.ts places it,
 * and a storage error takes its dir offline
 * (offline-log-dirs.ts): its logs (current and future) are closed and
 * forgotten, the other dirs go on.
 *
 * Moving a partition between dirs (AlterReplicaLogDirs): a future log in
 * the destination dir catches up and is swapped in (future-logs.ts).
 *
 * Not safe for concurrent callers; all methods are synchronous except the
 * background removal of deleted dirs and the periodic checkpoint.
 */
import * as path from 'node:path';
import type { LogConfig } from './log-config.js';
import { PartitionLog } from './partition-log.js';
import { FutureLogs, type FutureEntry, type LogEntry, type ReopenOffsets } from './future-logs.js';
import type { LogLogger } from './log-loader.js';
import { CLEAN_SHUTDOWN_FILE, tpKey } from './checkpoints.js';
import type { LogDirStore, StorageEngine } from './partition-store.js';
import type { StorageFaults } from './storage-faults.js';
import { FileEngine } from './file-store.js';
import type { OfflineLogDirs } from './offline-log-dirs.js';
import { LogDirs } from './log-dirs.js';
import { LogDirCheckpoints } from './log-dir-checkpoints.js';
import { checkPartitionName, loadLogDir } from './log-dir-loader.js';
import { LogBackgroundTasks, type BackgroundTaskOptions } from './log-background-tasks.js';

export type { BackgroundTaskOptions } from './log-background-tasks.js';

/** Options of the LogManager. */
export interface LogManagerOptions {
  logDirs: string[];
  defaultConfig: LogConfig;
  logger?: LogLogger;
  /** Where the bytes live (default: the file engine, Kafka's on-disk layout). */
  engine?: StorageEngine;
}

/** What describeLogDirs says of one log dir. */
export interface LogDirDescription {
  path: string;
  /** Why it is offline; null while online. */
  offlineReason: string | null;
  /** Its current logs. */
  logs: PartitionLog[];
  /** Its future logs (partitions moving here). */
  futureLogs: PartitionLog[];
}

/** Every partition log of this broker. */
export class LogManager {
  private readonly logs = new Map<string, LogEntry>();
  private readonly futures: FutureLogs;
  private readonly dirs: LogDirs;
  private readonly defaultConfig: LogConfig;
  private readonly logger: LogLogger;
  private readonly engine: StorageEngine;
  private readonly tasks: LogBackgroundTasks;
  private readonly checkpoints: LogDirCheckpoints;

  /** Remembers the log dirs; nothing is touched until lockLogDirs() or loadAll(). */
  constructor(opts: LogManagerOptions) {
    this.engine = opts.engine ?? new FileEngine();
    this.logger = opts.logger ?? { info: (m) => console.info(m), warn: (m) => console.warn(m) };
    this.dirs = new LogDirs(
      opts.logDirs.map((d) => this.engine.logDir(path.resolve(d))),
      this.logger,
    );
    this.defaultConfig = opts.defaultConfig;
    this.checkpoints = new LogDirCheckpoints({
      online: () => this.dirs.online(),
      logsOf: (logDir) => this.logsIn(logDir),
      dirFailed: (logDir, err) => {
        this.markLogDirOffline(logDir.path, err.message);
        return this.offlineDirs.has(logDir.path);
      },
      logger: this.logger,
    });
    this.futures = new FutureLogs({
      current: (key) => this.logs.get(key),
      setCurrent: (key, e) => void (e === undefined ? this.logs.delete(key) : this.logs.set(key, e)),
      onlineLogDir: (dir) => this.dirs.onlineDir(dir),
      open: (logDir, topic, partition, config, dirName, offsets) => this.open(logDir, topic, partition, config, dirName, offsets),
      doom: (logDir, name, key) => this.dirs.doom(logDir, name, key),
      logger: this.logger,
    });
    this.tasks = new LogBackgroundTasks(
      {
        applyRetention: (now) => this.applyRetention(now),
        checkpointInBackground: () => this.checkpointInBackground(),
        flushIfDue: (now) => {
          for (const e of this.logs.values()) e.log.flushIfDue(now);
        },
      },
      this.logger,
    );
  }

  /** The failed log dirs (JBOD). */
  get offlineDirs(): OfflineLogDirs {
    return this.dirs.offline;
  }

  /** The current and future logs in `logDir`. */
  private logsIn(logDir: LogDirStore): PartitionLog[] {
    const out: PartitionLog[] = [];
    for (const e of this.logs.values()) if (e.logDir === logDir) out.push(e.log);
    for (const log of this.futures.in(logDir)) out.push(log);
    return out;
  }

  /**
   * Takes `logDir` offline after a storage error there (see
   * offline-log-dirs.ts): its logs are closed without another write and
   * forgotten, then the failure listeners hear it. A future log there is
   * dropped (its move ends), as is the future of a log there. Nothing
   * happens when it is offline already or the last dir online.
   */
  markLogDirOffline(logDir: string, reason: string): void {
    if (!this.offlineDirs.add(logDir, reason)) return;
    const closed: string[] = [];
    const closeQuietly = (log: PartitionLog): void => {
      try {
        log.local.close();
      } catch {
        // The dir failed: closing what is open is all that is left to do.
      }
    };
    for (const [key, e] of this.logs) {
      if (e.logDir.path !== logDir) continue;
      closeQuietly(e.log);
      this.logs.delete(key);
      closed.push(key);
    }
    this.futures.dropOffline(logDir, closeQuietly);
    this.logger.warn(
      `log dir ${logDir} is offline (${reason}); its ${closed.length} partition(s) are offline until a restart: ${closed.join(', ')}`,
    );
    this.offlineDirs.notify(logDir, reason, (m) => this.logger.warn(m));
  }

  /** Every log dir in log.dirs order, with its current and future logs. */
  describeLogDirs(): LogDirDescription[] {
    return this.dirs.all.map((d) => ({
      path: d.path,
      offlineReason: this.offlineDirs.reason(d.path) ?? null,
      logs: [...this.logs.values()].filter((e) => e.logDir === d).map((e) => e.log),
      futureLogs: this.futures.in(d),
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

  /** Takes the `.lock` of every log dir (creating missing dirs), before anything in them is read or written (log-dirs.ts). */
  lockLogDirs(): void {
    this.dirs.lock();
  }

  /**
   * Opens every current and future log of every log dir with its
   * checkpointed offsets (log-dir-loader.ts), recovering when the
   * clean-shutdown marker is missing, removes leftover `-delete` dirs, makes
   * a future log without a current one the current (see the header), then
   * removes the markers (a crash from now on means recovery next time).
   * Locks every log dir first (lockLogDirs). `configFor` supplies topic
   * configs (default: the default config). Returns the current logs.
   */
  loadAll(configFor?: (topic: string) => LogConfig): PartitionLog[] {
    this.lockLogDirs();
    const loaded: PartitionLog[] = [];
    const futures: FutureEntry[] = [];
    for (const logDir of this.dirs.all) {
      const got = loadLogDir(logDir, {
        configFor: (topic) => configFor?.(topic) ?? this.defaultConfig,
        logger: this.logger,
        onStorageError: (m) => this.markLogDirOffline(logDir.path, m),
      });
      for (const name of got.doomed) this.dirs.removeLater(logDir, name);
      for (const [key, log] of got.current) {
        const other = this.logs.get(key);
        if (other !== undefined) throw new Error(`Duplicate log directories for ${key}: ${other.logDir.path} and ${logDir.path}`);
        this.logs.set(key, { log, logDir });
        loaded.push(log);
      }
      for (const { log, name } of got.future.values()) futures.push({ log, logDir, name });
    }
    for (const f of futures) {
      const promoted = this.futures.adopt(f);
      if (promoted !== null) loaded.push(promoted);
    }
    for (const logDir of this.dirs.all) logDir.remove(CLEAN_SHUTDOWN_FILE);
    return loaded;
  }

  /** The log of a partition, if this broker has it. */
  getLog(topic: string, partition: number): PartitionLog | undefined {
    return this.logs.get(tpKey(topic, partition))?.log;
  }

  /** The future log of a partition (moving to another log dir), if any. */
  getFutureLog(topic: string, partition: number): PartitionLog | undefined {
    return this.futures.get(tpKey(topic, partition))?.log;
  }

  /** The log dir a partition's future log is in (its path), if it is moving. */
  futureLogDirOf(topic: string, partition: number): string | undefined {
    return this.futures.get(tpKey(topic, partition))?.logDir.path;
  }

  /** Makes createLog put the partition in `dir` (throws LogError LOG_DIR_NOT_FOUND or KAFKA_STORAGE_ERROR unless it is an online log dir) when this broker creates it. */
  setPreferredLogDir(topic: string, partition: number, dir: string): void {
    this.dirs.prefer(tpKey(topic, partition), this.dirs.onlineDir(dir));
  }

  /** Creates the log (in its preferred dir, else the dir holding the fewest partitions); returns the existing one if any. */
  createLog(topic: string, partition: number, config: LogConfig): PartitionLog {
    const key = tpKey(topic, partition);
    const existing = this.logs.get(key);
    if (existing !== undefined) return existing.log;
    checkPartitionName(topic, partition);
    const counts = new Map<LogDirStore, number>();
    for (const e of this.logs.values()) counts.set(e.logDir, (counts.get(e.logDir) ?? 0) + 1);
    const logDir = this.dirs.place(key, counts);
    const log = this.open(logDir, topic, partition, config);
    this.logs.set(key, { log, logDir });
    return log;
  }

  private open(
    logDir: LogDirStore,
    topic: string,
    partition: number,
    config: LogConfig,
    dirName?: string,
    offsets?: ReopenOffsets,
  ): PartitionLog {
    return PartitionLog.open({
      logDir,
      dirName,
      topic,
      partition,
      config,
      needsRecovery: false,
      ...offsets,
      logger: this.logger,
      onStorageError: (m) => this.markLogDirOffline(logDir.path, m),
    });
  }

  /** Starts moving a partition to log dir `dir`: its empty future log there (future-logs.ts `create`, which says what it throws). */
  createFutureLog(topic: string, partition: number, dir: string): PartitionLog {
    return this.futures.create(topic, partition, dir);
  }

  /** Cancels a partition's move: its future log closed and deleted; false when it was not moving. */
  deleteFutureLog(topic: string, partition: number): boolean {
    return this.futures.delete(tpKey(topic, partition));
  }

  /** Swaps a caught-up future log in for the current one (future-logs.ts); returns the new current log. */
  replaceCurrentWithFuture(topic: string, partition: number): PartitionLog {
    return this.futures.replaceCurrent(tpKey(topic, partition));
  }

  /** Closes the log (and its future log, if moving), renames its dir to `<topic>-<partition>.<id>-delete` and removes it in the background. */
  deleteLog(topic: string, partition: number): void {
    this.deleteFutureLog(topic, partition);
    const key = tpKey(topic, partition);
    this.dirs.forget(key);
    const e = this.logs.get(key);
    if (e === undefined) return;
    this.logs.delete(key);
    e.log.close();
    this.dirs.doom(e.logDir, key, key);
  }

  /** Resolves when every background directory removal started so far has finished. */
  deletionsSettled(): Promise<void> {
    return this.dirs.removalsSettled();
  }

  /** Every open current log. */
  allLogs(): PartitionLog[] {
    return [...this.logs.values()].map((e) => e.log);
  }

  /** Starts retention, flush.ms and checkpoint timers (log-background-tasks.ts). */
  startBackgroundTasks(opts: BackgroundTaskOptions): void {
    this.tasks.start(opts);
  }

  /** Stops the background timers. */
  stopBackgroundTasks(): void {
    this.tasks.stop();
  }

  /** Runs retention on every current log; returns the number of segments deleted. */
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
    const all = [...this.logs.values(), ...this.futures.all()];
    if (!this.dirs.isLocked) {
      for (const e of all) e.log.close();
      return;
    }
    for (const e of all) e.log.flush();
    this.checkpoint();
    for (const e of all) e.log.close();
    for (const logDir of this.dirs.online()) logDir.writeFileAtomic(CLEAN_SHUTDOWN_FILE, '');
    this.releaseLocks();
  }

  /** Releases the log dir locks (shutdown does; also for a start that failed after lockLogDirs). */
  releaseLocks(): void {
    this.dirs.unlock();
  }

  /**
   * What a process death leaves (tests of recovery in one process): timers
   * stop and files are closed, but nothing is flushed or checkpointed, no
   * clean-shutdown marker is written, and the locks are left stale.
   */
  crash(): void {
    this.stopBackgroundTasks();
    for (const e of this.logs.values()) e.log.local.close();
    for (const e of this.futures.all()) e.log.local.close();
    this.logs.clear();
    this.futures.clear();
    this.dirs.abandon();
  }
}
