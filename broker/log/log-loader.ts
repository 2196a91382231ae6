/**
 * Loading a partition dir into segments, with crash recovery.
 *
 * Steps: remove leftovers of interrupted operations (*.tmp, *.deleted,
 * *.cleaned, *.swap, indexes without a .log); open every
 * `<20-digit base>.log` in offset order; then
 * - after a crash (needsRecovery), scan every segment from the one holding
 *   the recovery point: validate each batch (length, magic, CRC, increasing
 *   offsets), rebuild its offset and time index, cut the file at the first
 *   torn or corrupt batch and drop every later segment (one warning line);
 * - in every case, rebuild an index that is missing or corrupt.
 * Finally load the idempotent-producer state from the checkpoint a clean
 * close wrote, or else rebuild it (and the leader epoch cache when its
 * checkpoint is missing) from one scan of batch headers from the log start
 * offset. An empty dir becomes one empty segment at the log start
 * offset.
 *
 * Runs once per partition, synchronously; not for concurrent callers.
 */
import { LogSegment, parseSegmentBaseOffset, type SegmentConfig } from './segment.js';
import { ScanStatus } from './batch-scanner.js';
import { ProducerStateManager } from './producer-state.js';
import { LeaderEpochCache } from './leader-epoch-cache.js';
import { LEADER_EPOCH_CHECKPOINT } from './checkpoints.js';
import { completeInterruptedSwaps } from './cleaner-files.js';
import * as path from 'node:path';
import type { LogDirStore, PartitionStore } from './partition-store.js';
import type { LogConfig } from './log-config.js';
import { FileEngine } from './file-store.js';
import {
  batchProducerId,
  batchProducerEpoch,
  batchBaseSequence,
  batchLastOffsetDelta,
  batchPartitionLeaderEpoch,
  lastSequenceOf,
} from '../../protocol/record-batch.js';

/** Where log messages go. */
export interface LogLogger {
  info(msg: string): void;
  warn(msg: string): void;
}

/** The state a PartitionLog starts from. */
export interface LoadedLog {
  segments: LogSegment[];
  nextOffset: number;
  logStartOffset: number;
  highWatermark: number;
  recoveryPoint: number;
  leaderEpochCache: LeaderEpochCache;
  producerState: ProducerStateManager;
}

/** Inputs of loadLog. */
export interface LoadLogOptions {
  store: PartitionStore;
  name: string;
  config: SegmentConfig;
  needsRecovery: boolean;
  recoveryPoint?: number;
  logStartOffset?: number;
  highWatermark?: number;
  logger: LogLogger;
  now: number;
}

/** Options of PartitionLog.open. */
export interface PartitionLogOptions {
  /** The partition dir `<logDir>/<topic>-<partition>` of the file engine (or give `logDir`). */
  dir?: string;
  /** The log dir holding the partition (any engine); its `<topic>-<partition>` store is used. */
  logDir?: LogDirStore;
  topic: string;
  partition: number;
  config: LogConfig;
  /** True after an unclean shutdown: scan from the recovery point. */
  needsRecovery: boolean;
  recoveryPoint?: number;
  logStartOffset?: number;
  highWatermark?: number;
  logger?: LogLogger;
}

/** The store of the partition `opts` name (file engine for a bare `dir`), loaded and recovered. */
export function openPartitionDir(
  opts: PartitionLogOptions,
  logger: LogLogger,
): { logDir: LogDirStore; store: PartitionStore; loaded: LoadedLog } {
  let logDir: LogDirStore;
  let store: PartitionStore;
  if (opts.logDir !== undefined) {
    logDir = opts.logDir;
    store = logDir.partition(`${opts.topic}-${opts.partition}`);
  } else if (opts.dir !== undefined) {
    logDir = new FileEngine().logDir(path.dirname(opts.dir));
    store = logDir.partition(path.basename(opts.dir));
  } else throw new Error('PartitionLog.open needs a dir or a logDir');
  const loaded = loadLog({ ...opts, store, name: `${opts.topic}-${opts.partition}`, logger, now: Date.now() });
  return { logDir, store, loaded };
}

/** Per-partition file written on clean close: the idempotent-producer state (see producer-state.ts). */
export const PRODUCER_STATE_CHECKPOINT = 'producer-state-checkpoint';

const LEFTOVER = /\.(tmp|deleted|cleaned|swap)$/;

