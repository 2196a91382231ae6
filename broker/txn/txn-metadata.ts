/**
 * One transactional id's state in the coordinator (Kafka's
 * TransactionMetadata): its producer id and epoch, the state of its current
 * transaction and the partitions in it.
 *
 * Every change is first computed as the value to store (a TxnLogValue, as
 * Kafka's TxnTransitMetadata), written to `__transaction_state`, and applied
 * here only once the write succeeded (`complete`). While a write is in
 * flight `pending` is set and other requests of the id answer
 * CONCURRENT_TRANSACTIONS, so transitions never interleave.
 *
 * Epochs (KIP-360): `lastProducerEpoch` is the epoch before the last bump,
 * so that a producer whose InitProducerId answer was lost (or whose
 * transaction was aborted by a timeout, which bumps the epoch to fence it)
 * can retry with the epoch it knows. An epoch at EPOCH_EXHAUSTED moves the id
 * to a fresh producer id.
 */
import { TxnState, type TxnLogValue, type TxnStateCode, type TxnTopicPartitions } from './txn-log-records.js';

/** Largest usable epoch + 1: at this epoch a bump takes a new producer id (Kafka's Short.MaxValue - 1). */
export const EPOCH_EXHAUSTED = 32766;

/** A transactional id and its current transaction. */
export class TxnMetadata {
  producerId: number;
  /** Producer id before the last one (moved to when the epoch was exhausted), -1 if none. */
  previousProducerId = -1;
  producerEpoch: number;
  /** Epoch before the last bump, -1 if none. */
  lastProducerEpoch = -1;
  timeoutMs: number;
  state: TxnStateCode;
  /** Partitions of the ongoing transaction: topic → partition ids. */
  readonly partitions = new Map<string, Set<number>>();
  /** When the ongoing transaction started, -1 if none. */
  startTimestamp = -1;
  lastUpdateTimestamp: number;
  /** The state being written, null when no write is in flight. */
  pending: TxnStateCode | null = null;

  /** A new id (epoch -1 until its first InitProducerId is stored), or one loaded from its stored value. */
  constructor(
    readonly transactionalId: string,
    producerId: number,
    producerEpoch: number,
    timeoutMs: number,
    state: TxnStateCode,
    now: number,
  ) {
    this.producerId = producerId;
    this.producerEpoch = producerEpoch;
    this.timeoutMs = timeoutMs;
    this.state = state;
    this.lastUpdateTimestamp = now;
  }

  /** Rebuilds the id from its stored value. */
  static fromValue(transactionalId: string, v: TxnLogValue): TxnMetadata {
    const m = new TxnMetadata(transactionalId, v.producerId, v.producerEpoch, v.transactionTimeoutMs, v.state, v.lastUpdateTimestamp);
    m.applyValue(v);
    return m;
  }

  /** Whether the current transaction is between its Prepare and Complete records (markers being written). */
  get preparing(): boolean {
    return this.state === TxnState.PrepareCommit || this.state === TxnState.PrepareAbort;
  }

  /** Whether the id has no transaction in progress. */
  get idle(): boolean {
    return this.state === TxnState.Empty || this.state === TxnState.CompleteCommit || this.state === TxnState.CompleteAbort;
  }

  /** Whether `topic`-`partition` is in the ongoing transaction. */
  has(topic: string, partition: number): boolean {
    return this.partitions.get(topic)?.has(partition) === true;
  }

  /** The partitions as stored: topics and partition ids ascending. */
  topicPartitions(): TxnTopicPartitions[] {
    const out: TxnTopicPartitions[] = [];
    for (const topic of [...this.partitions.keys()].sort())
      out.push({ topic, partitions: [...this.partitions.get(topic)!].sort((a, b) => a - b) });
    return out;
  }

  /** The current state as a stored value, with `changes` applied. */
  value(changes: Partial<TxnLogValue>): TxnLogValue {
    return {
      producerId: this.producerId,
      previousProducerId: this.previousProducerId,
      producerEpoch: this.producerEpoch,
      transactionTimeoutMs: this.timeoutMs,
      state: this.state,
      topicPartitions: this.topicPartitions(),
      lastUpdateTimestamp: this.lastUpdateTimestamp,
      startTimestamp: this.startTimestamp,
      ...changes,
    };
  }

  /** Applies a stored value (after its write succeeded, or on load). */
  applyValue(v: TxnLogValue, lastProducerEpoch?: number): void {
    if (v.producerId !== this.producerId) this.previousProducerId = this.producerId;
    if (v.previousProducerId >= 0) this.previousProducerId = v.previousProducerId;
    if (lastProducerEpoch !== undefined) this.lastProducerEpoch = lastProducerEpoch;
    this.producerId = v.producerId;
    this.producerEpoch = v.producerEpoch;
    this.timeoutMs = v.transactionTimeoutMs;
    this.state = v.state;
    this.partitions.clear();
    for (const tp of v.topicPartitions) this.partitions.set(tp.topic, new Set(tp.partitions));
    this.lastUpdateTimestamp = v.lastUpdateTimestamp;
    this.startTimestamp = v.startTimestamp;
  }
}
