/**
 * LogDirs: the log dirs of one broker (log.dirs, in order) as the log
 * manager uses them: their `.lock`s (log-dir-lock.ts: taken on every dir
 * before anything in it is read), which are online (offline-log-dirs.ts
 * tracks the failed ones), and where a new log goes: the dir chosen for it
 * beforehand (AlterReplicaLogDirs for a replica this broker does not have
 * yet, Kafka's preferred log dir; forgotten once used, and on restart),
 * else the online dir holding the fewest partitions; and the removal of
 * partition dirs (renamed `<topic>-<partition>.<id>-delete` first, so a
 * crash midway leaves a name the next load removes) in the background.
 *
 * Not safe for concurrent callers (the event loop serializes them).
 */
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { LogLogger } from './log-loader.js';
import { LogError } from './log-results.js';
import { OfflineLogDirs } from './offline-log-dirs.js';
import type { LogDirStore } from './partition-store.js';

/** The log dirs of one broker. */
export class LogDirs {
  private locked = false;
  private readonly preferred = new Map<string, LogDirStore>();
  private removals: Promise<void>[] = [];
  /** The failed log dirs. */
  readonly offline: OfflineLogDirs;

  /** Tracks `all`, every one online. */
  constructor(
    readonly all: readonly LogDirStore[],
    private readonly logger: LogLogger,
  ) {
    this.offline = new OfflineLogDirs(all.map((d) => d.path));
  }

  /** Whether lock() took every lock (and nothing released them since). */
  get isLocked(): boolean {
    return this.locked;
  }

  /** The online log dirs, in log.dirs order. */
  online(): LogDirStore[] {
    return this.all.filter((d) => !this.offline.has(d.path));
  }

  /**
   * The online log dir at `dir` (an absolute path); throws LogError
   * LOG_DIR_NOT_FOUND when it is not one of log.dirs, KAFKA_STORAGE_ERROR
   * when it is offline (Kafka's answers to AlterReplicaLogDirs).
   */
  onlineDir(dir: string): LogDirStore {
    const d = this.all.find((x) => x.path === dir);
    if (d === undefined) throw new LogError(ErrorCode.LOG_DIR_NOT_FOUND, `Failed to find log dir ${dir}`);
    if (this.offline.has(d.path)) throw new LogError(ErrorCode.KAFKA_STORAGE_ERROR, `Log directory ${dir} is offline`);
    return d;
  }

  /** Makes `place` choose `logDir` for partition `key`. */
  prefer(key: string, logDir: LogDirStore): void {
    this.preferred.set(key, logDir);
  }

  /** Forgets the dir chosen for `key`. */
  forget(key: string): void {
    this.preferred.delete(key);
  }

  /** The dir of a new log of partition `key` (see the header); `counts` holds the partitions each dir has. */
  place(key: string, counts: ReadonlyMap<LogDirStore, number>): LogDirStore {
    const online = this.online();
    const chosen = this.preferred.get(key);
    this.preferred.delete(key);
    if (chosen !== undefined && online.includes(chosen)) return chosen;
    let best = online[0]!;
    for (const d of online) if ((counts.get(d) ?? 0) < (counts.get(best) ?? 0)) best = d;
    return best;
  }

  /**
   * Takes the `.lock` of every log dir (creating missing dirs). Throws
   * LogDirLockedError naming the dir when another broker holds one; the
   * locks taken so far are released again.
   */
  lock(): void {
    if (this.locked) return;
    const taken: LogDirStore[] = [];
    try {
      for (const d of this.all) {
        d.lock();
        taken.push(d);
      }
    } catch (err) {
      for (const d of taken) d.unlock();
      throw err;
    }
    this.locked = true;
  }

  /** Releases every lock; an offline dir that cannot be reached any more is skipped. */
  unlock(): void {
    if (!this.locked) return;
    for (const d of this.all) {
      try {
        d.unlock();
      } catch (err) {
        if (!this.offline.has(d.path)) throw err;
      }
    }
    this.locked = false;
  }

  /** Drops the locks as a process death would, leaving them stale (crash tests). */
  abandon(): void {
    if (this.locked) for (const d of this.all) d.abandonLock();
    this.locked = false;
  }

  /** Renames partition dir `name` of `logDir` to `<key>.<id>-delete` and removes it in the background. */
  doom(logDir: LogDirStore, name: string, key: string): void {
    const doomed = `${key}.${randomUUID().replace(/-/g, '')}-delete`;
    logDir.renamePartition(name, doomed);
    this.removeLater(logDir, doomed);
  }

  /** Removes partition dir `name` of `logDir` in the background (a failure is logged). */
  removeLater(logDir: LogDirStore, name: string): void {
    const p = logDir.removePartition(name).catch((err: Error) => {
      this.logger.warn(`failed to remove ${path.join(logDir.path, name)}: ${err.message}`);
    });
    this.removals.push(p);
    void p.then(() => {
      this.removals = this.removals.filter((x) => x !== p);
    });
  }

  /** Resolves when every background removal started so far has finished. */
  async removalsSettled(): Promise<void> {
    await Promise.all(this.removals);
  }
}
