import { describe, it, expect } from 'vitest';
import { ProducerStateManager, DUPLICATE } from '../../../../broker/log/producer-state.js';
import {
  decodeSnapshot,
  deleteSnapshots,
  encodeSnapshot,
  listSnapshots,
  loadLatestSnapshot,
  snapshotFileName,
  writeSnapshot,
} from '../../../../broker/log/producer-snapshot.js';
import { ENGINES, freshLogDir } from './helpers.js';

function sample(): ProducerStateManager {
  const ps = new ProducerStateManager();
  for (let i = 0; i < 7; i++) ps.update(1, 2, i, i, 10 + i, 10 + i, 500 + i);
  ps.update(2 ** 45, 0, -1, -1, 40, 40, 9);
  ps.update(3, 1, 0, 4, 50, 54, 77, true);
  ps.completeTxn(2 ** 45, 0, 6, 41, true, 10);
  return ps;
}

describe('producer snapshots', () => {
  it('round-trip every producer with its batches, epochs and ongoing transaction', () => {
    const ps = sample();
    const entries = decodeSnapshot(encodeSnapshot(ps))!;
    const again = new ProducerStateManager();
    for (const e of entries) again.restore(e);
    expect(again.view()).toEqual(ps.view());
    expect(again.check(1, 2, 6, 6)).toBe(DUPLICATE);
    expect(again.firstUnstableOffset()).toBe(50);
    expect(again.ongoingTransactions).toBe(1);
  });

  it('reject a flipped byte, another version and trailing bytes', () => {
    const good = encodeSnapshot(sample());
    const flipped = Buffer.from(good);
    flipped[good.length - 3]! ^= 1;
    expect(decodeSnapshot(flipped)).toBeNull();
    const v2 = Buffer.from(good);
    v2.writeInt16BE(2, 0);
    expect(decodeSnapshot(v2)).toBeNull();
    expect(decodeSnapshot(good.subarray(0, 8))).toBeNull();
    expect(decodeSnapshot(Buffer.concat([good, Buffer.alloc(1)]))).toBeNull();
  });

  describe.each(ENGINES)('files over the %s engine', (kind) => {
    it('load the latest valid one in range, deleting those past the log end and corrupt ones', () => {
      const store = freshLogDir(kind).logDir.partition('t-0');
      store.ensure();
      const a = new ProducerStateManager();
      a.update(1, 0, 0, 0, 0, 0, 0);
      writeSnapshot(store, 10, a);
      const b = new ProducerStateManager();
      b.update(2, 0, 0, 0, 15, 15, 0);
      writeSnapshot(store, 20, b);
      writeSnapshot(store, 30, sample());
      store.writeFileAtomic(snapshotFileName(25), Buffer.from('not a snapshot'));
      expect(store.exists('00000000000000000020.snapshot')).toBe(true);
      expect(listSnapshots(store)).toEqual([10, 20, 25, 30]);
      const into = sample();
      expect(loadLatestSnapshot(store, into, 0, 27)).toBe(20);
      expect(into.view().map((v) => v.producerId)).toEqual([2]);
      expect(listSnapshots(store)).toEqual([10, 20]);
      expect(loadLatestSnapshot(store, into, 21, 27)).toBe(-1);
      expect(into.size).toBe(0);
      deleteSnapshots(store, 20);
      expect(listSnapshots(store)).toEqual([20]);
      deleteSnapshots(store, -1, true);
      expect(listSnapshots(store)).toEqual([]);
    });
  });
});
