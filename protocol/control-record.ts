/**
 * Control batches: the transaction markers a transaction coordinator has
 * written into every partition of a transaction (KIP-98), as Kafka encodes
 * them.
 *
 * A control batch is a v2 record batch with the transactional (0x10) and
 * control (0x20) attribute bits set, never compressed, carrying the
 * producer id and epoch of the transaction, base sequence -1, and exactly one
 * record:
 *
 *   key   (4 bytes)  version int16 (0), type int16 (0 = ABORT, 1 = COMMIT)
 *   value (6 bytes)  version int16 (0), coordinatorEpoch int32
 *
 * The key is Kafka's ControlRecordType key; the value is Kafka's
 * EndTransactionMarker. Readers accept any version >= 0 of the key and value
 * (later versions may only append fields). Accessors read a stored batch in
 * place (no objects): the log uses them on every marker it appends or
 * replays. Stateless; safe for any caller.
 */
import { ByteCursor, encodeRecordBatch } from './record-codec.js';
import { CONTROL_FLAG_MASK, RECORD_BATCH_OVERHEAD, batchAttributes, batchRecordsCount, batchSize, compressionOf } from './record-batch.js';

/** Control record types (the key's `type`). */
export const ControlType = { ABORT: 0, COMMIT: 1 } as const;

/** An end-of-transaction marker as written into a partition. */
export interface EndTxnMarker {
  producerId: number;
  producerEpoch: number;
  /** The coordinator's epoch (the leader epoch of its `__transaction_state` partition). */
  coordinatorEpoch: number;
  /** COMMIT when true, ABORT when false. */
  commit: boolean;
  /** Batch timestamp (ms since the epoch). */
  timestamp: number;
}

/** Encodes a marker as a control batch with base offset 0 (the log assigns offsets and leader epoch). */
export function encodeEndTxnMarker(m: EndTxnMarker): Buffer {
  const key = Buffer.allocUnsafe(4);
  key.writeInt16BE(0, 0);
  key.writeInt16BE(m.commit ? ControlType.COMMIT : ControlType.ABORT, 2);
  const value = Buffer.allocUnsafe(6);
  value.writeInt16BE(0, 0);
  value.writeInt32BE(m.coordinatorEpoch, 2);
  return encodeRecordBatch({
    baseTimestamp: m.timestamp,
    records: [{ key, value, timestamp: m.timestamp }],
    producerId: m.producerId,
    producerEpoch: m.producerEpoch,
    baseSequence: -1,
    transactional: true,
    control: true,
  });
}

/** Whether the batch at `pos` is a control batch. */
export function isControlBatch(buf: Buffer, pos: number): boolean {
  return (batchAttributes(buf, pos) & CONTROL_FLAG_MASK) !== 0;
}

/**
 * The first record's key and value of the uncompressed control batch at
 * `pos` (whole in `buf`), as views; null when the batch is not one (not
 * control, compressed, no records, or malformed).
 */
function controlRecord(buf: Buffer, pos: number): { key: Buffer; value: Buffer | null } | null {
  const attrs = batchAttributes(buf, pos);
  if ((attrs & CONTROL_FLAG_MASK) === 0 || compressionOf(attrs) !== 0 || batchRecordsCount(buf, pos) < 1) return null;
  const end = pos + batchSize(buf, pos);
  if (end > buf.length) return null;
  try {
    const c = new ByteCursor(buf.subarray(0, end), pos + RECORD_BATCH_OVERHEAD);
    c.readVarint(); // record length
    c.pos++; // record attributes
    c.readVarlong(); // timestamp delta
    c.readVarint(); // offset delta
    const keyLen = c.readVarint();
    if (keyLen < 4) return null;
    const key = c.readBytes(keyLen);
    const valueLen = c.readVarint();
    return { key, value: valueLen < 0 ? null : c.readBytes(valueLen) };
  } catch {
    return null;
  }
}

/**
 * The control type of the control batch at `pos` (ControlType.ABORT or
 * COMMIT, or another type a newer Kafka defines), or -1 when it is not a
 * readable control batch.
 */
export function controlTypeOf(buf: Buffer, pos: number): number {
  const r = controlRecord(buf, pos);
  if (r === null || r.key.readInt16BE(0) < 0) return -1;
  return r.key.readInt16BE(2);
}

/** The coordinator epoch of the end-transaction marker at `pos`, or -1 when it carries none. */
export function markerCoordinatorEpoch(buf: Buffer, pos: number): number {
  const r = controlRecord(buf, pos);
  if (r === null || r.value === null || r.value.length < 6) return -1;
  return r.value.readInt32BE(2);
}
