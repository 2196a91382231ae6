/**
 * The transaction coordinator (Kafka's TransactionCoordinator, KIP-98):
 * InitProducerId with a transactional id, AddPartitionsToTxn,
 * AddOffsetsToTxn and EndTxn over the ids of the `__transaction_state`
 * partitions this broker leads (txn-state-manager.ts).
 *
 * A transaction moves Empty/Complete* → Ongoing (partitions added) →
 * PrepareCommit or PrepareAbort (EndTxn, stored before EndTxn answers) →
 * markers written to every partition (txn-marker-sender.ts) →
 * CompleteCommit or CompleteAbort (stored). A coordinator that loads a
 * partition resumes the markers of every id it finds in a Prepare state; an
 * Ongoing transaction older than its timeout is aborted
 * (transaction.abort.timed.out.transaction.cleanup.interval.ms) with a bumped
 * epoch, which fences the producer that let it time out.
 *
 * Fencing: InitProducerId bumps the id's epoch; a request carrying an older
 * epoch answers PRODUCER_FENCED (handlers turn it into
 * INVALID_PRODUCER_EPOCH for versions older than KIP-588's); partition
 * leaders refuse the old epoch's writes once the new epoch wrote there. An
 * InitProducerId while a transaction is Ongoing aborts it (epoch bumped) and
 * answers CONCURRENT_TRANSACTIONS, so the new instance retries until the
 * abort completed, as Kafka's does.
 *
 * Ids idle for transactional.id.expiration.ms are removed (a tombstone),
 * checked every transaction.remove.expired.transaction.cleanup.interval.ms.
 *
 * Stored transitions, markers and the Complete* records: txn-completion.ts.
 *
 * Everything runs on the event loop; per id, one write at a time (`pending`).
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { ProducerIds } from '../cluster/cluster-mode.js';
import type { GroupManager } from '../group/group-manager.js';
import { KeyedQueue } from './keyed-queue.js';
import { TxnMarkerSender } from './txn-marker-sender.js';
import { writeMarkers, type TxnMarker, type TxnPartition } from './marker-writer.js';
import { TxnState } from './txn-log-records.js';
import { TxnCompletion, type TxnCompletions } from './txn-completion.js';
import { EPOCH_EXHAUSTED, TxnMetadata } from './txn-metadata.js';
import { TxnStateManager, type TxnStateManagerDeps } from './txn-state-manager.js';

/** How often leadership of `__transaction_state` partitions is re-read (Kafka reacts to LeaderAndIsr instead). */
const LEADERSHIP_SYNC_MS = 1000;

/** What the coordinator needs from the broker. */
export interface TxnCoordinatorDeps extends TxnStateManagerDeps {
  readonly brokerId: number;
  readonly producerIds: ProducerIds;
  /** The `__consumer_offsets` partition of a group, once that topic exists (NONE) or the error to answer. */
  offsetsPartitionOf(groupId: string): Promise<{ errorCode: number; partition: number }>;
  /** A marker landed in `__consumer_offsets`-`partition` (the group coordinator completes pending offsets). */
  onOffsetsMarker(partition: number, producerId: number, commit: boolean): void;
}

/** InitProducerId's answer. */
export interface InitPidResult {
  errorCode: number;
  producerId: number;
  producerEpoch: number;
}

/** The transaction coordinator of one broker. */
export class TransactionCoordinator {
  readonly state: TxnStateManager;
  /** Counts since start (the /metrics counters read them). */
  readonly completions: TxnCompletions = { committed: 0, aborted: 0, timedOut: 0 };
  readonly markers: TxnMarkerSender;
  /** Writes of transitions, markers and Complete* records (txn-completion.ts). */
  private readonly completion: TxnCompletion;
  /** Each transactional id's client requests, one at a time (keyed-queue.ts says why). */
  private readonly requests = new KeyedQueue();
  private readonly timers: NodeJS.Timeout[] = [];
  private stopped = false;

  /** Creates the coordinator (startup() starts its timers). */
  constructor(private readonly deps: TxnCoordinatorDeps) {
    this.state = new TxnStateManager(deps, { onLoaded: (_p, epoch, txns) => this.completion.resume(epoch, txns) });
    this.markers = new TxnMarkerSender({
      brokerId: deps.brokerId,
      metadata: deps.metadata,
      logger: deps.logger,
      requestTimeoutMs: deps.config.requestTimeoutMs,
      writeLocal: (marker, tps) => this.writeMarkersLocal(marker, tps),
    });
    this.completion = new TxnCompletion(this.state, this.markers, deps.logger, this.completions, () => this.stopped);
  }

