/**
 * TransactionalProducer: Kafka's transactional producer API on the lean
 * client — initTransactions, beginTransaction, send, sendOffsetsToTransaction,
 * commitTransaction, abortTransaction — as a BatchingProducer (batching,
 * per-partition sequence numbers) driven by a TransactionManager
 * (coordinator requests, states, fencing). Records of a transaction become
 * visible to read_committed consumers when commitTransaction resolves, and
 * never after abortTransaction.
 *
 * commitTransaction flushes first; if a record of the transaction failed it
 * throws that error and the transaction must be aborted. abortTransaction
 * fails the records not yet sent (with a TRANSACTION_ABORTED-style client
 * error) and waits for those in flight. After a fatal error (another
 * instance with the same transactional id fenced this one) every call
 * throws; close the producer.
 */
import { KafkaClientError } from './errors.js';
import { BatchingProducer, type BatchingProducerOptions, type SendCallback } from './batching-producer.js';
import type { KafkaClient } from './kafka-client.js';
import type { OffsetAndMetadata } from './group-api.js';
import { TransactionManager, type GroupMetadata, type TransactionManagerOptions, type TransactionState } from './transaction-manager.js';

/** Options of a transactional producer: the batching options (acks is always all) and the transaction's. */
export type TransactionalProducerOptions = Omit<BatchingProducerOptions, 'session' | 'acks'> & TransactionManagerOptions;

/** Kafka's transactional producer (see the header). */
export class TransactionalProducer {
  /** The transaction side (state, producer id and epoch). */
  readonly txn: TransactionManager;
  private readonly producer: BatchingProducer;

  /** A producer over `client` (which it does not close); call initTransactions() first. */
  constructor(client: KafkaClient, options: TransactionalProducerOptions) {
    this.txn = new TransactionManager(client, options);
    // Transactions need acks=all (Kafka refuses other values with a transactional.id).
    this.producer = new BatchingProducer(client, { ...options, acks: -1, session: this.txn });
  }

  /** The transaction's state. */
  get state(): TransactionState {
    return this.txn.state;
  }

  /** Records sent and not yet answered. */
  get pending(): number {
    return this.producer.pending;
  }

  /** Produce requests sent so far. */
  get requests(): number {
    return this.producer.requests;
  }

  /** Records acknowledged so far. */
  get acknowledged(): number {
    return this.producer.acknowledged;
  }

  /** Gets the producer id and epoch of the transactional id, fencing older instances (and aborting their open transaction). */
  initTransactions(): Promise<void> {
    return this.txn.initTransactions();
  }

  /** Starts a transaction. */
  beginTransaction(): void {
    this.txn.beginTransaction();
  }

  /** Sends one record in the ongoing transaction (see BatchingProducer.send). */
  send(topic: string, key: Buffer | null, value: Buffer | null, cb: SendCallback): void {
    // Kafka's send() throws outside a transaction and fails at once in an errored one.
    const refusal = this.txn.sendRefusal();
    if (refusal !== null) {
      cb(refusal, -1);
      return;
    }
    this.producer.send(topic, key, value, cb);
  }

  /** send() as a promise of the record's offset. */
  sendAsync(topic: string, key: Buffer | null, value: Buffer | null): Promise<number> {
    return new Promise((resolve, reject) => this.send(topic, key, value, (err, offset) => (err ? reject(err) : resolve(offset))));
  }

  /** Commits `offsets` (the next offsets to read) for `group` as part of the transaction. */
  sendOffsetsToTransaction(offsets: OffsetAndMetadata[], group: GroupMetadata | string): Promise<void> {
    return this.txn.sendOffsets(offsets, group);
  }

  /** Flushes, then commits the transaction (throws if a record of it failed: abort then). */
  commitTransaction(): Promise<void> {
    return this.txn.endTransaction(true, () => this.producer.flush());
  }

  /** Drops the records not yet sent, waits for those in flight, then aborts the transaction. */
  abortTransaction(): Promise<void> {
    return this.txn.endTransaction(false, async () => {
      const err = new KafkaClientError(-1, `transaction of ${this.txn.transactionalId} aborted before this record was sent`, false);
      if (this.producer.failUnsent(err)) this.txn.sequencesDropped();
      await this.producer.flush();
    });
  }

  /** Waits for every record sent so far. */
  flush(): Promise<void> {
    return this.producer.flush();
  }

  /** Refuses further sends once those outstanding are answered (an open transaction is left to the coordinator's timeout). */
  close(): Promise<void> {
    return this.producer.close();
  }
}
