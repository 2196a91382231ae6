/**
 * The checks an append runs before any byte is written (Kafka's
 * analyzeAndValidateRecords + LogValidator, header-only): one pass over the
 * batch headers of a produce or replication payload, no per-record work and
 * no per-batch objects. Results go into a caller-owned AppendInfo that is
 * reused across appends.
 *
 * Then, once validated, the leader's in-place assignment of offsets, leader
 * epoch and (with LogAppendTime) timestamps. Also, off the hot path,
 * recompression to a topic's compression.type when it is not `producer`
 * (the only case where the broker rewrites records).
 *
 * Stateless apart from the `out` argument; not for concurrent callers.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import {
  BATCH_LENGTH_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  PARTITION_LEADER_EPOCH_OFFSET,
  batchAttributes,
  batchBaseSequence,
  batchMaxTimestamp,
  batchProducerEpoch,
  batchProducerId,
  batchRecordsCount,
  compressionOf,
  isControl,
  isTransactional,
  lastSequenceOf,
  readInt64,
  setLogAppendTime,
  validateBatch,
  writeInt64,
} from '../../protocol/record-batch.js';
import { decodeRecordBatches, encodeRecordBatch } from '../../protocol/record-codec.js';
import { codecFromName, isCodecReady } from '../../protocol/compression.js';
import { hasCompactPolicy, timestampAfterMaxMs, timestampBeforeMaxMs, type LogConfig } from './log-config.js';
import { recordErrorsSummary, scanRecordErrors, type RecordError } from './record-errors.js';
import { DUPLICATE, inSequence, type ProducerStateManager } from './producer-state.js';
import { markerCoordinatorEpoch } from '../../protocol/control-record.js';

const MAX = Number.MAX_SAFE_INTEGER;

/** What the validation pass learned about a payload (one reusable object per log). */
export interface AppendInfo {
  errorCode: number;
  errorMessage: string | null;
  /** Offsets the payload takes: the sum of lastOffsetDelta + 1. */
  offsetCount: number;
  recordCount: number;
  maxTimestamp: number;
  /** Some batch carries a producer id. */
  hasProducer: boolean;
  /** The payload is a retry of an idempotent batch already in the log. */
  duplicate: boolean;
  duplicateFirstOffset: number;
  duplicateLastOffset: number;
  /** Some batch's codec differs from the topic's compression.type. */
  needsRecompression: boolean;
  /** For appendAsFollower: one past the last offset of the payload. */
  nextOffset: number;
  /** KIP-467: the records that refused the payload (empty unless errorCode says so). */
  recordErrors: RecordError[];
}

/**
 * Writes into every batch of `records` its base offset (the first from
 * `firstOffset` on, each next one after the previous one's last offset) and
 * `leaderEpoch`; with `logAppendTime` >= 0 also that timestamp (and the
 * CRC). Header writes only.
 */
export function assignOffsets(records: Buffer, firstOffset: number, leaderEpoch: number, logAppendTime: number): void {
  let off = firstOffset;
  for (let pos = 0; pos < records.length; pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET)) {
    writeInt64(records, pos, off);
    records.writeInt32BE(leaderEpoch, pos + PARTITION_LEADER_EPOCH_OFFSET);
    if (logAppendTime >= 0) setLogAppendTime(records, pos, logAppendTime);
    off += records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET) + 1;
  }
}

/** A fresh AppendInfo. */
export function newAppendInfo(): AppendInfo {
  return {
    errorCode: 0,
    errorMessage: null,
    offsetCount: 0,
    recordCount: 0,
    maxTimestamp: -1,
    hasProducer: false,
    duplicate: false,
    duplicateFirstOffset: -1,
    duplicateLastOffset: -1,
    needsRecompression: false,
    nextOffset: -1,
    recordErrors: [],
  };
}

function reset(out: AppendInfo): void {
  out.errorCode = 0;
  out.errorMessage = null;
  out.offsetCount = 0;
  out.recordCount = 0;
  out.maxTimestamp = -1;
  out.hasProducer = false;
  out.duplicate = false;
  out.needsRecompression = false;
  out.nextOffset = -1;
  out.recordErrors.length = 0;
}

