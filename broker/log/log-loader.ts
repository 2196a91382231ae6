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
 * Finally restore the producer state (with ongoing transactions) from the
 * latest producer snapshot and the batches after it, rebuilding the
 * aborted-transaction indexes of the replayed segments (log-replay.ts); when
 * the leader epoch checkpoint is missing, both are rebuilt from one scan of
 * batch headers from the log start offset; when it is there but the
 * shutdown was unclean, the epochs of the batches from the recovery point on
 * are added to it (its latest entries may not have been fsynced; see
 * leader-epoch-cache.ts). An empty dir becomes one empty segment at the log
 * start offset.
 *
 * Runs once per partition, synchronously; not for concurrent callers.
 */
import { LogSegment, parseSegmentBaseOffset, type SegmentConfig } from './segment.js';
import { ProducerStateManager } from './producer-state.js';
import { LeaderEpochCache } from './leader-epoch-cache.js';
import { LEADER_EPOCH_CHECKPOINT } from './checkpoints.js';
import { completeInterruptedSwaps } from './cleaner-files.js';
import * as path from 'node:path';
import type { LogDirStore, PartitionStore } from './partition-store.js';
import type { LogConfig } from './log-config.js';
import { FileEngine } from './file-store.js';
import { addEpochsFromBatches, floorSegmentIndex, restoreProducerState } from './log-replay.js';

export { floorSegmentIndex } from './log-replay.js';

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
  /** The log dir holding the partition (any engine); its `<topic>-<partition>` store is used (or `dirName`'s). */
  logDir?: LogDirStore;
  /** With `logDir`: the partition dir's name when it is not `<topic>-<partition>` (a future replica's `<tp>.<id>-future`). */
  dirName?: string;
  topic: string;
  partition: number;
  config: LogConfig;
  /** True after an unclean shutdown: scan from the recovery point. */
  needsRecovery: boolean;
  recoveryPoint?: number;
  logStartOffset?: number;
  highWatermark?: number;
  logger?: LogLogger;
  /** Told the message of a storage error of an append (the log manager may take the log dir offline). */
  onStorageError?: (message: string) => void;
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
    store = logDir.partition(opts.dirName ?? `${opts.topic}-${opts.partition}`);
  } else if (opts.dir !== undefined) {
    logDir = new FileEngine().logDir(path.dirname(opts.dir));
    store = logDir.partition(path.basename(opts.dir));
  } else throw new Error('PartitionLog.open needs a dir or a logDir');
  const loaded = loadLog({ ...opts, store, name: `${opts.topic}-${opts.partition}`, logger, now: Date.now() });
  return { logDir, store, loaded };
}

/**
 * The text file earlier versions wrote on a clean close instead of
 * snapshots; removed when found (the state is then rebuilt from the log).
 */
const LEGACY_PRODUCER_STATE_CHECKPOINT = 'producer-state-checkpoint';

const LEFTOVER = /\.(tmp|deleted|cleaned|swap)$/;

/** Opens, recovers and indexes the partition dir `opts.store`. */
export function loadLog(opts: LoadLogOptions): LoadedLog {
  const { store, logger, name } = opts;
  store.ensure();
  for (const line of completeInterruptedSwaps(store)) logger.warn(`${name}: ${line}`);
  const files = store.list();
  const bases = new Set<number>();
  for (const f of files) if (f.endsWith('.log') && parseSegmentBaseOffset(f) >= 0) bases.add(parseSegmentBaseOffset(f));
  for (const f of files) {
    const orphanIndex = /\.(index|timeindex|txnindex)$/.test(f) && !bases.has(parseSegmentBaseOffset(f));
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
  store.remove(LEGACY_PRODUCER_STATE_CHECKPOINT);
  for (const seg of segments)
    if (seg.txnIndex.tornBytes > 0) logger.warn(`${name}: cut a torn tail of the aborted-transaction index of segment ${seg.baseOffset}`);
  const rebuildEpochs = !leaderEpochCache.loaded;
  restoreProducerState(store, segments, logStartOffset, nextOffset, producerState, rebuildEpochs ? leaderEpochCache : null);
  // Written without fsync: a file lost or torn by a crash is rebuilt from the log again (a new partition's
  // empty one included: its fsyncs stalled the broker at every topic creation).
  if (rebuildEpochs) leaderEpochCache.flush(false);
  else if (opts.needsRecovery) addEpochsFromBatches(segments, Math.max(opts.recoveryPoint ?? 0, logStartOffset), leaderEpochCache);
  leaderEpochCache.truncateFromEnd(nextOffset);
  leaderEpochCache.truncateFromStart(logStartOffset);
  // After recovery the recovery point becomes the log end: the file must hold every entry below it, durably.
  if (opts.needsRecovery) leaderEpochCache.sync();
  return { segments, nextOffset, logStartOffset, highWatermark, recoveryPoint, leaderEpochCache, producerState };
}
