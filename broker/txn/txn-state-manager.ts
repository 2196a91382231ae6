/**
 * The storage side of the transaction coordinator (Kafka's
 * TransactionStateManager): the `__transaction_state` topic, the
 * transactional ids of the partitions this broker leads, and every write to
 * them.
 *
 * - The topic is created on first use (FindCoordinator with key type 1 or
 *   any transaction API): transaction.state.log.num.partitions partitions,
 *   compacted, transaction.state.log.replication.factor replicas (capped at
 *   the live brokers) and min.insync.replicas = transaction.state.log.min.isr
 *   (capped at the replication factor).
 * - A transactional id lives in partition `abs(hashCode(id)) % partitions`;
 *   the leader of that partition is its coordinator. A led partition is
 *   replayed (the last value of each id wins; a tombstone removes it) on
 *   first use or when the coordinator syncs leadership; the leader epoch at
 *   load time is the coordinator epoch that its markers carry.
 * - Every change is one record appended with acks=all (the whole ISR within
 *   request.timeout.ms); the caller applies it to memory only on success, and
 *   only if the partition is still loaded at the same coordinator epoch
 *   (else NOT_COORDINATOR).
 *
 * Runs on the event loop; loads check after each await that they are still wanted.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../protocol/record-codec.js';
import type { BrokerConfig } from '../../config/broker-config.js';
import type { MetadataCache } from '../cluster/metadata-cache.js';
import type { Controller } from '../cluster/controller.js';
import type { ReplicaManager } from '../replica/replica-manager.js';
import type { Logger } from '../logger.js';
import { CoordinatorPartitions, replayBatches } from '../coordinator/coordinator-partitions.js';
import { coordinatorAppendError } from '../group/group-manager.js';
import { decodeTxnLogKey, decodeTxnLogValue, encodeTxnLogKey, encodeTxnLogValue, type TxnLogValue } from './txn-log-records.js';
import { TxnMetadata } from './txn-metadata.js';

/** Kafka's name of the transaction log topic. */
export const TXN_TOPIC = '__transaction_state';

/** What the manager needs from the broker. */
export interface TxnStateManagerDeps {
  readonly config: BrokerConfig;
  readonly metadata: MetadataCache;
  readonly controller: Controller;
  readonly replicas: ReplicaManager;
  readonly logger: Logger;
}

/** What the coordinator hears when partitions come and go. */
export interface TxnLoadHooks {
  /** Partition `p` was loaded at `coordinatorEpoch`; `txns` are its ids (the coordinator resumes their markers). */
  onLoaded(p: number, coordinatorEpoch: number, txns: TxnMetadata[]): void;
}

/** Transactional ids of the `__transaction_state` partitions this broker leads. */
export class TxnStateManager {
  /** Loaded ids by transactional id. */
  readonly txns = new Map<string, TxnMetadata>();
  /** The partitions of `__transaction_state`, loaded as this broker leads them. */
  readonly partitions: CoordinatorPartitions;

  /** Creates the manager (nothing happens until first use or syncLeadership). */
  constructor(
    private readonly deps: TxnStateManagerDeps,
    private readonly hooks: TxnLoadHooks,
  ) {
    const cfg = deps.config;
    this.partitions = new CoordinatorPartitions(
      deps,
      {
        name: TXN_TOPIC,
        numPartitions: cfg.transactionStateLogNumPartitions,
        replicationFactor: cfg.transactionStateLogReplicationFactor,
        replicationFactorKey: 'transaction.state.log.replication.factor',
        configs: (rf) => ({
          'cleanup.policy': 'compact',
          'compression.type': 'uncompressed',
          'min.insync.replicas': String(Math.min(rf, cfg.transactionStateLogMinIsr)),
          'segment.bytes': String(cfg.transactionStateLogSegmentBytes),
          'unclean.leader.election.enable': 'false',
        }),
      },
      {
        load: (p, current) => this.startLoad(p, current),
        onLoaded: (p) => this.hooks.onLoaded(p, this.partitions.epochOf(p), this.txnsOf(p)),
        unload: (p) => this.unload(p),
      },
    );
  }

