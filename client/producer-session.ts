/**
 * ProducerSession: what turns the BatchingProducer into Kafka's idempotent
 * or transactional producer. A session owns the producer id and epoch
 * (InitProducerId) and decides when batches may go out: an idempotent
 * session once it has an id, a transactional one (transaction-manager.ts)
 * once the batches' partitions were added to the ongoing transaction
 * (AddPartitionsToTxn). The producer stamps each batch with the id, the
 * epoch and a per-partition sequence number, and tells the session of a
 * batch that failed for good.
 *
 * IdempotentSession is enable.idempotence without a transactional id:
 * InitProducerId with a null transactional id, once, on the first batch.
 * Departs from Kafka: a batch that fails for good does not bump the epoch
 * (Kafka's client resets its sequences with a new epoch); the partition's
 * later batches then fail with OUT_OF_ORDER_SEQUENCE_NUMBER until a new
 * producer is made.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeInitProducerIdRequest } from '../protocol/generated/init-producer-id-request.js';
import { decodeInitProducerIdResponse } from '../protocol/generated/init-producer-id-response.js';
import { check, type KafkaClientError } from './errors.js';
import type { Connection } from './connection.js';
import type { KafkaClient, TopicPartition } from './kafka-client.js';

/** A producer id and epoch. */
export interface ProducerIdAndEpoch {
  producerId: number;
  producerEpoch: number;
}

/** The idempotent/transactional side of a BatchingProducer (see the header). */
export interface ProducerSession {
  /** The transactional id (null: idempotent only). */
  readonly transactionalId: string | null;
  /**
   * The id and epoch to stamp on batches to `tps`, once they may be sent;
   * rejects when they must not be sent (a fenced producer, a transaction in
   * error).
   */
  prepare(tps: readonly TopicPartition[]): Promise<ProducerIdAndEpoch>;
  /** A batch failed with `err` and will not be retried. */
  batchFailed(err: KafkaClientError): void;
}

/**
 * Sends InitProducerId on `connection` (any broker for an idempotent
 * producer, the transaction coordinator for a transactional one). `current`
 * is the id and epoch held so far (KIP-360), -1/-1 for a new producer.
 */
export async function initProducerId(
  connection: Connection,
  transactionalId: string | null,
  transactionTimeoutMs: number,
  current: ProducerIdAndEpoch = { producerId: -1, producerEpoch: -1 },
): Promise<ProducerIdAndEpoch> {
  const res = await connection.send(
    ApiKey.InitProducerId,
    (w, v) =>
      encodeInitProducerIdRequest(w, v, {
        transactionalId,
        transactionTimeoutMs,
        producerId: v >= 3 ? current.producerId : undefined,
        producerEpoch: v >= 3 ? current.producerEpoch : undefined,
      }),
    decodeInitProducerIdResponse,
  );
  check(res.errorCode, `InitProducerId${transactionalId !== null ? ` ${transactionalId}` : ''}`);
  return { producerId: res.producerId, producerEpoch: res.producerEpoch };
}

/** enable.idempotence without a transactional id (see the header). */
export class IdempotentSession implements ProducerSession {
  readonly transactionalId = null;
  private id: Promise<ProducerIdAndEpoch> | null = null;

  /** A session over `client`; InitProducerId is sent with the first batch. */
  constructor(private readonly client: KafkaClient) {}

  /** The producer id and epoch (InitProducerId on first use, retried). */
  prepare(): Promise<ProducerIdAndEpoch> {
    if (this.id === null) {
      const p = this.client.retry('InitProducerId', async () => initProducerId(await this.client.anyConnection(), null, 60_000));
      this.id = p;
      p.catch(() => {
        if (this.id === p) this.id = null;
      });
    }
    return this.id;
  }

  /** Nothing to do: the partition's later batches fail on their own (see the header). */
  batchFailed(): void {}
}
