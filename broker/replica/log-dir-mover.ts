/**
 * LogDirMover: moves partitions between the log dirs of this broker
 * (AlterReplicaLogDirs; Kafka's ReplicaAlterLogDirsThread). For each
 * hosted partition with a future log (broker/log/future-logs.ts) it copies
 * the current log into the future one, batch by batch, as a follower
 * copies its leader, while the current log keeps taking writes; once the
 * future has every record of the current it is swapped in, in the same
 * tick as the check (nothing can append in between), and the partition
 * serves from its new dir.
 *
 * Each step of one partition:
 * - the future follows the current's log start offset (retention,
 *   DeleteRecords) and its truncations: an end past the current's is cut,
 *   and the latest epoch of the future is checked against the current's
 *   epochs, as a follower does after a leader change (this broker may be a
 *   follower whose current log was truncated meanwhile);
 * - caught up (equal log end offsets): swap;
 * - else one read of up to `maxBytes` from the future's end (up to the
 *   current's log end, not the high watermark: the copy is local), appended
 *   as a follower append; the bytes count towards
 *   replica.alter.log.dirs.io.max.bytes.per.second, and while that quota is
 *   exceeded the partition waits.
 * After the read's await everything is checked again: a move cancelled or
 * redirected, a log replaced or a dir gone offline meanwhile is dropped or
 * started over, never appended to.
 *
 * alterLogDir answers AlterReplicaLogDirs for one partition as Kafka's
 * ReplicaManager does: the dir is remembered for a replica this broker
 * creates later (a reassignment adding it here: REPLICA_NOT_AVAILABLE
 * until then); a move to another dir cancels the move under way; a move to
 * the dir the replica is in already is done; otherwise the future log is
 * created and the copy starts. Errors: LOG_DIR_NOT_FOUND (not one of
 * log.dirs), KAFKA_STORAGE_ERROR (the dir, the replica's dir, or any dir
 * offline: Kafka creates no future log then, so that no partition ever has
 * one in two dirs), REPLICA_NOT_AVAILABLE.
 *
 * One loop for every move (Kafka runs one such thread per broker by
 * default); it runs while there are moves and waits `backoffMs` when no
 * partition made progress. Single-threaded: everything on the event loop.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { readInt64 } from '../../protocol/record-batch.js';
import type { LogManager } from '../log/log-manager.js';
import type { PartitionLog } from '../log/partition-log.js';
import type { Logger } from '../logger.js';
import type { Partition } from './partition.js';
import { ReplicationQuota } from './replication-quota.js';
import { LogError } from '../log/log-results.js';
import { readPartitionTopicId, writePartitionTopicId } from '../log/partition-metadata.js';

/** Settings of the mover. */
export interface LogDirMoverOptions {
  /** Bytes copied per read (Kafka: replica.fetch.max.bytes); default 1 MiB. */
  maxBytes?: number;
  /** Wait after a pass without progress; default 100 ms. */
  backoffMs?: number;
  /** False: no loop runs, the owner steps with runOnce (tests); default true. */
  autoRun?: boolean;
}

function keyOf(topic: string, partition: number): string {
  return `${topic}-${partition}`;
}

/** The moves between log dirs of one broker. */
export class LogDirMover {
  private readonly moving = new Map<string, Partition>();
  private loop: Promise<void> | null = null;
  private stopped = false;
  private readonly maxBytes: number;
  private readonly backoffMs: number;
  private readonly autoRun: boolean;
  /** replica.alter.log.dirs.io.max.bytes.per.second (unthrottled until set). */
  readonly quota = new ReplicationQuota();

  /** Moves nothing until `add`. */
  constructor(
    private readonly logs: LogManager,
    private readonly logger: Logger | undefined,
    opts: LogDirMoverOptions = {},
  ) {
    this.maxBytes = opts.maxBytes ?? 1 << 20;
    this.backoffMs = opts.backoffMs ?? 100;
    this.autoRun = opts.autoRun ?? true;
  }

  /** The partitions being moved, as `<topic>-<partition>`. */
  get pending(): string[] {
    return [...this.moving.keys()];
  }

  /**
   * AlterReplicaLogDirs for one partition (see the header): `p` is the
   * hosted partition, if any. Resolves the error code.
   */
  alterLogDir(topic: string, partition: number, dir: string, p: Partition | undefined): number {
    try {
      this.logs.setPreferredLogDir(topic, partition, dir);
      if (p === undefined || this.logs.getLog(topic, partition) === undefined) {
        return p !== undefined && p.log.local.isClosed ? ErrorCode.KAFKA_STORAGE_ERROR : ErrorCode.REPLICA_NOT_AVAILABLE;
      }
      const futureDir = this.logs.futureLogDirOf(topic, partition);
      if (futureDir !== undefined && futureDir !== dir) {
        this.remove(topic, partition);
        this.logs.deleteFutureLog(topic, partition);
        this.logger?.info(`${topic}-${partition}: the move to ${futureDir} is cancelled`);
      }
      if (this.logs.logDirOf(topic, partition) === dir || futureDir === dir) return ErrorCode.NONE;
      const offline = this.logs.offlineDirs.online().length < this.logs.describeLogDirs().length;
      if (offline) return ErrorCode.KAFKA_STORAGE_ERROR;
      const future = this.logs.createFutureLog(topic, partition, dir);
      const topicId = readPartitionTopicId(p.log.store);
      if (topicId !== null) writePartitionTopicId(future.store, topicId);
      this.logger?.info(`${topic}-${partition}: moving from ${this.logs.logDirOf(topic, partition)} to ${dir}`);
      this.add(p);
      return ErrorCode.NONE;
    } catch (err) {
      if (err instanceof LogError) return err.errorCode;
      this.logger?.warn(`${topic}-${partition}: cannot move to ${dir}: ${(err as Error).message}`);
      return ErrorCode.UNKNOWN_SERVER_ERROR;
    }
  }

