/**
 * TxnsSource over the transaction coordinator: the transactional ids of the
 * `__transaction_state` partitions this broker leads, as the console and
 * /metrics show them (the fields DescribeTransactions answers). Read-only.
 */
import type { TransactionCoordinator } from '../txn/txn-coordinator.js';
import { TxnState, txnStateName } from '../txn/txn-log-records.js';
import type { TxnMetricsSource } from '../metrics/txn-metrics.js';
import type { TxnView, TxnsSource } from './source.js';

/** The ids of `c` (those with a stored producer id, not being removed), sorted by id. */
export function txnsSourceOf(c: TransactionCoordinator): TxnsSource {
  return {
    completions: c.completions,
    list() {
      const out: TxnView[] = [];
      for (const m of c.state.txns.values()) {
        if (m.producerEpoch < 0 || m.state === TxnState.Dead) continue;
        const open = m.state === TxnState.Ongoing || m.preparing;
        out.push({
          transactionalId: m.transactionalId,
          state: txnStateName(m.state),
          producerId: m.producerId,
          producerEpoch: m.producerEpoch,
          timeoutMs: m.timeoutMs,
          startTimeMs: open ? m.startTimestamp : -1,
          topics: m.topicPartitions(),
        });
      }
      return out.sort((a, b) => (a.transactionalId < b.transactionalId ? -1 : a.transactionalId > b.transactionalId ? 1 : 0));
    },
  };
}

/** The coordinator as /metrics reads it. */
export function txnMetricsSourceOf(c: TransactionCoordinator): TxnMetricsSource {
  return {
    completions: c.completions,
    *states() {
      for (const m of c.state.txns.values()) if (m.producerEpoch >= 0 && m.state !== TxnState.Dead) yield txnStateName(m.state);
    },
  };
}
