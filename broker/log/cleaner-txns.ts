/**
 * What the log cleaner does with transactions (Kafka's
 * CleanedTransactionMetadata), for one pass over a log from its start:
 *
 * - Data of an aborted transaction is removed whole, and never counts as
 *   the newest record of its key (an aborted write must not hide the value
 *   it would have replaced). A batch is aborted when it is transactional and
 *   its base offset lies in an aborted transaction of its producer, as the
 *   aborted-transaction indexes list them ([firstOffset, marker offset]).
 * - A transaction marker (control batch) stays while any record of its
 *   transaction is still in the log; once none is, it is removed after
 *   delete.retention.ms, like a tombstone (measured from the marker's
 *   timestamp, see log-cleaner.ts), so that a consumer that was behind still
 *   sees it. A transaction's data precedes its marker and a pass rewrites the
 *   log from its start, so walking the batches in offset order tells whether
 *   any record of the transaction was kept.
 *
 * The cleaner only cleans below the last stable offset, so every batch it
 * sees belongs to a transaction that is decided. One object per pass; not
 * safe for concurrent callers.
 */
import type { AbortedTxn } from './txn-index.js';

/** What becomes of a transaction marker in a pass. */
export const MarkerFate = { REMOVE: 0, KEEP_FOR_DATA: 1, KEEP_YOUNG: 2 } as const;
/** A value of MarkerFate. */
export type MarkerFate = (typeof MarkerFate)[keyof typeof MarkerFate];

/** Per pass: aborted transactions by producer, and which producers' current transactions kept data. */
export class CleanerTxns {
  /** [firstOffset, lastOffset] pairs per producer, in marker order. */
  private readonly aborted = new Map<number, number[]>();
  /** Producers whose transaction since their last marker kept at least one record. */
  private readonly retained = new Set<number>();
  /** Markers removed in this pass. */
  markersRemoved = 0;
  /** Batches of aborted transactions removed in this pass. */
  abortedBatchesRemoved = 0;

  /** Takes the aborted transactions overlapping the range being cleaned. */
  constructor(abortedTxns: readonly AbortedTxn[] | null) {
    for (const t of abortedTxns ?? []) {
      let list = this.aborted.get(t.producerId);
      if (!list) this.aborted.set(t.producerId, (list = []));
      list.push(t.firstOffset, t.lastOffset);
    }
  }

  /** Whether the transactional batch of `producerId` starting at `baseOffset` belongs to an aborted transaction. */
  isAborted(producerId: number, baseOffset: number): boolean {
    const list = this.aborted.get(producerId);
    if (list === undefined) return false;
    for (let i = 0; i < list.length; i += 2) if (baseOffset >= list[i]! && baseOffset <= list[i + 1]!) return true;
    return false;
  }

  /** A transactional data batch of `producerId` kept `kept` records. */
  onDataBatch(producerId: number, kept: number): void {
    if (kept > 0) this.retained.add(producerId);
  }

  /**
   * What to do with the marker of `producerId` with timestamp `timestamp`:
   * KEEP_FOR_DATA while its transaction kept records, KEEP_YOUNG while it is
   * not older than `horizon` (now - delete.retention.ms), else REMOVE. Ends
   * the producer's transaction.
   */
  markerFate(producerId: number, timestamp: number, horizon: number): MarkerFate {
    if (this.retained.delete(producerId)) return MarkerFate.KEEP_FOR_DATA;
    if (timestamp >= horizon) return MarkerFate.KEEP_YOUNG;
    this.markersRemoved++;
    return MarkerFate.REMOVE;
  }
}
