/**
 * scanRecordBatches: the fetch path's record decoder. It walks the v2 record
 * batches of one partition of a Fetch response and hands each record to a
 * visitor as positions into a buffer — the response itself, or the batch's
 * decompressed records — without making an object, a key Buffer, a value
 * Buffer or a header list per record (protocol/record-codec.ts does all
 * four; it is for tools and tests). What the visitor keeps is its choice:
 * the streaming library makes one lazily decoded ConsumerRecord per record.
 *
 * Record layout inside a batch (after decompression; record-codec.ts):
 *   length varint | attributes int8 | timestampDelta varlong | offsetDelta varint
 *   | keyLength varint (-1 = null) | key | valueLength varint (-1 = null) | value
 *   | headerCount varint | headers...
 * Headers are skipped by the record's length; parseHeaders() reads them
 * when asked.
 *
 * Records below `fromOffset` (inclusive) are skipped, and scanning stops at
 * the first record at or past `untilOffset` (exclusive). Control batches
 * are skipped (their offsets still count as read). A trailing partial batch
 * (a Fetch may end mid-batch) is left for the next fetch. With `checkCrc`
 * every complete batch's CRC-32C is verified first (Kafka's check.crcs) and
 * a mismatch throws. With an `aborted` filter (read_committed; reset with
 * the response's abortedTransactions) the batches of aborted transactions
 * are skipped too (aborted-transactions.ts).
 *
 * Synchronous and reentrant-free (module-level cursor): never awaits.
 */
import { crc32c } from '../protocol/crc32c.js';
import { decompress } from '../protocol/compression.js';
import type { RecordHeader } from '../protocol/record-codec.js';
import type { AbortedTransactionFilter } from './aborted-transactions.js';
import {
  ATTRIBUTES_OFFSET,
  BASE_TIMESTAMP_OFFSET,
  BATCH_LENGTH_OFFSET,
  CRC_OFFSET,
  CURRENT_MAGIC,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  MAGIC_OFFSET,
  MAX_TIMESTAMP_OFFSET,
  MIN_BATCH_LENGTH,
  PRODUCER_ID_OFFSET,
  RECORDS_COUNT_OFFSET,
  RECORD_BATCH_OVERHEAD,
  compressionOf,
  isControl,
  isTransactional,
  readInt64,
  timestampTypeOf,
} from '../protocol/record-batch.js';

/** Receives the records of a scan. Lengths are -1 for a null key or value. */
export interface RecordVisitor {
  /** One record; its key is buf[keyStart, keyStart + keyLength), its value buf[valueStart, valueStart + valueLength). */
  record(
    buf: Buffer,
    offset: number,
    timestamp: number,
    keyStart: number,
    keyLength: number,
    valueStart: number,
    valueLength: number,
    headersStart: number,
    headerCount: number,
  ): void;
}

/** What a scan got through. */
export interface ScanResult {
  /** One past the last offset of the last complete batch read (`fromOffset` when there was none). */
  nextOffset: number;
  /** Records handed to the visitor. */
  records: number;
  /** Whether some bytes were left because the batch there was incomplete. */
  partialTail: boolean;
}

let pos = 0;

function varint(buf: Buffer): number {
  let z = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    if (b === undefined) throw new RangeError('varint runs past the end of the batch');
    z |= (b & 0x7f) << shift;
    if ((b & 0x80) === 0) break;
    shift += 7;
    if (shift > 28) throw new RangeError('varint too long');
  }
  return (z >>> 1) ^ -(z & 1);
}

function varlong(buf: Buffer): number {
  let z = 0;
  let mul = 1;
  for (;;) {
    const b = buf[pos++];
    if (b === undefined) throw new RangeError('varlong runs past the end of the batch');
    z += (b & 0x7f) * mul;
    if ((b & 0x80) === 0) break;
    mul *= 128;
    if (mul > 2 ** 63) throw new RangeError('varlong too long');
  }
  return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
}

/**
 * Scans the batches in `buf` (one partition's records of a Fetch response)
 * for records with offsets in [fromOffset, untilOffset).
 */
