/**
 * Timestamp lookups over a partition's segments (ListOffsets by time).
 *
 * The first segment whose largest timestamp reaches the target is chosen;
 * its time index gives an offset before which every batch is earlier than
 * the target; the offset index turns that into a file position; batch
 * headers are scanned from there to the first batch with maxTimestamp >=
 * target; that ONE batch is decoded (off the hot path) to return the exact
 * first record at or after the target, as Kafka does. If the batch cannot be
 * decoded (a codec not initialised) its base offset is returned.
 *
 * Stateless; not for concurrent callers (uses the segments' scanners).
 */
import type { LogSegment } from './segment.js';
import { ScanStatus } from './batch-scanner.js';
import { decodeRecordBatches } from '../../protocol/record-codec.js';
import { TimestampType } from '../../protocol/record-batch.js';

/** An offset and its timestamp. */
export interface TimestampAndOffset {
  offset: number;
  timestamp: number;
}

/** The first record with timestamp >= `timestamp` at or after `logStartOffset`, or null. */
export function findOffsetByTimestamp(
  segments: readonly LogSegment[],
  timestamp: number,
  logStartOffset: number,
): TimestampAndOffset | null {
  for (const seg of segments) {
    if (seg.maxTimestampSoFar < timestamp || seg.size === 0) continue;
    const from = Math.max(seg.timeIndex.lookupOffsetBefore(timestamp), logStartOffset);
    const pos = seg.translateOffset(from);
    if (pos < 0) continue;
    const sc = seg.scanner(pos);
    try {
      while (sc.next() === ScanStatus.BATCH) {
        if (sc.maxTimestamp < timestamp || sc.lastOffset < logStartOffset) continue;
        const fallback = { offset: Math.max(sc.baseOffset, logStartOffset), timestamp: sc.maxTimestamp };
        try {
          const [batch] = decodeRecordBatches(Buffer.from(sc.readBatch()));
          for (const r of batch?.records ?? []) {
            if (r.timestamp >= timestamp && r.offset >= logStartOffset) return { offset: r.offset, timestamp: r.timestamp };
          }
        } catch {
          // fall through to the batch-level answer
        }
        return fallback;
      }
    } finally {
      sc.close();
    }
  }
  return null;
}

/**
 * The largest timestamp in the log and the offset of the first record that
 * carries it (Kafka 3.8+, KAFKA-16310: the exact record, not the batch's last
 * offset; with LogAppendTime every record of the batch has it, so the batch's
 * first offset), or null. Decodes that one batch; if it cannot be decoded the
 * batch's last offset is returned.
 */
export function findMaxTimestamp(segments: readonly LogSegment[]): TimestampAndOffset | null {
  let best: LogSegment | null = null;
  for (const s of segments) {
    if (s.maxTimestampSoFar >= 0 && (best === null || s.maxTimestampSoFar > best.maxTimestampSoFar)) best = s;
  }
  if (best === null) return null;
  const shallow = { offset: best.offsetOfMaxTimestampSoFar, timestamp: best.maxTimestampSoFar };
  const pos = best.translateOffset(shallow.offset);
  if (pos < 0) return shallow;
  const sc = best.scanner(pos);
  try {
    if (sc.next() !== ScanStatus.BATCH || sc.maxTimestamp !== shallow.timestamp) return shallow;
    const [batch] = decodeRecordBatches(Buffer.from(sc.readBatch()));
    if (!batch) return shallow;
    if (batch.timestampType === TimestampType.LOG_APPEND_TIME) return { offset: batch.baseOffset, timestamp: shallow.timestamp };
    for (const r of batch.records) if (r.timestamp === shallow.timestamp) return { offset: r.offset, timestamp: r.timestamp };
    return shallow;
  } catch {
    return shallow;
  } finally {
    sc.close();
  }
}
