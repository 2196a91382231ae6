/**
 * Rebuilding the partition log's derived state from its batches: the
 * producer state (with ongoing transactions), the aborted-transaction
 * indexes of the segments replayed, and, when its checkpoint was lost, the
 * leader epoch cache.
 *
 * `restoreProducerState` is what loading and truncation do: take the latest
 * valid producer snapshot in [log start, log end] (producer-snapshot.ts) and
 * replay the batches from its offset to the log end; without one, replay
 * from the log start. Replaying reads batch headers only, plus the one
 * record key of each control batch (its COMMIT/ABORT type). Each segment's
 * aborted-transaction index loses the entries at or after the replay start
 * and gets the ABORTs replayed in it again, so after a crash it agrees with
 * the log.
 *
 * Synchronous, once per partition load or truncation; not for concurrent
 * callers.
 */
import { ScanStatus } from './batch-scanner.js';
import { batchPartitionLeaderEpoch, batchProducerId, CONTROL_FLAG_MASK, ATTRIBUTES_OFFSET } from '../../protocol/record-batch.js';
import type { LeaderEpochCache } from './leader-epoch-cache.js';
import type { LogSegment } from './segment.js';
import type { ProducerStateManager } from './producer-state.js';
import { deleteSnapshots, loadLatestSnapshot } from './producer-snapshot.js';
import type { PartitionStore } from './partition-store.js';

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

/**
 * Applies every batch at or after `fromOffset` to `producerState` (and to
 * `epochCache` when given, without flushing it), rebuilding the aborted-
 * transaction index of each segment from `fromOffset` on.
 */
export function replayBatches(
  segments: readonly LogSegment[],
  fromOffset: number,
  producerState: ProducerStateManager,
  epochCache: LeaderEpochCache | null,
): void {
  for (let i = floorSegmentIndex(segments, fromOffset); i < segments.length; i++) {
    const seg = segments[i]!;
    seg.txnIndex.truncateTo(fromOffset);
    if (seg.size === 0) continue;
    const start = seg.baseOffset >= fromOffset ? 0 : seg.offsetIndex.lookupPosition(fromOffset);
    const sc = seg.scanner(start);
    try {
      while (sc.next() === ScanStatus.BATCH) {
        const last = sc.lastOffset;
        if (last < fromOffset) continue;
        let b = sc.buf;
        let o = sc.off;
        const base = sc.baseOffset;
        if (epochCache !== null) epochCache.assign(batchPartitionLeaderEpoch(b, o), base, false);
        const pid = batchProducerId(b, o);
        if (pid < 0) continue;
        if ((b.readInt16BE(o + ATTRIBUTES_OFFSET) & CONTROL_FLAG_MASK) !== 0) {
          b = sc.readBatch();
          o = 0;
        }
        producerState.updateBatch(b, o, pid, base, last, sc.maxTimestamp);
        for (const t of producerState.takeAborted()) seg.txnIndex.append(t);
      }
    } finally {
      sc.close();
    }
  }
}

/**
 * Starts in `epochCache` every epoch newer than its latest that a batch at or
 * after `fromOffset` carries, at that batch's base offset (batch headers
 * only): after a crash, the epochs begun since the checkpoint was last
 * fsynced, which all start at or above the recovery point
 * (leader-epoch-cache.ts). Returns whether any was added (not written).
 */
export function addEpochsFromBatches(segments: readonly LogSegment[], fromOffset: number, epochCache: LeaderEpochCache): boolean {
  let added = false;
  for (let i = floorSegmentIndex(segments, fromOffset); i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.size === 0) continue;
    const sc = seg.scanner(seg.baseOffset >= fromOffset ? 0 : seg.offsetIndex.lookupPosition(fromOffset));
    try {
      while (sc.next() === ScanStatus.BATCH) {
        if (sc.lastOffset < fromOffset) continue;
        const epoch = batchPartitionLeaderEpoch(sc.buf, sc.off);
        if (epoch > epochCache.latestEpoch()) added = epochCache.assign(epoch, sc.baseOffset, false) || added;
      }
    } finally {
      sc.close();
    }
  }
  return added;
}

/**
 * Loads the latest usable snapshot into `producerState` and replays the
 * batches after it (see the header); with `epochCache`, replays everything
 * from the log start to rebuild that cache too, ignoring snapshots. Returns
 * the offset the replay started from.
 */
export function restoreProducerState(
  store: PartitionStore,
  segments: readonly LogSegment[],
  logStartOffset: number,
  logEndOffset: number,
  producerState: ProducerStateManager,
  epochCache: LeaderEpochCache | null,
): number {
  let from = logStartOffset;
  if (epochCache === null) {
    const snap = loadLatestSnapshot(store, producerState, logStartOffset, logEndOffset);
    if (snap >= 0) from = snap;
  } else {
    producerState.clear();
    deleteSnapshots(store, logEndOffset, true);
  }
  if (from < logEndOffset) replayBatches(segments, from, producerState, epochCache);
  producerState.removeBefore(logStartOffset);
  return from;
}