/** Index of the segment that holds `offset` (the last one with base <= offset), 0 if none. */
export function floorSegmentIndex(segments: readonly LogSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.baseOffset <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Opens, recovers and indexes the partition dir `opts.store`. */
export function loadLog(opts: LoadLogOptions): LoadedLog {
  const { store, logger, name } = opts;
  store.ensure();
  for (const line of completeInterruptedSwaps(store)) logger.warn(`${name}: ${line}`);
  const files = store.list();
  const bases = new Set<number>();
  for (const f of files) if (f.endsWith('.log') && parseSegmentBaseOffset(f) >= 0) bases.add(parseSegmentBaseOffset(f));
  for (const f of files) {
    const orphanIndex = (f.endsWith('.index') || f.endsWith('.timeindex')) && !bases.has(parseSegmentBaseOffset(f));
    if (LEFTOVER.test(f) || orphanIndex) store.remove(f);
  }
  const sorted = [...bases].sort((a, b) => a - b);
  const segments: LogSegment[] = sorted.map((b) => LogSegment.open(store, b, opts.config, false, opts.now));
  if (segments.length === 0) {
    segments.push(LogSegment.open(store, Math.max(0, opts.logStartOffset ?? 0), opts.config, true, opts.now));
  }

  let recoverFrom = segments.length;
  if (opts.needsRecovery) recoverFrom = floorSegmentIndex(segments, opts.recoveryPoint ?? 0);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const why = i >= recoverFrom ? null : seg.indexesNeedRebuild();
    if (i < recoverFrom && why === null) continue;
    if (why !== null) logger.warn(`${name}: rebuilding indexes of segment ${seg.baseOffset}: ${why}`);
    const r = seg.recover();
    if (r.truncatedBytes > 0) {
      const dropped = segments.length - i - 1;
      logger.warn(
        `${name}: truncated ${r.truncatedBytes} bytes at the end of segment ${seg.baseOffset} (${r.reason})` +
          (dropped > 0 ? `; deleting ${dropped} later segment(s)` : ''),
      );
      for (const later of segments.splice(i + 1)) later.deleteFiles();
      break;
    }
  }
  if (recoverFrom < segments.length) for (let i = recoverFrom; i < segments.length; i++) segments[i]!.flush();
  // Without recovery the active segment's tail is still checked (one header
  // scan from its last index entry, which finding the log end needs anyway):
  // bytes after the last whole batch would otherwise sit between old and new
  // appends and make acknowledged records unreadable.
  const active = segments[segments.length - 1]!;
  if (recoverFrom === segments.length && !active.hasCleanTail()) {
    const r = active.recover();
    logger.warn(`${name}: truncated ${r.truncatedBytes} bytes at the end of segment ${active.baseOffset} (${r.reason})`);
  }

  const last = segments[segments.length - 1]!;
  const nextOffset = last.readNextOffset();
  const logStartOffset = Math.min(Math.max(opts.logStartOffset ?? 0, segments[0]!.baseOffset), nextOffset);
  const highWatermark = Math.min(Math.max(opts.highWatermark ?? logStartOffset, logStartOffset), nextOffset);
  const recoveryPoint = opts.needsRecovery ? nextOffset : Math.min(opts.recoveryPoint ?? nextOffset, nextOffset);

  const leaderEpochCache = new LeaderEpochCache(store, LEADER_EPOCH_CHECKPOINT);
  const producerState = new ProducerStateManager();
  let snapshotOffset = -1;
  if (!opts.needsRecovery && leaderEpochCache.loaded) {
    const snapshot = store.readFile(PRODUCER_STATE_CHECKPOINT);
    if (snapshot !== null) snapshotOffset = producerState.loadCheckpoint(snapshot.toString('utf8'));
  }
  store.remove(PRODUCER_STATE_CHECKPOINT);
  if (snapshotOffset !== nextOffset) {
    rebuildFromBatches(segments, logStartOffset, producerState, leaderEpochCache.loaded ? null : leaderEpochCache);
    if (!leaderEpochCache.loaded) leaderEpochCache.flush();
  } else producerState.removeBefore(logStartOffset);
  leaderEpochCache.truncateFromEnd(nextOffset);
  leaderEpochCache.truncateFromStart(logStartOffset);
  return { segments, nextOffset, logStartOffset, highWatermark, recoveryPoint, leaderEpochCache, producerState };
}

/**
 * One header-only scan of every batch at or after `fromOffset`: feeds the
 * producer state and, when given, the leader epoch cache (without flushing).
 */
export function rebuildFromBatches(
  segments: readonly LogSegment[],
  fromOffset: number,
  producerState: ProducerStateManager,
  epochCache: LeaderEpochCache | null,
): void {
  producerState.clear();
  for (let i = floorSegmentIndex(segments, fromOffset); i < segments.length; i++) {
    const sc = segments[i]!.scanner();
    try {
      while (sc.next() === ScanStatus.BATCH) {
        const last = sc.lastOffset;
        if (last < fromOffset) continue;
        const b = sc.buf;
        const o = sc.off;
        const base = sc.baseOffset;
        if (epochCache !== null) epochCache.assign(batchPartitionLeaderEpoch(b, o), base, false);
        const pid = batchProducerId(b, o);
        if (pid < 0) continue;
        const firstSeq = batchBaseSequence(b, o);
        const lastSeq = lastSequenceOf(firstSeq, batchLastOffsetDelta(b, o));
        producerState.update(pid, batchProducerEpoch(b, o), firstSeq, lastSeq, base, last, sc.maxTimestamp);
      }
    } finally {
      sc.close();
    }
  }
}
