/**
 * The fetch path's reads of a segment (the synchronous mechanics are in
 * segment.ts): finding the batch that holds an offset, and reading whole
 * batches from a file position, both with asynchronous reads
 * (StoreFile.read: libuv's thread pool for the file engine), so a read of a
 * cold segment never stalls the event loop. The exception: bytes near the
 * end of a segment that this process wrote itself are read synchronously
 * (LogSegment.readsSynchronouslyAt: a copy out of the page cache, cheaper
 * than the thread pool's round trip; the follower fetches of acks=all read
 * there).
 *
 * Bounds: a read never returns bytes at or past `endPosition` (the high
 * watermark's position when it is in this segment), nor a batch whose last
 * offset is >= `maxOffsetExclusive`; only whole batches, one Buffer per
 * read, taken from the read-buffer pool (read-buffers.ts).
 *
 * Races: these functions read the segment as it is when the I/O runs. A
 * truncation meanwhile shows up as bytes that end early (handled: only the
 * whole batches read count), never as an error; the caller (local-log.ts)
 * notices the change through its generation counter and reads again.
 */
import {
  BATCH_LENGTH_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  RECORD_BATCH_OVERHEAD,
  readInt64,
} from '../../protocol/record-batch.js';
import { acquireReadBuffer, releaseReadBuffer } from './read-buffers.js';
import type { LogSegment } from './segment.js';

const EMPTY = Buffer.alloc(0);
/** Bytes read per step when looking for an offset. */
const SCAN_CHUNK = 64 * 1024;
/** Header bytes needed for a batch's length and last offset. */
const HEADER_PREFIX = LAST_OFFSET_DELTA_OFFSET + 4;

/**
 * File position of the first batch whose last offset is >= `offset`, as
 * LogSegment.translateOffset, with asynchronous reads of the headers.
 * -1 when there is none — or when the bytes end early because the segment
 * was truncated meanwhile (the caller notices that change and retries).
 */
export async function findBatchPosition(seg: LogSegment, offset: number): Promise<number> {
  let pos = seg.offsetIndex.lookupPosition(offset);
  const end = seg.size;
  if (pos >= end) return -1;
  const chunk = acquireReadBuffer(SCAN_CHUNK);
  try {
    while (pos < end) {
      const len = Math.min(SCAN_CHUNK, end - pos);
      const got = seg.readsSynchronouslyAt(pos) ? seg.readFullySync(chunk, len, pos) : await seg.readFullyAsync(chunk, len, pos);
      let p = 0;
      while (p + HEADER_PREFIX <= got) {
        const size = LOG_OVERHEAD + chunk.readInt32BE(p + BATCH_LENGTH_OFFSET);
        if (size < RECORD_BATCH_OVERHEAD) return -1;
        if (readInt64(chunk, p) + chunk.readInt32BE(p + LAST_OFFSET_DELTA_OFFSET) >= offset) return pos + p;
        p += size;
      }
      if (p === 0 || got < len) return -1;
      pos += p;
    }
    return -1;
  } finally {
    releaseReadBuffer(chunk);
  }
}

/**
 * Whole batches starting at file `position` and ending at or before
 * `endPosition` (exclusive byte bound: the high watermark's position when
 * it is in this segment, else the segment's size): as many as fit in
 * `maxBytes` whose last offset is < `maxOffsetExclusive` (a second guard
 * for a bound that has no position). If none fits and `minOneBatch`, the
 * first batch whole (when it is below both bounds). One Buffer per call,
 * read asynchronously into a pooled buffer (read-buffers.ts: the socket
 * server returns it once the response is written); empty when nothing
 * qualifies. Bytes that end early (the segment was truncated meanwhile)
 * yield only the whole batches read; the caller detects the change.
 */
export async function readBatches(
  seg: LogSegment,
  position: number,
  maxBytes: number,
  endPosition: number,
  maxOffsetExclusive: number,
  minOneBatch: boolean,
): Promise<Buffer> {
  const avail = Math.min(seg.size, endPosition) - position;
  if (avail < RECORD_BATCH_OVERHEAD) return EMPTY;
  const want = Math.min(avail, Math.max(maxBytes, RECORD_BATCH_OVERHEAD));
  const buf = acquireReadBuffer(want);
  const got = seg.readsSynchronouslyAt(position) ? seg.readFullySync(buf, want, position) : await seg.readFullyAsync(buf, want, position);
  const limit = Math.min(got, maxBytes);
  let p = 0;
  while (p + RECORD_BATCH_OVERHEAD <= limit) {
    const size = LOG_OVERHEAD + buf.readInt32BE(p + BATCH_LENGTH_OFFSET);
    if (size < RECORD_BATCH_OVERHEAD || p + size > limit) break;
    if (readInt64(buf, p) + buf.readInt32BE(p + LAST_OFFSET_DELTA_OFFSET) >= maxOffsetExclusive) break;
    p += size;
  }
  if (p > 0) return buf.subarray(0, p);
  if (got < RECORD_BATCH_OVERHEAD) {
    releaseReadBuffer(buf);
    return EMPTY;
  }
  const size = LOG_OVERHEAD + buf.readInt32BE(BATCH_LENGTH_OFFSET);
  const below = size >= RECORD_BATCH_OVERHEAD && readInt64(buf, 0) + buf.readInt32BE(LAST_OFFSET_DELTA_OFFSET) < maxOffsetExclusive;
  if (minOneBatch && below && size <= got) return buf.subarray(0, size);
  // Nothing of `buf` is returned: back to the pool (see read-buffers.ts).
  releaseReadBuffer(buf);
  if (!minOneBatch || !below || size > avail) return EMPTY;
  const big = Buffer.allocUnsafe(size);
  return (await seg.readFullyAsync(big, size, position)) === size ? big : EMPTY;
}