export function scanRecordBatches(
  buf: Buffer,
  fromOffset: number,
  untilOffset: number,
  visitor: RecordVisitor,
  checkCrc = true,
  aborted: AbortedTransactionFilter | null = null,
): ScanResult {
  let at = 0;
  let nextOffset = fromOffset;
  let records = 0;
  while (at + RECORD_BATCH_OVERHEAD <= buf.length) {
    const length = buf.readInt32BE(at + BATCH_LENGTH_OFFSET);
    if (length < MIN_BATCH_LENGTH) throw new RangeError(`batch at byte ${at}: length ${length} too small`);
    const size = LOG_OVERHEAD + length;
    if (at + size > buf.length) break;
    const magic = buf.readInt8(at + MAGIC_OFFSET);
    if (magic !== CURRENT_MAGIC) throw new RangeError(`batch at byte ${at}: unsupported magic ${magic}`);
    if (checkCrc && crc32c(buf, at + ATTRIBUTES_OFFSET, at + size) !== buf.readUInt32BE(at + CRC_OFFSET))
      throw new RangeError(`batch at offset ${readInt64(buf, at)}: CRC-32C mismatch (corrupt record batch)`);
    const baseOffset = readInt64(buf, at);
    const lastOffset = baseOffset + buf.readInt32BE(at + LAST_OFFSET_DELTA_OFFSET);
    const attributes = buf.readInt16BE(at + ATTRIBUTES_OFFSET);
    const control = isControl(attributes);
    // The filter sees every batch in order (markers included); without one only control batches are skipped.
    const skip = aborted
      ? aborted.skipBatch(lastOffset, readInt64(buf, at + PRODUCER_ID_OFFSET), isTransactional(attributes), control)
      : control;
    if (lastOffset >= fromOffset && !skip) {
      const codec = compressionOf(attributes);
      // Uncompressed records are read in place; compressed ones from their decompressed copy.
      const body = codec === 0 ? buf : decompress(codec, buf.subarray(at + RECORD_BATCH_OVERHEAD, at + size));
      pos = codec === 0 ? at + RECORD_BATCH_OVERHEAD : 0;
      const logAppend = timestampTypeOf(attributes) === 1;
      const baseTimestamp = readInt64(buf, at + BASE_TIMESTAMP_OFFSET);
      const maxTimestamp = logAppend ? readInt64(buf, at + MAX_TIMESTAMP_OFFSET) : 0;
      const count = buf.readInt32BE(at + RECORDS_COUNT_OFFSET);
      for (let i = 0; i < count; i++) {
        const len = varint(body);
        const end = pos + len;
        pos++; // attributes
        const tsDelta = varlong(body);
        const offset = baseOffset + varint(body);
        if (offset >= untilOffset) return { nextOffset: Math.max(nextOffset, lastOffset + 1), records, partialTail: false };
        if (offset < fromOffset) {
          pos = end;
          continue;
        }
        const keyLength = varint(body);
        const keyStart = pos;
        if (keyLength > 0) pos += keyLength;
        const valueLength = varint(body);
        const valueStart = pos;
        if (valueLength > 0) pos += valueLength;
        const headerCount = varint(body);
        if (end > body.length || pos > end) throw new RangeError(`record at offset ${offset}: length mismatch`);
        visitor.record(
          body,
          offset,
          logAppend ? maxTimestamp : baseTimestamp + tsDelta,
          keyStart,
          keyLength,
          valueStart,
          valueLength,
          pos,
          headerCount,
        );
        records++;
        pos = end;
      }
    }
    if (lastOffset + 1 > nextOffset) nextOffset = lastOffset + 1;
    at += size;
  }
  return { nextOffset, records, partialTail: at < buf.length };
}

/**
 * One past the last offset of the last complete batch in `buf`, from the
 * batch headers alone (no record is read): where the next fetch of the
 * partition starts. `fromOffset` when `buf` holds no complete batch.
 */
export function nextOffsetAfter(buf: Buffer, fromOffset: number): number {
  let at = 0;
  let next = fromOffset;
  while (at + RECORD_BATCH_OVERHEAD <= buf.length) {
    const length = buf.readInt32BE(at + BATCH_LENGTH_OFFSET);
    if (length < MIN_BATCH_LENGTH || at + LOG_OVERHEAD + length > buf.length) break;
    const last = readInt64(buf, at) + buf.readInt32BE(at + LAST_OFFSET_DELTA_OFFSET);
    if (last + 1 > next) next = last + 1;
    at += LOG_OVERHEAD + length;
  }
  return next;
}

/** The `count` headers of a record that start at buf[start] (as scanRecordBatches reported them). */
export function parseHeaders(buf: Buffer, start: number, count: number): RecordHeader[] {
  const out: RecordHeader[] = [];
  pos = start;
  for (let h = 0; h < count; h++) {
    const kl = varint(buf);
    const key = buf.toString('utf8', pos, pos + kl);
    pos += kl;
    const vl = varint(buf);
    out.push({ key, value: vl < 0 ? null : buf.subarray(pos, pos + vl) });
    if (vl > 0) pos += vl;
  }
  return out;
}