  /** The `__transaction_state` partition of an id. */
  partitionFor(transactionalId: string): number {
    return this.partitions.partitionFor(transactionalId);
  }

  /** Creates the topic unless it exists, then tells whether `transactionalId` can be served here (NONE or a coordinator error). */
  async prepare(transactionalId: string): Promise<number> {
    const err = await this.partitions.ensureTopic();
    if (err !== ErrorCode.NONE) return err;
    return this.partitions.statusOf(transactionalId);
  }

  /** The coordinator epoch of an id's partition, -1 when not loaded here. */
  coordinatorEpochOf(transactionalId: string): number {
    return this.partitions.epochOf(this.partitionFor(transactionalId));
  }

  /** Loaded ids of partition `p`. */
  txnsOf(p: number): TxnMetadata[] {
    const out: TxnMetadata[] = [];
    for (const m of this.txns.values()) if (this.partitionFor(m.transactionalId) === p) out.push(m);
    return out;
  }

  private startLoad(p: number, current: () => boolean): Promise<string> | null {
    const log = this.deps.replicas.get(TXN_TOPIC, p)?.log;
    if (!log || log.highWatermark <= log.logStartOffset) return null;
    return this.load(p, current).then((n) => `${n} transactional id(s)`);
  }

  /** Replays a partition from its log start to its high watermark; returns the number of ids. */
  private async load(p: number, current: () => boolean): Promise<number> {
    const values = new Map<string, TxnLogValue | null>();
    for await (const batch of replayBatches(this.deps.replicas, TXN_TOPIC, p, current)) {
      if (batch.isControl) continue;
      for (const rec of batch.records) {
        if (rec.key === null) continue;
        const id = decodeTxnLogKey(rec.key);
        values.set(id, rec.value === null ? null : decodeTxnLogValue(rec.value));
      }
    }
    if (!current()) return 0;
    let n = 0;
    for (const [id, v] of values) {
      if (v === null) continue;
      this.txns.set(id, TxnMetadata.fromValue(id, v));
      n++;
    }
    return n;
  }

  private unload(p: number): void {
    for (const id of [...this.txns.keys()]) if (this.partitionFor(id) === p) this.txns.delete(id);
  }

  /**
   * Writes an id's new value (null: tombstone) with acks=all; resolves with
   * NONE, or the coordinator error to answer (NOT_COORDINATOR when the
   * partition moved or its epoch changed meanwhile: then memory must not change).
   */
  async write(transactionalId: string, value: TxnLogValue | null, coordinatorEpoch: number): Promise<number> {
    const p = this.partitionFor(transactionalId);
    const now = Date.now();
    const batch = encodeRecordBatch({
      baseTimestamp: now,
      records: [{ key: encodeTxnLogKey(transactionalId), value: value === null ? null : encodeTxnLogValue(value), timestamp: now }],
    });
    const r = await this.deps.replicas.appendRecords(TXN_TOPIC, p, batch, -1, now);
    let err = r.errorCode;
    if (err === ErrorCode.NONE) err = await this.deps.replicas.awaitReplication(TXN_TOPIC, p, this.deps.config.requestTimeoutMs);
    if (err !== ErrorCode.NONE) {
      this.deps.logger.warn(
        `appending to ${TXN_TOPIC}-${p} for transactional id ${transactionalId} failed: error ${err} ${r.errorMessage ?? ''}`,
      );
      return coordinatorAppendError(err);
    }
    if (this.partitions.epochOf(p) !== coordinatorEpoch) return ErrorCode.NOT_COORDINATOR;
    return ErrorCode.NONE;
  }

  /** Starts loading every led partition and unloads those that moved away. */
  syncLeadership(): void {
    this.partitions.syncLeadership();
  }

  /** Unloads everything (broker shutdown). */
  shutdown(): void {
    this.partitions.shutdown();
  }
}
