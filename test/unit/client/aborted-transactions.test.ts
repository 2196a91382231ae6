/**
 * AbortedTransactionFilter (client/aborted-transactions.ts): the
 * read_committed rule over a partition's batches in offset order.
 */
import { describe, expect, it } from 'vitest';
import { AbortedTransactionFilter } from '../../../client/aborted-transactions.js';

describe('AbortedTransactionFilter', () => {
  it('drops the batches of aborted transactions only, until their markers', () => {
    // Offsets: 0 plain, 1 P7 (aborted from 1), 2 P8 (committed), 3 P7, 4 abort marker of P7,
    // 5 commit marker of P8, 6 P7 again (a later, committed transaction), 7 P9 (aborted from 7, listed out of order).
    const f = new AbortedTransactionFilter().reset([
      { producerId: 9, firstOffset: 7 },
      { producerId: 7, firstOffset: 1 },
    ]);
    const seen = [
      f.skipBatch(0, -1, false, false),
      f.skipBatch(1, 7, true, false),
      f.skipBatch(2, 8, true, false),
      f.skipBatch(3, 7, true, false),
      f.skipBatch(4, 7, true, true),
      f.skipBatch(5, 8, true, true),
      f.skipBatch(6, 7, true, false),
      f.skipBatch(7, 9, true, false),
      // An idempotent (non-transactional) batch of an aborted producer id is kept.
      f.skipBatch(8, 9, false, false),
    ];
    expect(seen).toEqual([false, true, false, true, true, true, false, true, false]);
  });

  it('starts over on reset; without aborted transactions only control batches are skipped', () => {
    const f = new AbortedTransactionFilter().reset([{ producerId: 7, firstOffset: 0 }]);
    expect(f.skipBatch(0, 7, true, false)).toBe(true);
    f.reset(null);
    expect(f.skipBatch(1, 7, true, false)).toBe(false);
    expect(f.skipBatch(2, 7, true, true)).toBe(true);
    f.reset([]);
    expect(f.skipBatch(3, 7, true, false)).toBe(false);
  });
});