function failed(out: AppendInfo, code: number, msg: string): AppendInfo {
  out.errorCode = code;
  out.errorMessage = msg;
  return out;
}

/**
 * Validates a produce payload as the leader: every batch well formed, magic
 * 2, CRC valid, within max.message.bytes, no control batch from a client,
 * timestamps within message.timestamp.before/after.max.ms (or the deprecated
 * difference.max.ms; record by record for a lower bound, the header's max
 * timestamp first for the upper one), keys on every record of a
 * compacted topic (the last two name the refused records: record-errors.ts,
 * KIP-467), idempotent sequences/epochs in order, no
 * non-transactional batch of a producer inside a transaction, and a
 * coordinator's markers not older than the producer's epoch or the last
 * marker's coordinator epoch.
 */
export function analyzeLeaderBatches(
  records: Buffer,
  config: Readonly<LogConfig>,
  producers: ProducerStateManager,
  now: number,
  origin: 'client' | 'coordinator',
  out: AppendInfo,
): AppendInfo {
  reset(out);
  const end = records.length;
  const logAppendTime = config.messageTimestampType === 'LogAppendTime';
  const targetCodec = config.compressionType === 'producer' ? -1 : codecFromName(config.compressionType);
  const before = timestampBeforeMaxMs(config);
  const after = timestampAfterMaxMs(config);
  const checks = {
    requireKeys: hasCompactPolicy(config),
    lowerTimestamp: logAppendTime || before >= MAX ? -Infinity : now - before,
    upperTimestamp: logAppendTime || after >= MAX ? Infinity : now + after,
  };
  let pendingPid = -1;
  let pendingEpoch = -1;
  let pendingLastSeq = -1;
  for (let pos = 0; pos < end;) {
    const err = validateBatch(records, pos, end, config.maxMessageBytes);
    if (err !== ErrorCode.NONE) return failed(out, err, `invalid record batch at byte ${pos} of ${end}`);
    const size = LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET);
    const lastDelta = records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
    const attrs = batchAttributes(records, pos);
    const control = isControl(attrs);
    if (origin === 'client' && control) return failed(out, ErrorCode.INVALID_RECORD, 'clients may not write control batches');
    if (targetCodec >= 0 && compressionOf(attrs) !== targetCodec) out.needsRecompression = true;
    const batchMax = batchMaxTimestamp(records, pos);
    // Records are scanned for compacted topics, for a lower timestamp bound (a record may lie below its
    // batch's base timestamp), and when the header's max timestamp is beyond the upper bound.
    if (!control && (checks.requireKeys || checks.lowerTimestamp !== -Infinity || batchMax > checks.upperTimestamp)) {
      const code = scanRecordErrors(records, pos, size, checks, out.recordErrors);
      if (code === ErrorCode.CORRUPT_MESSAGE) return failed(out, code, `unreadable records in the batch at byte ${pos} of ${end}`);
      if (code !== ErrorCode.NONE) return failed(out, code, recordErrorsSummary(out.recordErrors));
    }
    if (batchMax > out.maxTimestamp) out.maxTimestamp = batchMax;
    const pid = batchProducerId(records, pos);
    if (pid >= 0) {
      out.hasProducer = true;
      const epoch = batchProducerEpoch(records, pos);
      const firstSeq = batchBaseSequence(records, pos);
      const lastSeq = lastSequenceOf(firstSeq, lastDelta);
      if (control) {
        const r = producers.checkMarker(pid, epoch, markerCoordinatorEpoch(records, pos));
        if (r !== ErrorCode.NONE) {
          return failed(out, r, `marker of producer ${pid} epoch ${epoch} rejected (producer epoch ${producers.epochOf(pid)})`);
        }
      } else if (pid === pendingPid) {
        // A second batch of the same producer in one request follows the first, not the log.
        if (epoch !== pendingEpoch) return failed(out, ErrorCode.INVALID_PRODUCER_EPOCH, 'producer epoch changed within one request');
        if (firstSeq >= 0 && !inSequence(pendingLastSeq, firstSeq)) {
          return failed(out, ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER, `out of order sequence ${firstSeq} after ${pendingLastSeq}`);
        }
      } else {
        const r = producers.check(pid, epoch, firstSeq, lastSeq, isTransactional(attrs));
        if (r === DUPLICATE) {
          out.duplicate = true;
          out.duplicateFirstOffset = producers.duplicateFirstOffset;
          out.duplicateLastOffset = producers.duplicateLastOffset;
          return out;
        }
        if (r !== ErrorCode.NONE) {
          return failed(
            out,
            r,
            `producer ${pid} epoch ${epoch} sequence ${firstSeq} rejected (last sequence ${producers.lastSequenceOf(pid)}, epoch ${producers.epochOf(pid)})`,
          );
        }
      }
      pendingPid = pid;
      pendingEpoch = epoch;
      if (firstSeq >= 0) pendingLastSeq = lastSeq;
    }
    out.offsetCount += lastDelta + 1;
    out.recordCount += batchRecordsCount(records, pos);
    pos += size;
  }
  return out;
}

