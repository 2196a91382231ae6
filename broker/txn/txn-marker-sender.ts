/**
 * Sends a transaction's markers to the leaders of its partitions (Kafka's
 * TransactionMarkerChannelManager): WriteTxnMarkers to each leader broker,
 * the partitions this broker leads written in-process (marker-writer.ts).
 *
 * A send retries, re-reading leaders from the metadata cache, until every
 * partition has its marker or the transaction is no longer this
 * coordinator's to finish (`stillWanted()` false: its `__transaction_state`
 * partition moved or its epoch changed; the new coordinator resends them
 * after loading). Per partition, as Kafka's completion handler:
 * - NONE: done;
 * - a partition of a topic that no longer exists, or an error that says the
 *   partition cannot take markers (CORRUPT_MESSAGE, MESSAGE_TOO_LARGE,
 *   RECORD_LIST_TOO_LARGE, INVALID_RECORD, UNSUPPORTED_FOR_MESSAGE_FORMAT):
 *   dropped with a log line;
 * - INVALID_PRODUCER_EPOCH or TRANSACTION_COORDINATOR_FENCED: a newer
 *   coordinator or producer epoch wrote there; the send gives up (false);
 * - anything else (not leader, not enough replicas, timeouts, a broker not
 *   reachable): retried after a backoff.
 *
 * One client connection per remote broker, opened on first use and again
 * after a failure.
 */
import { Connection } from '../../client/connection.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeWriteTxnMarkersRequest } from '../../protocol/generated/write-txn-markers-request.js';
import { decodeWriteTxnMarkersResponse } from '../../protocol/generated/write-txn-markers-response.js';
import type { MetadataCache } from '../cluster/metadata-cache.js';
import type { Logger } from '../logger.js';
import type { TxnMarker, TxnPartition } from './marker-writer.js';

const RETRY_BACKOFF_MS = 100;
const MAX_RETRY_BACKOFF_MS = 1000;

/** What the sender needs. */
export interface TxnMarkerSenderDeps {
  readonly brokerId: number;
  readonly metadata: MetadataCache;
  readonly logger: Logger;
  readonly requestTimeoutMs: number;
  /** Writes markers into partitions this broker leads (one error per partition). */
  writeLocal(marker: TxnMarker, partitions: readonly TxnPartition[]): Promise<number[]>;
}

const DROP = new Set<number>([
  ErrorCode.CORRUPT_MESSAGE,
  ErrorCode.MESSAGE_TOO_LARGE,
  ErrorCode.RECORD_LIST_TOO_LARGE,
  ErrorCode.INVALID_RECORD,
  ErrorCode.UNSUPPORTED_FOR_MESSAGE_FORMAT,
]);
const FENCED = new Set<number>([ErrorCode.INVALID_PRODUCER_EPOCH, ErrorCode.TRANSACTION_COORDINATOR_FENCED]);

/** Delivers markers to partition leaders. */
export class TxnMarkerSender {
  private readonly conns = new Map<number, Connection>();
  private closed = false;

  /** Creates the sender; nothing connects before the first remote marker. */
  constructor(private readonly deps: TxnMarkerSenderDeps) {}