  /** Writes markers into partitions this broker leads (WriteTxnMarkers, and this coordinator's own partitions). */
  writeMarkersLocal(marker: TxnMarker, tps: readonly TxnPartition[]): Promise<number[]> {
    const { replicas, config } = this.deps;
    return writeMarkers({ replicas, timeoutMs: config.requestTimeoutMs, onOffsetsMarker: this.deps.onOffsetsMarker }, marker, tps);
  }

  /** Loads led partitions and starts the leadership, timeout and expiration timers. */
  startup(): void {
    const cfg = this.deps.config;
    const every = (ms: number, fn: () => void): void => {
      const t = setInterval(fn, ms);
      t.unref();
      this.timers.push(t);
    };
    this.state.syncLeadership();
    every(LEADERSHIP_SYNC_MS, () => this.state.syncLeadership());
    every(cfg.transactionAbortTimedOutTransactionCleanupIntervalMs, () => this.abortTimedOut(Date.now()));
    every(cfg.transactionRemoveExpiredTransactionCleanupIntervalMs, () => this.removeExpired(Date.now()));
  }

  /** Stops timers and marker sends, unloads everything. */
  shutdown(): void {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers.length = 0;
    this.markers.close();
    this.state.shutdown();
  }

  /** The loaded id, when its partition is served here; else the error to answer. */
  private async lookup(transactionalId: string): Promise<{ errorCode: number; m?: TxnMetadata; epoch: number }> {
    const status = await this.state.prepare(transactionalId);
    if (status !== ErrorCode.NONE) return { errorCode: status, epoch: -1 };
    return { errorCode: ErrorCode.NONE, m: this.state.txns.get(transactionalId), epoch: this.state.coordinatorEpochOf(transactionalId) };
  }

  // ---- InitProducerId

  /** InitProducerId with a transactional id; `expectedPid`/`expectedEpoch` -1 unless the producer asks for a bump (KIP-360). */
  initProducerId(transactionalId: string, timeoutMs: number, expectedPid: number, expectedEpoch: number): Promise<InitPidResult> {
    return this.requests.run(transactionalId, () => this.doInitProducerId(transactionalId, timeoutMs, expectedPid, expectedEpoch));
  }

  private async doInitProducerId(
    transactionalId: string,
    timeoutMs: number,
    expectedPid: number,
    expectedEpoch: number,
  ): Promise<InitPidResult> {
    const fail = (errorCode: number): InitPidResult => ({ errorCode, producerId: -1, producerEpoch: -1 });
    if (transactionalId.length === 0) return fail(ErrorCode.INVALID_REQUEST);
    if (timeoutMs <= 0 || timeoutMs > this.deps.config.transactionMaxTimeoutMs) return fail(ErrorCode.INVALID_TRANSACTION_TIMEOUT);
    const found = await this.lookup(transactionalId);
    if (found.errorCode !== ErrorCode.NONE) return fail(found.errorCode);
    let m = found.m;
    const now = Date.now();
    if (!m) {
      let pid: number;
      try {
        pid = this.deps.producerIds.nextId();
      } catch {
        return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
      }
      m = new TxnMetadata(transactionalId, pid, -1, timeoutMs, TxnState.Empty, now);
      this.state.txns.set(transactionalId, m);
    }
    await this.completion.settled(m);
    if (m.pending !== null || m.preparing || m.state === TxnState.PrepareEpochFence) return fail(ErrorCode.CONCURRENT_TRANSACTIONS);
    if (m.state === TxnState.Ongoing) {
      // Fence the old instance: abort its transaction with a bumped epoch; the new one retries.
      const err = await this.abortOngoing(m, found.epoch, 'a new producer instance initialised the id');
      return fail(err === ErrorCode.NONE ? ErrorCode.CONCURRENT_TRANSACTIONS : err);
    }
    if (m.state === TxnState.Dead) return fail(ErrorCode.CONCURRENT_TRANSACTIONS);
    if (expectedPid >= 0) {
      // A retry after a bump into a new producer id whose answer was lost.
      if (expectedPid === m.previousProducerId && expectedEpoch >= EPOCH_EXHAUSTED && m.producerEpoch >= 0)
        return { errorCode: ErrorCode.NONE, producerId: m.producerId, producerEpoch: m.producerEpoch };
      if (m.producerEpoch >= 0 && expectedPid !== m.producerId) return fail(ErrorCode.PRODUCER_FENCED);
      if (m.producerEpoch >= 0 && expectedEpoch !== m.producerEpoch) {
        if (expectedEpoch === m.lastProducerEpoch)
          return { errorCode: ErrorCode.NONE, producerId: m.producerId, producerEpoch: m.producerEpoch };
        return fail(ErrorCode.PRODUCER_FENCED);
      }
    }
    let producerId = m.producerId;
    let producerEpoch = m.producerEpoch + 1;
    let lastEpoch = m.producerEpoch;
    if (m.producerEpoch >= EPOCH_EXHAUSTED) {
      try {
        producerId = this.deps.producerIds.nextId();
      } catch {
        return fail(ErrorCode.COORDINATOR_NOT_AVAILABLE);
      }
      producerEpoch = 0;
      lastEpoch = -1;
    }
    const value = m.value({
      producerId,
      previousProducerId: producerId !== m.producerId ? m.producerId : m.previousProducerId,
      producerEpoch,
      transactionTimeoutMs: timeoutMs,
      state: TxnState.Empty,
      topicPartitions: [],
      startTimestamp: -1,
      lastUpdateTimestamp: now,
    });
    const err = await this.completion.transition(m, found.epoch, value, lastEpoch);
    if (err !== ErrorCode.NONE) return fail(err);
    return { errorCode: ErrorCode.NONE, producerId, producerEpoch };
  }