/**
 * Validates a replication payload: batches well formed with valid CRCs and
 * offsets increasing from at least `logEndOffset` (gaps allowed, as after
 * compaction). Sets nextOffset, recordCount, maxTimestamp, hasProducer.
 */
export function analyzeFollowerBatches(records: Buffer, logEndOffset: number, maxBatchBytes: number, out: AppendInfo): AppendInfo {
  reset(out);
  const end = records.length;
  let expected = logEndOffset;
  for (let pos = 0; pos < end;) {
    const err = validateBatch(records, pos, end, Math.max(maxBatchBytes, end));
    if (err !== ErrorCode.NONE) return failed(out, err, `invalid record batch at byte ${pos} of ${end}`);
    const base = readInt64(records, pos);
    if (base < expected) return failed(out, ErrorCode.INVALID_RECORD, `batch base offset ${base} is below the expected ${expected}`);
    expected = base + records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET) + 1;
    out.recordCount += batchRecordsCount(records, pos);
    const ts = batchMaxTimestamp(records, pos);
    if (ts > out.maxTimestamp) out.maxTimestamp = ts;
    if (batchProducerId(records, pos) >= 0) out.hasProducer = true;
    pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET);
  }
  out.nextOffset = expected;
  return out;
}

/**
 * Re-encodes every batch of `records` with the topic's compression.type
 * (decode + encode: per-record work, only when the topic asks for it).
 * Header fields (producer, sequence, timestamps, flags, offsets deltas) are
 * kept. Throws if a codec is not ready (zstd before initCodecs()).
 */
export function recompressBatches(records: Buffer, compressionType: string): Buffer {
  const codec = codecFromName(compressionType);
  if (!isCodecReady(codec)) throw new Error(`compression codec ${compressionType} is not initialised`);
  const parts: Buffer[] = [];
  for (const b of decodeRecordBatches(records)) {
    if (!isCodecReady(b.compression)) throw new Error(`compression codec ${b.compression} is not initialised`);
    parts.push(
      encodeRecordBatch({
        baseOffset: b.baseOffset,
        records: b.records.map((r) => ({
          key: r.key,
          value: r.value,
          headers: r.headers,
          timestamp: r.timestamp,
          offsetDelta: r.offset - b.baseOffset,
        })),
        compression: codec,
        producerId: b.producerId,
        producerEpoch: b.producerEpoch,
        baseSequence: b.baseSequence,
        timestampType: b.timestampType,
        partitionLeaderEpoch: b.partitionLeaderEpoch,
        transactional: b.isTransactional,
        control: b.isControl,
        baseTimestamp: b.baseTimestamp,
        maxTimestamp: b.maxTimestamp,
        lastOffsetDelta: b.lastOffsetDelta,
      }),
    );
  }
  return Buffer.concat(parts);
}
