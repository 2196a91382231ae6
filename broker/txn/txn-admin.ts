/**
 * The transaction coordinator's administrative view (the APIs behind
 * Kafka's kafka-transactions tool): DescribeTransactions of given ids and
 * ListTransactions of every id this broker coordinates, with Kafka's state
 * names ("Empty", "Ongoing", "PrepareCommit", ...), filters and errors.
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { TransactionCoordinator } from './txn-coordinator.js';
import { TxnState, txnStateName } from './txn-log-records.js';

/** One transactional id as DescribeTransactions answers it. */
export interface TxnDescription {
  errorCode: number;
  transactionalId: string;
  transactionState: string;
  transactionTimeoutMs: number;
  /** -1 when no transaction is open. */
  transactionStartTimeMs: number;
  producerId: number;
  producerEpoch: number;
  topics: { topic: string; partitions: number[] }[];
}

/** DescribeTransactions for one id: NOT_COORDINATOR, COORDINATOR_LOAD_IN_PROGRESS or TRANSACTIONAL_ID_NOT_FOUND as Kafka answers. */
export async function describeTransaction(c: TransactionCoordinator, transactionalId: string): Promise<TxnDescription> {
  const none = (errorCode: number): TxnDescription => ({
    errorCode,
    transactionalId,
    transactionState: '',
    transactionTimeoutMs: 0,
    transactionStartTimeMs: -1,
    producerId: -1,
    producerEpoch: -1,
    topics: [],
  });
  if (transactionalId.length === 0) return none(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
  const status = c.state.partitions.topicExists ? c.state.partitions.statusOf(transactionalId) : ErrorCode.NOT_COORDINATOR;
  if (status !== ErrorCode.NONE) return none(status);
  const m = c.state.txns.get(transactionalId);
  if (!m || m.state === TxnState.Dead || m.producerEpoch < 0) return none(ErrorCode.TRANSACTIONAL_ID_NOT_FOUND);
  return {
    errorCode: ErrorCode.NONE,
    transactionalId,
    transactionState: txnStateName(m.state),
    transactionTimeoutMs: m.timeoutMs,
    transactionStartTimeMs: m.state === TxnState.Ongoing || m.preparing ? m.startTimestamp : -1,
    producerId: m.producerId,
    producerEpoch: m.producerEpoch,
    topics: m.topicPartitions().map((tp) => ({ topic: tp.topic, partitions: tp.partitions })),
  };
}

const STATE_NAMES = new Set([
  'Empty',
  'Ongoing',
  'PrepareCommit',
  'PrepareAbort',
  'CompleteCommit',
  'CompleteAbort',
  'Dead',
  'PrepareEpochFence',
]);

/** ListTransactions' filters: empty lists (and duration -1) filter nothing. */
export interface ListTxnFilters {
  stateFilters: string[];
  producerIdFilters: number[];
  /** Only transactions open for longer than this many ms (v1+); -1: no filter. */
  durationFilter: number;
}

/** ListTransactions: the ids of the partitions loaded here. */
export function listTransactions(
  c: TransactionCoordinator,
  f: ListTxnFilters,
): {
  errorCode: number;
  unknownStateFilters: string[];
  transactionStates: { transactionalId: string; producerId: number; transactionState: string }[];
} {
  c.state.syncLeadership();
  const unknownStateFilters = f.stateFilters.filter((s) => !STATE_NAMES.has(s));
  const states = new Set(f.stateFilters);
  const pids = new Set(f.producerIdFilters);
  const now = Date.now();
  const transactionStates: { transactionalId: string; producerId: number; transactionState: string }[] = [];
  for (const m of c.state.txns.values()) {
    if (m.producerEpoch < 0 || m.state === TxnState.Dead) continue;
    const name = txnStateName(m.state);
    if (states.size > 0 && !states.has(name)) continue;
    if (pids.size > 0 && !pids.has(m.producerId)) continue;
    if (f.durationFilter >= 0 && (m.startTimestamp < 0 || m.idle || now - m.startTimestamp <= f.durationFilter)) continue;
    transactionStates.push({ transactionalId: m.transactionalId, producerId: m.producerId, transactionState: name });
  }
  transactionStates.sort((a, b) => (a.transactionalId < b.transactionalId ? -1 : a.transactionalId > b.transactionalId ? 1 : 0));
  const errorCode = c.state.partitions.isLoading() ? ErrorCode.COORDINATOR_LOAD_IN_PROGRESS : ErrorCode.NONE;
  return { errorCode, unknownStateFilters, transactionStates };
}