  /** Starts (or keeps) copying `p` into its future log (the loop starts, unless options.autoRun is false). */
  add(p: Partition): void {
    this.moving.set(keyOf(p.topic, p.index), p);
    if (this.autoRun && !this.stopped && this.loop === null) this.loop = this.run();
  }

  /** Stops copying a partition (its future log is the caller's to delete). */
  remove(topic: string, partition: number): void {
    this.moving.delete(keyOf(topic, partition));
  }

  /** Stops the loop (shutdown); resolves when it has. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped && this.moving.size > 0) {
        if (!(await this.runOnce())) await new Promise<void>((r) => setTimeout(r, this.backoffMs).unref());
      }
    } finally {
      this.loop = null;
      // A move added while the loop was finishing.
      if (!this.stopped && this.moving.size > 0) this.loop = this.run();
    }
  }

  /** One step of every move; resolves whether any made progress (copied, truncated or swapped). */
  async runOnce(): Promise<boolean> {
    let progress = false;
    for (const [key, p] of [...this.moving]) {
      try {
        if (await this.step(key, p)) progress = true;
      } catch (err) {
        this.logger?.warn(`${key}: moving between log dirs failed: ${(err as Error).message}`);
      }
    }
    return progress;
  }

  /** The future log to copy into, or null (the move is dropped) when the move ended or cannot go on. */
  private futureOf(key: string, p: Partition): PartitionLog | null {
    const future = this.logs.getFutureLog(p.topic, p.index);
    const current = this.logs.getLog(p.topic, p.index);
    if (future === undefined || current !== p.log || current.local.isClosed || future.local.isClosed) {
      this.moving.delete(key);
      return null;
    }
    return future;
  }

  private async step(key: string, p: Partition): Promise<boolean> {
    let future = this.futureOf(key, p);
    if (future === null) return false;
    const truncated = this.align(p.log, future);
    if (future.logEndOffset === p.log.logEndOffset) return this.swap(key, p);
    if (this.quota.isExceeded()) return truncated;
    const current = p.log;
    const from = future.logEndOffset;
    const r = await current.read(from, this.maxBytes, current.logEndOffset, true);
    future = this.futureOf(key, p);
    // Changed while reading: the next step starts from the new state.
    if (future === null || p.log !== current || future.logEndOffset !== from) return true;
    if (r.errorCode !== ErrorCode.NONE || r.records.length === 0) return truncated;
    const first = readInt64(r.records, 0);
    // The current log starts inside this batch (DeleteRecords): the future starts at the batch, then at the same offset again.
    if (first < from && future.logEndOffset === future.logStartOffset) future.truncateFullyAndStartAt(first);
    const a = future.appendAsFollower(r.records);
    if (a.errorCode !== ErrorCode.NONE) {
      this.logger?.warn(`${key}: copying to the future log at ${from} failed: ${a.errorMessage ?? a.errorCode}`);
      return truncated;
    }
    this.quota.record(r.records.length);
    this.followStart(current, future);
    if (future.logEndOffset === current.logEndOffset) this.swap(key, p);
    return true;
  }

  /** Makes the future a prefix of the current again (see the header); returns whether it changed. */
  private align(current: PartitionLog, future: PartitionLog): boolean {
    const end = future.logEndOffset;
    if (end < current.logStartOffset) {
      future.truncateFullyAndStartAt(current.logStartOffset);
      return true;
    }
    let target = Math.min(end, current.logEndOffset);
    const epoch = future.latestEpoch();
    if (epoch >= 0) {
      const theirs = current.endOffsetForLeaderEpoch(epoch);
      if (theirs.endOffset >= 0) {
        const mine = future.endOffsetForLeaderEpoch(theirs.leaderEpoch);
        target = Math.min(target, theirs.endOffset, mine.leaderEpoch === theirs.leaderEpoch ? mine.endOffset : end);
      }
    }
    if (target >= end) return false;
    if (target <= future.logStartOffset) future.truncateFullyAndStartAt(current.logStartOffset);
    else future.truncateTo(target);
    return true;
  }

  /** The future's high watermark and log start offset follow the current's. */
  private followStart(current: PartitionLog, future: PartitionLog): void {
    future.setHighWatermark(Math.min(current.highWatermark, future.logEndOffset));
    if (current.logStartOffset > future.logStartOffset && current.logStartOffset <= future.highWatermark) {
      future.deleteRecordsBefore(current.logStartOffset);
    }
  }

  private swap(key: string, p: Partition): boolean {
    this.followStart(p.log, this.logs.getFutureLog(p.topic, p.index)!);
    const log = this.logs.replaceCurrentWithFuture(p.topic, p.index);
    p.replaceLog(log);
    this.moving.delete(key);
    p.notifyWatchers();
    return true;
  }
}
