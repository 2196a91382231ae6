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
 * InitProducerId with a null transactional id on the first batch. Epoch
 * bumps (KIP-360, as Kafka's Java client does for an idempotent producer):
 * - a batch answered OUT_OF_ORDER_SEQUENCE_NUMBER or UNKNOWN_PRODUCER_ID
 *   (the broker lost or never saw the batches before it) bumps the epoch
 *   and is retried with sequences restarted at 0 (`retryWithNewEpoch`);
 * - a sequenced batch that fails for good (delivery.timeout.ms passed while
 *   it was retried, or a non-retriable error) leaves a gap, or an unknown
 *   outcome, in its partition's sequences: the epoch is bumped before the
 *   next batch (`batchFailed`).
 * The bump is local (epoch + 1; the broker accepts a higher epoch starting at
 * sequence 0 for a producer id without a transactional id): Kafka's client
 * does the same, with no request. At the last epoch (32767) a new producer id
 * is fetched instead (InitProducerId with the current id and epoch). Every
 * partition's sequences restart at 0 with the new epoch (BatchingProducer
 * restamps its batches); batches stamped with the old epoch and retried
 * later are restamped too, as Kafka's client resets its in-flight batches.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeInitProducerIdRequest } from '../protocol/generated/init-producer-id-request.js';
import { decodeInitProducerIdResponse } from '../protocol/generated/init-producer-id-response.js';
import { ErrorCode } from '../protocol/generated/errors.js';
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
  /** A batch stamped with `stamped` (its id and epoch) failed with `err` and will not be retried. */
  batchFailed(err: KafkaClientError, stamped?: ProducerIdAndEpoch): void;
  /**
   * A batch stamped with `stamped` was answered `err`: true when the session
   * moved to a new epoch and the batch should be retried restamped
   * (idempotent producers only, KIP-360); false to treat `err` as usual.
   */
  retryWithNewEpoch?(err: KafkaClientError, stamped: ProducerIdAndEpoch): boolean;
}

/** Largest producer epoch (Kafka's Short.MAX_VALUE); the bump after it takes a new producer id. */
export const MAX_PRODUCER_EPOCH = 32767;

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
  /** The id and epoch resolved last (null before the first InitProducerId answers). */
  private current: ProducerIdAndEpoch | null = null;
  /** Epoch bumps since start (tests, metrics). */
  epochBumps = 0;

  /** A session over `client`; InitProducerId is sent with the first batch. */
  constructor(private readonly client: KafkaClient) {}

  /** The producer id and epoch (InitProducerId on first use, retried). */
  prepare(): Promise<ProducerIdAndEpoch> {
    if (this.id === null) this.fetch({ producerId: -1, producerEpoch: -1 });
    return this.id!;
  }

  /** InitProducerId (with `held`, KIP-360, once there is one). */
  private fetch(held: ProducerIdAndEpoch): void {
    const p = this.client
      .retry('InitProducerId', async () => initProducerId(await this.client.anyConnection(), null, 60_000, held))
      .then((id) => (this.current = id));
    this.id = p;
    p.catch(() => {
      if (this.id === p) this.id = null;
    });
  }

  /**
   * Moves past `stamped` to the next epoch (or producer id), unless that
   * already happened (several failed batches of one epoch bump it once).
   */
  private bump(stamped: ProducerIdAndEpoch): void {
    const cur = this.current;
    if (cur === null || cur.producerId !== stamped.producerId || cur.producerEpoch !== stamped.producerEpoch) return;
    this.epochBumps++;
    if (cur.producerEpoch >= MAX_PRODUCER_EPOCH) {
      this.current = null;
      this.fetch(cur);
      return;
    }
    const next = { producerId: cur.producerId, producerEpoch: cur.producerEpoch + 1 };
    this.current = next;
    this.id = Promise.resolve(next);
  }

  /** A sequenced batch failed for good: its partition's sequences have a gap; bump the epoch (see the header). */
  batchFailed(_err: KafkaClientError, stamped?: ProducerIdAndEpoch): void {
    if (stamped !== undefined) this.bump(stamped);
  }

  /** OUT_OF_ORDER_SEQUENCE_NUMBER and UNKNOWN_PRODUCER_ID: bump the epoch and retry (see the header). */
  retryWithNewEpoch(err: KafkaClientError, stamped: ProducerIdAndEpoch): boolean {
    if (err.errorCode !== ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER && err.errorCode !== ErrorCode.UNKNOWN_PRODUCER_ID) return false;
    this.bump(stamped);
    return true;
  }
}