  /** Prepares the abort of `m`'s Ongoing transaction with a bumped epoch and starts its markers. */
  private async abortOngoing(m: TxnMetadata, coordinatorEpoch: number, why: string): Promise<number> {
    const bumped = m.producerEpoch < EPOCH_EXHAUSTED ? m.producerEpoch + 1 : m.producerEpoch;
    this.deps.logger.info(
      `transactional id ${m.transactionalId}: aborting the ongoing transaction (${why}); epoch ${m.producerEpoch} → ${bumped}`,
    );
    const err = await this.completion.transition(
      m,
      coordinatorEpoch,
      m.value({ producerEpoch: bumped, state: TxnState.PrepareAbort, lastUpdateTimestamp: Date.now() }),
      -1,
    );
    if (err === ErrorCode.NONE) this.completion.complete(m, coordinatorEpoch);
    return err;
  }

  // ---- AddPartitionsToTxn, AddOffsetsToTxn, EndTxn

  /** Kafka's checks of a request of an existing transaction; null when it may go on. */
  private static check(m: TxnMetadata | undefined, producerId: number, producerEpoch: number): number | null {
    if (!m || m.producerId !== producerId) return ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    if (m.producerEpoch !== producerEpoch) return ErrorCode.PRODUCER_FENCED;
    if (m.pending !== null) return ErrorCode.CONCURRENT_TRANSACTIONS;
    return null;
  }

  /** AddPartitionsToTxn: one error for all the partitions (the handler reports unknown ones itself). */
  addPartitions(transactionalId: string, producerId: number, producerEpoch: number, tps: readonly TxnPartition[]): Promise<number> {
    return this.requests.run(transactionalId, () => this.doAddPartitions(transactionalId, producerId, producerEpoch, tps));
  }

  private async doAddPartitions(
    transactionalId: string,
    producerId: number,
    producerEpoch: number,
    tps: readonly TxnPartition[],
  ): Promise<number> {
    if (transactionalId.length === 0) return ErrorCode.INVALID_REQUEST;
    const found = await this.lookup(transactionalId);
    if (found.errorCode !== ErrorCode.NONE) return found.errorCode;
    const m = found.m;
    if (m) await this.completion.settled(m);
    const denied = TransactionCoordinator.check(m, producerId, producerEpoch);
    if (denied !== null || !m) return denied ?? ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    if (m.preparing || m.state === TxnState.PrepareEpochFence) return ErrorCode.CONCURRENT_TRANSACTIONS;
    if (m.state === TxnState.Dead) return ErrorCode.INVALID_TXN_STATE;
    const ongoing = m.state === TxnState.Ongoing;
    if (ongoing && tps.every((tp) => m.has(tp.topic, tp.partition))) return ErrorCode.NONE;
    const now = Date.now();
    const merged = new Map<string, Set<number>>();
    if (ongoing) for (const [t, ps] of m.partitions) merged.set(t, new Set(ps));
    for (const tp of tps) {
      let s = merged.get(tp.topic);
      if (!s) merged.set(tp.topic, (s = new Set()));
      s.add(tp.partition);
    }
    const topicPartitions = [...merged.keys()]
      .sort()
      .map((topic) => ({ topic, partitions: [...merged.get(topic)!].sort((a, b) => a - b) }));
    const value = m.value({
      state: TxnState.Ongoing,
      topicPartitions,
      startTimestamp: ongoing ? m.startTimestamp : now,
      lastUpdateTimestamp: now,
    });
    return this.completion.transition(m, found.epoch, value);
  }