  /**
   * Writes `marker` into every partition; resolves true once all have it
   * (or were dropped), false when the send gave up (fenced, no longer
   * wanted, or the sender closed).
   */
  async send(
    transactionalId: string,
    marker: TxnMarker,
    partitions: readonly TxnPartition[],
    stillWanted: () => boolean,
  ): Promise<boolean> {
    let remaining = [...partitions];
    let backoff = RETRY_BACKOFF_MS;
    while (remaining.length > 0) {
      if (this.closed || !stillWanted()) return false;
      const byLeader = new Map<number, TxnPartition[]>();
      const next: TxnPartition[] = [];
      for (const tp of remaining) {
        const t = this.deps.metadata.topic(tp.topic);
        if (!t || tp.partition >= t.partitions.length) {
          this.deps.logger.info(
            `transactional id ${transactionalId}: ${tp.topic}-${tp.partition} no longer exists; no marker written there`,
          );
          continue;
        }
        const leader = t.partitions[tp.partition]?.leader ?? -1;
        if (leader < 0) {
          next.push(tp);
          continue;
        }
        const list = byLeader.get(leader);
        if (list) list.push(tp);
        else byLeader.set(leader, [tp]);
      }
      const results = await Promise.all([...byLeader].map(([leader, tps]) => this.sendTo(leader, marker, tps)));
      let i = 0;
      for (const tps of byLeader.values()) {
        const errors = results[i++]!;
        for (let j = 0; j < tps.length; j++) {
          const err = errors[j]!;
          const tp = tps[j]!;
          if (err === ErrorCode.NONE) continue;
          if (FENCED.has(err)) {
            this.deps.logger.warn(
              `transactional id ${transactionalId}: marker for ${tp.topic}-${tp.partition} fenced (error ${err}); giving up`,
            );
            return false;
          }
          if (DROP.has(err)) {
            this.deps.logger.warn(
              `transactional id ${transactionalId}: marker for ${tp.topic}-${tp.partition} refused (error ${err}); dropped`,
            );
            continue;
          }
          next.push(tp);
        }
      }
      remaining = next;
      if (remaining.length > 0) {
        await new Promise((r) => setTimeout(r, backoff).unref());
        backoff = Math.min(backoff * 2, MAX_RETRY_BACKOFF_MS);
      }
    }
    return true;
  }

  /** One leader's share: one error per partition (a failed request is NETWORK_EXCEPTION for all). */
  private async sendTo(leader: number, marker: TxnMarker, tps: TxnPartition[]): Promise<number[]> {
    if (leader === this.deps.brokerId) return this.deps.writeLocal(marker, tps);
    try {
      const conn = await this.connection(leader);
      const topics = new Map<string, number[]>();
      for (const tp of tps) {
        const list = topics.get(tp.topic);
        if (list) list.push(tp.partition);
        else topics.set(tp.topic, [tp.partition]);
      }
      const res = await conn.send(
        ApiKey.WriteTxnMarkers,
        (w, v) =>
          encodeWriteTxnMarkersRequest(w, v, {
            markers: [
              {
                producerId: marker.producerId,
                producerEpoch: marker.producerEpoch,
                transactionResult: marker.commit,
                coordinatorEpoch: marker.coordinatorEpoch,
                topics: [...topics].map(([name, partitionIndexes]) => ({ name, partitionIndexes })),
              },
            ],
          }),
        decodeWriteTxnMarkersResponse,
      );
      const errors = new Map<string, number>();
      for (const m of res.markers)
        for (const t of m.topics) for (const p of t.partitions) errors.set(`${t.name}\u0000${p.partitionIndex}`, p.errorCode);
      return tps.map((tp) => errors.get(`${tp.topic}\u0000${tp.partition}`) ?? ErrorCode.UNKNOWN_SERVER_ERROR);
    } catch (err) {
      this.deps.logger.debug(`WriteTxnMarkers to broker ${leader} failed: ${(err as Error).message}`);
      this.conns.get(leader)?.close();
      this.conns.delete(leader);
      return tps.map(() => ErrorCode.NETWORK_EXCEPTION);
    }
  }

  private async connection(id: number): Promise<Connection> {
    const c = this.conns.get(id);
    if (c && !c.isClosed) return c;
    const node = this.deps.metadata.brokers().find((b) => b.nodeId === id);
    if (!node) throw new Error(`broker ${id} is not registered`);
    const conn = await Connection.connect({
      host: node.host,
      port: node.port,
      clientId: `broker-${this.deps.brokerId}-txn-markers`,
      connectTimeoutMs: this.deps.requestTimeoutMs,
      requestTimeoutMs: this.deps.requestTimeoutMs,
    });
    this.conns.set(id, conn);
    return conn;
  }

  /** Stops every send (they resolve false) and closes the connections. */
  close(): void {
    this.closed = true;
    for (const c of this.conns.values()) c.close();
    this.conns.clear();
  }
}
