/**
 * Per-record checks of a produce batch (KIP-467): the checks Kafka's
 * LogValidator makes record by record, which refuse the whole batch and
 * name the records that caused it, so Produce v8+ can answer `record_errors`
 * (each record's index in its batch and why) beside the partition's
 * `error_message`:
 *
 * - a record without a key in a compacted topic → INVALID_RECORD;
 * - with message.timestamp.type=CreateTime, a record timestamp outside
 *   [now - before.max.ms, now + after.max.ms] (both inclusive) →
 *   INVALID_TIMESTAMP; a record without a timestamp (-1, as message format
 *   v0 writes) is not checked, as in Kafka.
 *
 * The scan reads each record's attributes, timestamp delta and key length
 * in place and jumps to the next record by its length: no per-record objects;
 * a compressed batch is decompressed once (as Kafka does for these checks).
 * The caller runs it only when it must: for compacted topics, when the
 * topic has a lower timestamp bound (message.timestamp.before.max.ms or
 * difference.max.ms set), or when the batch header's max timestamp lies
 * beyond the upper bound.
 *
 * Departure: Kafka checks every record against the upper bound too; here a
 * batch whose header max timestamp is within it is not scanned for it (the
 * upper bound has a default, so scanning for it would cost every append),
 * which trusts the producer's max timestamp.
 *
 * Stateless; not for concurrent callers only because of the module cursor.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { decompress } from '../../protocol/compression.js';
import {
  RECORD_BATCH_OVERHEAD,
  batchBaseTimestamp,
  batchRecordsCount,
  compressionOf,
  batchAttributes,
} from '../../protocol/record-batch.js';

/** One refused record: its index in the batch (0-based) and why. */
export interface RecordError {
  batchIndex: number;
  message: string;
}

/** What the scan checks. */
export interface RecordChecks {
  /** Refuse records without a key (the topic is compacted). */
  readonly requireKeys: boolean;
  /** Lowest allowed timestamp (inclusive); -Infinity: none. */
  readonly lowerTimestamp: number;
  /** Highest allowed timestamp (inclusive); Infinity: none. */
  readonly upperTimestamp: number;
}

let cursor = 0;

function varint(buf: Buffer): number {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (cursor >= buf.length) throw new RangeError('record runs past the batch');
    const b = buf[cursor++];
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) break;
    shift += 7;
    if (shift > 63) throw new RangeError('varint too long');
  }
  // Zigzag: even → value / 2, odd → -(value + 1) / 2.
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

/**
 * Scans the records of the complete v2 batch at `buf[pos, pos + size)` and
 * appends to `errors` every record that fails `checks`. Answers the error
 * code of the first failure (NONE when every record passes). A record that
 * does not parse answers CORRUPT_MESSAGE with no record error.
 */
export function scanRecordErrors(buf: Buffer, pos: number, size: number, checks: RecordChecks, errors: RecordError[]): number {
  const count = batchRecordsCount(buf, pos);
  const base = batchBaseTimestamp(buf, pos);
  let body: Buffer;
  try {
    const codec = compressionOf(batchAttributes(buf, pos));
    body = codec === 0 ? buf : decompress(codec, buf.subarray(pos + RECORD_BATCH_OVERHEAD, pos + size));
    cursor = codec === 0 ? pos + RECORD_BATCH_OVERHEAD : 0;
  } catch {
    return ErrorCode.CORRUPT_MESSAGE;
  }
  let first: number = ErrorCode.NONE;
  try {
    for (let i = 0; i < count; i++) {
      const length = varint(body);
      const end = cursor + length;
      cursor++; // attributes
      const timestamp = base + varint(body);
      varint(body); // offset delta
      const keyLength = varint(body);
      if (checks.requireKeys && keyLength < 0) {
        errors.push({ batchIndex: i, message: `record ${i} has no key, and a compacted topic accepts only keyed records` });
        if (first === ErrorCode.NONE) first = ErrorCode.INVALID_RECORD;
      }
      if (timestamp !== -1 && (timestamp < checks.lowerTimestamp || timestamp > checks.upperTimestamp)) {
        const early = timestamp < checks.lowerTimestamp;
        errors.push({
          batchIndex: i,
          message: early
            ? `record ${i} has timestamp ${timestamp}, older than ${checks.lowerTimestamp} (message.timestamp.before.max.ms)`
            : `record ${i} has timestamp ${timestamp}, later than ${checks.upperTimestamp} (message.timestamp.after.max.ms)`,
        });
        if (first === ErrorCode.NONE) first = ErrorCode.INVALID_TIMESTAMP;
      }
      cursor = end;
    }
  } catch {
    return ErrorCode.CORRUPT_MESSAGE;
  }
  return first;
}

/** The partition's error_message for refused records: how many, and the first three (Kafka shows at most three). */
export function recordErrorsSummary(errors: readonly RecordError[]): string {
  const shown = errors
    .slice(0, 3)
    .map((e) => e.message)
    .join('; ');
  return `${errors.length} record${errors.length === 1 ? '' : 's'} rejected, the batch is not appended: ${shown}${errors.length > 3 ? '; ...' : ''}`;
}
