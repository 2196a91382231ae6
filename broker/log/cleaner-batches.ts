/**
 * The log cleaner's batch-level helpers: reading a segment's batches in
 * chunks off the event loop's thread (yielding between chunks), and writing
 * a batch again with only some of its records. Stateless; the cleaner
 * (log-cleaner.ts) is their one caller.
 */
import { encodeRecordBatch, type DecodedBatch, type DecodedRecord } from '../../protocol/record-codec.js';
import { BATCH_LENGTH_OFFSET, LOG_OVERHEAD, RECORD_BATCH_OVERHEAD } from '../../protocol/record-batch.js';
import type { LogSegment } from './segment.js';

const CHUNK = 1024 * 1024;

/** Calls `fn` for every complete batch of `seg` ([buf, pos, size)), yielding after each chunk. */
export async function forEachBatch(
  seg: LogSegment,
  fn: (buf: Buffer, pos: number, size: number) => void,
  alive: () => boolean,
): Promise<void> {
  let filePos = 0;
  const end = seg.size;
  while (filePos < end) {
    const len = Math.min(CHUNK, end - filePos);
    let buf = Buffer.allocUnsafe(len);
    if ((await seg.readFullyAsync(buf, len, filePos)) < len) throw new CleanAborted();
    let p = 0;
    while (p + RECORD_BATCH_OVERHEAD <= len) {
      const size = LOG_OVERHEAD + buf.readInt32BE(p + BATCH_LENGTH_OFFSET);
      if (p + size > len) {
        if (p > 0) break;
        buf = Buffer.allocUnsafe(size);
        if ((await seg.readFullyAsync(buf, size, filePos)) < size) throw new CleanAborted();
      }
      fn(buf, p, size);
      p += size;
    }
    if (p === 0) throw new Error(`${seg.logPath}: no whole batch at position ${filePos}`);
    filePos += p;
    await new Promise((r) => setImmediate(r));
    if (!alive()) throw new CleanAborted();
  }
}

/** A pass stopped: the cleaner is stopping, or a segment changed under it (its output is thrown away). */
export class CleanAborted extends Error {
  constructor() {
    super('cleaning aborted');
  }
}

/** A batch holding only `kept` of `batch`'s records, uncompressed, same offsets and producer fields. */
export function rewriteBatch(batch: DecodedBatch, kept: DecodedRecord[]): Buffer {
  let minTs = Number.POSITIVE_INFINITY;
  for (const r of kept) if (r.timestamp < minTs) minTs = r.timestamp;
  const logAppend = batch.timestampType === 1;
  return encodeRecordBatch({
    baseOffset: batch.baseOffset,
    records: kept.map((r) => ({
      key: r.key,
      value: r.value,
      headers: r.headers,
      timestamp: logAppend ? batch.baseTimestamp : r.timestamp,
      offsetDelta: r.offset - batch.baseOffset,
    })),
    compression: 0,
    producerId: batch.producerId,
    producerEpoch: batch.producerEpoch,
    baseSequence: batch.baseSequence,
    timestampType: batch.timestampType,
    partitionLeaderEpoch: batch.partitionLeaderEpoch,
    transactional: batch.isTransactional,
    baseTimestamp: logAppend ? batch.baseTimestamp : Math.min(minTs, batch.baseTimestamp),
    maxTimestamp: batch.maxTimestamp,
    lastOffsetDelta: batch.lastOffsetDelta,
  });
}