  /** AddOffsetsToTxn: adds the group's `__consumer_offsets` partition to the transaction. */
  async addOffsets(transactionalId: string, producerId: number, producerEpoch: number, groupId: string): Promise<number> {
    const r = await this.deps.offsetsPartitionOf(groupId);
    if (r.errorCode !== ErrorCode.NONE) return r.errorCode;
    return this.addPartitions(transactionalId, producerId, producerEpoch, [{ topic: '__consumer_offsets', partition: r.partition }]);
  }

  /** EndTxn: PrepareCommit/PrepareAbort stored, then markers sent in the background. */
  endTxn(transactionalId: string, producerId: number, producerEpoch: number, commit: boolean): Promise<number> {
    return this.requests.run(transactionalId, () => this.doEndTxn(transactionalId, producerId, producerEpoch, commit));
  }

  private async doEndTxn(transactionalId: string, producerId: number, producerEpoch: number, commit: boolean): Promise<number> {
    if (transactionalId.length === 0) return ErrorCode.INVALID_REQUEST;
    const found = await this.lookup(transactionalId);
    if (found.errorCode !== ErrorCode.NONE) return found.errorCode;
    const m = found.m;
    const denied = TransactionCoordinator.check(m, producerId, producerEpoch);
    if (denied !== null || !m) return denied ?? ErrorCode.INVALID_PRODUCER_ID_MAPPING;
    switch (m.state) {
      case TxnState.Ongoing: {
        const state = commit ? TxnState.PrepareCommit : TxnState.PrepareAbort;
        const err = await this.completion.transition(m, found.epoch, m.value({ state, lastUpdateTimestamp: Date.now() }));
        if (err === ErrorCode.NONE) this.completion.complete(m, found.epoch);
        return err;
      }
      case TxnState.CompleteCommit:
        return commit ? ErrorCode.NONE : ErrorCode.INVALID_TXN_STATE;
      case TxnState.CompleteAbort:
        return commit ? ErrorCode.INVALID_TXN_STATE : ErrorCode.NONE;
      case TxnState.PrepareCommit:
        return commit ? ErrorCode.CONCURRENT_TRANSACTIONS : ErrorCode.INVALID_TXN_STATE;
      case TxnState.PrepareAbort:
        return commit ? ErrorCode.INVALID_TXN_STATE : ErrorCode.CONCURRENT_TRANSACTIONS;
      case TxnState.PrepareEpochFence:
        return ErrorCode.CONCURRENT_TRANSACTIONS;
      default:
        return ErrorCode.INVALID_TXN_STATE;
    }
  }

  // ---- timers

  /** Aborts every Ongoing transaction older than its timeout (epoch bumped: the producer is fenced). */
  abortTimedOut(now: number): void {
    for (const m of [...this.state.txns.values()]) {
      if (m.state !== TxnState.Ongoing || m.pending !== null || m.startTimestamp < 0 || m.startTimestamp + m.timeoutMs > now) continue;
      const epoch = this.state.coordinatorEpochOf(m.transactionalId);
      if (epoch < 0) continue;
      void this.abortOngoing(m, epoch, `timed out after ${m.timeoutMs} ms`).then((err) => {
        if (err === ErrorCode.NONE) this.completions.timedOut++;
      });
    }
  }

  /** Removes ids idle for transactional.id.expiration.ms (tombstones). */
  removeExpired(now: number): void {
    const expiration = this.deps.config.transactionalIdExpirationMs;
    for (const m of [...this.state.txns.values()]) {
      if (!m.idle || m.pending !== null || m.lastUpdateTimestamp + expiration > now) continue;
      const epoch = this.state.coordinatorEpochOf(m.transactionalId);
      if (epoch < 0) continue;
      m.pending = TxnState.Dead;
      void this.state.write(m.transactionalId, null, epoch).then((err) => {
        m.pending = null;
        if (err !== ErrorCode.NONE || this.state.txns.get(m.transactionalId) !== m) return;
        m.state = TxnState.Dead;
        this.state.txns.delete(m.transactionalId);
        this.deps.logger.info(`transactional id ${m.transactionalId} expired (idle for ${expiration} ms); removed`);
      });
    }
  }
}

/** A transaction coordinator wired to the broker's group manager (offsets partitions, completion of pending offsets). */
export function createTransactionCoordinator(
  deps: Omit<TxnCoordinatorDeps, 'offsetsPartitionOf' | 'onOffsetsMarker'>,
  groups: GroupManager,
): TransactionCoordinator {
  return new TransactionCoordinator({
    ...deps,
    offsetsPartitionOf: async (groupId) => {
      const errorCode = await groups.ensureOffsetsTopic();
      return { errorCode, partition: errorCode === ErrorCode.NONE ? groups.partitionFor(groupId) : -1 };
    },
    onOffsetsMarker: (p, pid, commit) => groups.completeTxn(p, pid, commit),
  });
}
