/**
 * ListOffsets v0's answer (Kafka 0.8's "offsets before a time"), which Kafka
 * 3.x still serves: not one offset but up to `maxNumOffsets` of them, newest
 * first, taken from segment boundaries.
 *
 * The candidates are each segment's base offset (raised to the log start
 * offset), each with the segment's time, plus the log end offset with the
 * current time when the active segment holds data. LATEST (-1) starts from
 * the last candidate, EARLIEST (-2) from the first, a timestamp from the
 * last candidate whose time is at or before it; from there the answer walks
 * back to older candidates. A consumer never sees past the high watermark:
 * offsets above it are replaced by the high watermark itself.
 *
 * A segment's time is its largest record timestamp (the file's mtime when
 * it has none). Kafka takes the file's last-modified time; on Tributary's
 * memory engine there is no file, and for a segment written in one go the two
 * agree.
 */
import type { PartitionLog } from './partition-log.js';

const LATEST = -1;
const EARLIEST = -2;

/**
 * Up to `maxNumOffsets` offsets for ListOffsets v0, newest first.
 * Only `replicaId` -2 (Kafka's debugging consumer) may see beyond the high
 * watermark.
 */
export function legacyOffsetsBefore(log: PartitionLog, timestamp: number, maxNumOffsets: number, replicaId: number): number[] {
  const segments = log.local.allSegments;
  const offsets: number[] = [];
  const times: number[] = [];
  for (const s of segments) {
    offsets.push(Math.max(s.baseOffset, log.logStartOffset));
    times.push(s.largestTimestamp());
  }
  if (segments.length === 0 || segments[segments.length - 1].size > 0) {
    offsets.push(log.logEndOffset);
    times.push(Date.now());
  }
  let start: number;
  if (timestamp === LATEST) start = offsets.length - 1;
  else if (timestamp === EARLIEST) start = 0;
  else {
    start = offsets.length - 1;
    while (start >= 0 && times[start] > timestamp) start--;
  }
  const out: number[] = [];
  for (let i = start; i >= 0 && out.length < maxNumOffsets; i--) out.push(offsets[i]);
  out.sort((a, b) => b - a);
  if (replicaId !== -2) {
    const hw = log.highWatermark;
    if (out.length > 0 && out[0] > hw) {
      let k = 0;
      while (k < out.length && out[k] > hw) k++;
      out.splice(0, k, hw);
    }
  }
  return out;
}
