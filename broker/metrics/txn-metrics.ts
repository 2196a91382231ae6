/**
 * Transaction metrics of one broker (issue 11), registered into the broker's
 * Prometheus registry and read at scrape time:
 *
 * - as a transaction coordinator (the `__transaction_state` partitions this
 *   broker leads): transactional ids per state, ongoing transactions (state
 *   Ongoing, PrepareCommit or PrepareAbort), and transactions committed,
 *   aborted and timed out since start;
 * - as a partition leader: per partition led here, the LSO lag (high
 *   watermark − last stable offset: records a read_committed consumer cannot
 *   read yet), producers with an open transaction, and transactions aborted
 *   there (ABORT markers appended since the log opened).
 *
 * Kafka has no such metrics by these names (its coordinator reports load
 * times only); they carry what the issue asks a console user to see.
 */
import { Counter, Gauge, type Registry } from 'prom-client';
import type { ReplicaManager } from '../replica/replica-manager.js';
import type { PartitionLog } from '../log/partition-log.js';

/** The coordinator's side as the metrics read it. */
export interface TxnMetricsSource {
  /** The state name (Kafka's: Empty, Ongoing, PrepareCommit, ...) of every id coordinated here. */
  states(): Iterable<string>;
  /** Transactions ended since start. */
  readonly completions: { readonly committed: number; readonly aborted: number; readonly timedOut: number };
}

/** States whose gauge is always present (0 when no id is in them). */
const STATES = ['Empty', 'Ongoing', 'PrepareCommit', 'PrepareAbort', 'CompleteCommit', 'CompleteAbort', 'PrepareEpochFence'];
/** States of a transaction that is open (not yet Complete*). */
const OPEN = new Set(['Ongoing', 'PrepareCommit', 'PrepareAbort']);

/** Registers the transaction metrics; `source()` is read at each scrape (null: not bound yet, everything 0). */
export function registerTxnMetrics(
  reg: Registry,
  source: () => { replicas: ReplicaManager; transactions?: () => TxnMetricsSource | null } | null,
): void {
  const coordinator = (): TxnMetricsSource | null => source()?.transactions?.() ?? null;
  new Gauge({
    name: 'tributary_transactions',
    help: 'Transactional ids coordinated by this broker, per state',
    labelNames: ['state'],
    registers: [reg],
    collect() {
      this.reset();
      for (const st of STATES) this.set({ state: st }, 0);
      const c = coordinator();
      if (c) for (const st of c.states()) this.inc({ state: st }, 1);
    },
  });
  new Gauge({
    name: 'tributary_transactions_ongoing',
    help: 'Open transactions coordinated by this broker (Ongoing, PrepareCommit or PrepareAbort)',
    registers: [reg],
    collect() {
      let n = 0;
      const c = coordinator();
      if (c) for (const st of c.states()) if (OPEN.has(st)) n++;
      this.set(n);
    },
  });
  const completions = (name: string, help: string, read: (c: TxnMetricsSource['completions']) => number): void => {
    new Counter({
      name,
      help,
      registers: [reg],
      collect() {
        this.reset();
        const c = coordinator();
        this.inc(c ? read(c.completions) : 0);
      },
    });
  };
  completions('tributary_transactions_committed_total', 'Transactions this coordinator completed with a commit', (c) => c.committed);
  completions(
    'tributary_transactions_aborted_total',
    'Transactions this coordinator completed with an abort (timed-out and fenced ones included)',
    (c) => c.aborted,
  );
  completions(
    'tributary_transactions_timed_out_total',
    'Ongoing transactions this coordinator aborted after transaction.timeout.ms',
    (c) => c.timedOut,
  );
  const led = (read: (log: PartitionLog) => number, set: (labels: { topic: string; partition: number }, v: number) => void): void => {
    const s = source();
    if (!s) return;
    for (const p of s.replicas.all()) if (p.isLeader) set({ topic: p.topic, partition: p.index }, read(p.log));
  };
  const ledGauge = (name: string, help: string, read: (log: PartitionLog) => number): void => {
    new Gauge({
      name,
      help,
      labelNames: ['topic', 'partition'],
      registers: [reg],
      collect() {
        this.reset();
        led(read, (labels, v) => this.set(labels, v));
      },
    });
  };
  ledGauge(
    'tributary_partition_lso_lag',
    'High watermark minus last stable offset of a partition led here (records read_committed consumers wait for)',
    (l) => l.highWatermark - l.lastStableOffset,
  );
  ledGauge(
    'tributary_partition_ongoing_transactions',
    'Producers with an open transaction in a partition led here',
    (l) => l.txn.ongoingTransactions,
  );
  new Counter({
    name: 'tributary_partition_aborted_transactions_total',
    help: 'Transactions aborted in a partition led here (ABORT markers appended since its log opened)',
    labelNames: ['topic', 'partition'],
    registers: [reg],
    collect() {
      this.reset();
      led(
        (l) => l.txn.abortedCount,
        (labels, v) => this.inc(labels, v),
      );
    },
  });
}
