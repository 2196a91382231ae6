/**
 * How the transaction coordinator changes an id's state and ends its
 * transactions (the second half of Kafka's TransactionCoordinator):
 *
 * - `transition`: a new value is stored in `__transaction_state` first and
 *   applied to memory only once stored (`pending` set meanwhile), and only
 *   if the id is still loaded here (else NOT_COORDINATOR).
 * - `complete`: after PrepareCommit/PrepareAbort, the markers go to every
 *   partition of the transaction (TxnMarkerSender), then CompleteCommit or
 *   CompleteAbort is stored; one run per id at a time, in the background,
 *   given up when the id, its coordinator epoch or its state moved on.
 *   `resume` restarts it for ids a partition load found in a Prepare state.
 * - `settled`: a request of an id waits (up to COMPLETION_WAIT_MS) for the
 *   previous transaction's markers (see there why).
 *
 * Runs on the event loop.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { Logger } from '../logger.js';
import type { TxnMarker, TxnPartition } from './marker-writer.js';
import type { TxnMarkerSender } from './txn-marker-sender.js';
import { TxnState, type TxnLogValue } from './txn-log-records.js';
import type { TxnMetadata } from './txn-metadata.js';
import type { TxnStateManager } from './txn-state-manager.js';

const COMPLETE_RETRY_MS = 200;
/** How long a request waits for the previous transaction's markers before answering CONCURRENT_TRANSACTIONS. */
const COMPLETION_WAIT_MS = 5000;

/** Transactions this coordinator ended since it started (metrics). */
export interface TxnCompletions {
  /** Stored CompleteCommit. */
  committed: number;
  /** Stored CompleteAbort (timed-out and fenced transactions included). */
  aborted: number;
  /** Ongoing transactions aborted because they outlived their timeout. */
  timedOut: number;
}

/** Stored transitions and the completion of prepared transactions (see the header). */
export class TxnCompletion {
  /** Ids whose markers are being written, with the run that completes them. */
  private readonly completing = new Map<TxnMetadata, Promise<void>>();

  /** Over the coordinator's state, marker sender and counters; `stopped()` turns true at shutdown. */
  constructor(
    private readonly state: TxnStateManager,
    private readonly markers: TxnMarkerSender,
    private readonly logger: Logger,
    private readonly completions: TxnCompletions,
    private readonly stopped: () => boolean,
  ) {}

  /** Stores `value` for `m`, and applies it once stored; resolves with the error code. */
  async transition(m: TxnMetadata, coordinatorEpoch: number, value: TxnLogValue, lastProducerEpoch?: number): Promise<number> {
    m.pending = value.state;
    let err: number;
    try {
      err = await this.state.write(m.transactionalId, value, coordinatorEpoch);
    } finally {
      m.pending = null;
    }
    if (err !== ErrorCode.NONE) return err;
    if (this.state.txns.get(m.transactionalId) !== m) return ErrorCode.NOT_COORDINATOR;
    m.applyValue(value, lastProducerEpoch);
    return ErrorCode.NONE;
  }

  /**
   * Waits (up to COMPLETION_WAIT_MS) for the previous transaction of `m` to
   * finish its markers. Kafka answers CONCURRENT_TRANSACTIONS at once and
   * the client retries; kafkajs retries a whole send on that answer, writing
   * records of partitions already sent twice, so the answer waits instead.
   */
  async settled(m: TxnMetadata): Promise<void> {
    const deadline = Date.now() + COMPLETION_WAIT_MS;
    while ((m.preparing || m.pending !== null) && Date.now() < deadline && !this.stopped()) {
      const run = this.completing.get(m);
      await Promise.race([run ?? new Promise((r) => setTimeout(r, 10)), new Promise((r) => setTimeout(r, deadline - Date.now()))]);
    }
  }

  /** Resumes the markers of ids a load found in a Prepare state. */
  resume(coordinatorEpoch: number, txns: TxnMetadata[]): void {
    for (const m of txns) if (m.preparing) this.complete(m, coordinatorEpoch);
  }

  /** Sends `m`'s markers, then stores CompleteCommit/CompleteAbort (in the background; one run per id at a time). */
  complete(m: TxnMetadata, coordinatorEpoch: number): void {
    if (this.completing.has(m)) return;
    const run = this.runCompletion(m, coordinatorEpoch)
      .catch((err: Error) => this.logger.error(`transactional id ${m.transactionalId}: completing failed: ${err.stack ?? err.message}`))
      .finally(() => this.completing.delete(m));
    this.completing.set(m, run);
  }

  private async runCompletion(m: TxnMetadata, coordinatorEpoch: number): Promise<void> {
    const commit = m.state === TxnState.PrepareCommit;
    const prepared = m.state;
    const wanted = (): boolean =>
      !this.stopped() &&
      this.state.txns.get(m.transactionalId) === m &&
      this.state.coordinatorEpochOf(m.transactionalId) === coordinatorEpoch &&
      m.state === prepared;
    const marker: TxnMarker = { producerId: m.producerId, producerEpoch: m.producerEpoch, coordinatorEpoch, commit };
    const tps: TxnPartition[] = [];
    for (const tp of m.topicPartitions()) for (const partition of tp.partitions) tps.push({ topic: tp.topic, partition });
    if (!(await this.markers.send(m.transactionalId, marker, tps, wanted))) return;
    for (;;) {
      if (!wanted()) return;
      if (m.pending !== null) {
        await new Promise((r) => setTimeout(r, COMPLETE_RETRY_MS).unref());
        continue;
      }
      const state = commit ? TxnState.CompleteCommit : TxnState.CompleteAbort;
      const err = await this.transition(m, coordinatorEpoch, m.value({ state, topicPartitions: [], lastUpdateTimestamp: Date.now() }));
      if (err === ErrorCode.NONE) {
        if (commit) this.completions.committed++;
        else this.completions.aborted++;
        return;
      }
      if (err === ErrorCode.NOT_COORDINATOR) return;
      await new Promise((r) => setTimeout(r, COMPLETE_RETRY_MS).unref());
    }
  }
}
