/**
 * The records of `__transaction_state`, byte for byte in Apache Kafka's
 * format (TransactionLogKey / TransactionLogValue), so that tools reading
 * the topic (kafka-dump-log --transaction-log-decoder, the console consumer
 * with the transaction log formatter) understand them. Every key and value
 * starts with an int16 schema version; strings are int16-length UTF-8
 * (compact uvarint+1 in flexible versions).
 *
 * Key v0 (the only version):  transactionalId string
 *
 * Value (written as v0; v1 is v0 flexible, read too):
 *   producerId int64 | producerEpoch int16 | transactionTimeoutMs int32
 *   | transactionStatus int8 (TxnState codes below)
 *   | transactionPartitions nullable array of:
 *       topic string | partitionIds array of int32   (v1: + tagged fields)
 *   | transactionLastUpdateTimestampMs int64 | transactionStartTimestampMs int64
 *   (v1: + tagged fields; tag 0 previousProducerId int64, tag 1 nextProducerId
 *    int64, tag 2 clientTransactionVersion int16 — read when present)
 *
 * A null value is a tombstone: the transactional id expired and is gone.
 * Stateless; safe for any caller.
 */
import { Reader } from '../../protocol/reader.js';
import { Writer } from '../../protocol/writer.js';

/** Kafka's TransactionState codes, as stored in transactionStatus. */
export const TxnState = {
  Empty: 0,
  Ongoing: 1,
  PrepareCommit: 2,
  PrepareAbort: 3,
  CompleteCommit: 4,
  CompleteAbort: 5,
  Dead: 6,
  PrepareEpochFence: 7,
} as const;

/** One of the TxnState codes. */
export type TxnStateCode = (typeof TxnState)[keyof typeof TxnState];

const STATE_NAMES = ['Empty', 'Ongoing', 'PrepareCommit', 'PrepareAbort', 'CompleteCommit', 'CompleteAbort', 'Dead', 'PrepareEpochFence'];

/** Kafka's name of a state code (as DescribeTransactions and kafka-transactions print it). */
export function txnStateName(s: number): string {
  return STATE_NAMES[s] ?? `Unknown(${s})`;
}

/** A topic's partitions in a transaction. */
export interface TxnTopicPartitions {
  topic: string;
  /** Partition ids, ascending. */
  partitions: number[];
}

/** A transactional id's state as stored. */
export interface TxnLogValue {
  producerId: number;
  /** -1 when unknown (only v1 carries it). */
  previousProducerId: number;
  producerEpoch: number;
  transactionTimeoutMs: number;
  state: TxnStateCode;
  topicPartitions: TxnTopicPartitions[];
  lastUpdateTimestamp: number;
  /** -1 when no transaction has started. */
  startTimestamp: number;
}

function finish(w: Writer): Buffer {
  const out = w.finishBuffer();
  Writer.release(w);
  return out;
}

/** TransactionLogKey v0. */
export function encodeTxnLogKey(transactionalId: string): Buffer {
  const w = Writer.acquire();
  w.int16(0);
  w.string(transactionalId, false);
  return finish(w);
}

/** The transactional id of a key; throws on a version this format does not know. */
export function decodeTxnLogKey(buf: Buffer): string {
  const r = new Reader(buf);
  const version = r.int16();
  if (version !== 0) throw new RangeError(`unknown TransactionLogKey version ${version}`);
  return r.string(false);
}

/** TransactionLogValue v0. */
export function encodeTxnLogValue(v: TxnLogValue): Buffer {
  const w = Writer.acquire();
  w.int16(0);
  w.int64(v.producerId);
  w.int16(v.producerEpoch);
  w.int32(v.transactionTimeoutMs);
  w.int8(v.state);
  // Kafka writes an empty list (never null) for a transaction without partitions.
  w.arrayLength(v.topicPartitions.length, false);
  for (const tp of v.topicPartitions) {
    w.string(tp.topic, false);
    w.arrayLength(tp.partitions.length, false);
    for (const p of tp.partitions) w.int32(p);
  }
  w.int64(v.lastUpdateTimestamp);
  w.int64(v.startTimestamp);
  return finish(w);
}

/** Decodes TransactionLogValue v0 or v1. */
export function decodeTxnLogValue(buf: Buffer): TxnLogValue {
  const r = new Reader(buf);
  const version = r.int16();
  if (version < 0 || version > 1) throw new RangeError(`unknown TransactionLogValue version ${version}`);
  const flex = version >= 1;
  const producerId = r.int64();
  const producerEpoch = r.int16();
  const transactionTimeoutMs = r.int32();
  const state = r.int8();
  if (state < 0 || state > 7) throw new RangeError(`unknown transaction state ${state}`);
  const topicPartitions: TxnTopicPartitions[] = [];
  const n = r.arrayLength(flex);
  for (let i = 0; i < n; i++) {
    const topic = r.string(flex);
    const m = r.arrayLength(flex);
    const partitions: number[] = [];
    for (let j = 0; j < m; j++) partitions.push(r.int32());
    if (flex) skipTaggedFields(r, () => {});
    topicPartitions.push({ topic, partitions });
  }
  const lastUpdateTimestamp = r.int64();
  const startTimestamp = r.int64();
  let previousProducerId = -1;
  if (flex)
    skipTaggedFields(r, (tag, body) => {
      if (tag === 0 && body.length === 8) previousProducerId = Number(body.readBigInt64BE(0));
    });
  return {
    producerId,
    previousProducerId,
    producerEpoch,
    transactionTimeoutMs,
    state: state as TxnStateCode,
    topicPartitions,
    lastUpdateTimestamp,
    startTimestamp,
  };
}

function skipTaggedFields(r: Reader, onTag: (tag: number, body: Buffer) => void): void {
  let n = r.uvarint();
  while (n-- > 0) {
    const tag = r.uvarint();
    const len = r.uvarint();
    const at = r.pos;
    r.skip(len);
    const body = r.buf.subarray(at, at + len);
    onTag(tag, body);
  }
}
