/**
 * AbortedTransactionFilter: the read_committed rule that drops the records
 * of aborted transactions from one partition of a Fetch response, as the
 * Java consumer does. Used by every fetch path of the client
 * (partition-reader.ts, record-scanner.ts for fetch-ranges.ts and the fetch
 * thread).
 *
 * The response lists the aborted transactions overlapping the fetched range
 * (producer id, first offset). Walking the batches in offset order: before a
 * batch, every aborted transaction whose first offset is at or below the
 * batch's last offset makes its producer "aborted"; a transactional batch of
 * an aborted producer is dropped; a control batch (the COMMIT or ABORT
 * marker) ends its producer's transaction and takes it out again (and is
 * itself never returned). A new filter state per partition per response
 * (reset()).
 */

/** One entry of a Fetch response's abortedTransactions. */
export interface AbortedTransaction {
  producerId: number;
  firstOffset: number;
}

/** The aborted-transaction state of one partition of one Fetch response. */
export class AbortedTransactionFilter {
  private pending: AbortedTransaction[] = [];
  private next = 0;
  private readonly aborted = new Set<number>();

  /** Starts over with the aborted transactions of a new response (null or empty: nothing is dropped). */
  reset(list: readonly AbortedTransaction[] | null | undefined): this {
    this.aborted.clear();
    this.next = 0;
    this.pending = list && list.length > 0 ? [...list].sort((x, y) => x.firstOffset - y.firstOffset) : [];
    return this;
  }

  /**
   * Called for every batch of the partition in offset order (also those
   * below the fetch position, so that markers are seen); true when the
   * batch's records are not to be returned: a control batch, or a
   * transactional batch of an aborted transaction.
   */
  skipBatch(lastOffset: number, producerId: number, transactional: boolean, control: boolean): boolean {
    const p = this.pending;
    while (this.next < p.length && p[this.next].firstOffset <= lastOffset) this.aborted.add(p[this.next++].producerId);
    if (control) {
      // An abort or commit marker ends the producer's transaction.
      this.aborted.delete(producerId);
      return true;
    }
    return transactional && this.aborted.has(producerId);
  }
}
