import { describe, it, expect } from 'vitest';
import { TxnIndex, TXN_INDEX_ENTRY_SIZE, type AbortedTxn } from '../../../../broker/log/txn-index.js';
import { ENGINES, freshLogDir } from './helpers.js';

const t = (producerId: number, firstOffset: number, lastOffset: number, lastStableOffset: number): AbortedTxn => ({
  producerId,
  firstOffset,
  lastOffset,
  lastStableOffset,
});

describe.each(ENGINES)('TxnIndex over the %s engine', (kind) => {
  function store() {
    const { logDir } = freshLogDir(kind);
    const s = logDir.partition('t-0');
    s.ensure();
    return s;
  }

  it("writes Kafka's 34-byte entries, only once a transaction aborted", () => {
    const s = store();
    const idx = new TxnIndex(s, '00000000000000000000.txnindex');
    expect(s.exists('00000000000000000000.txnindex')).toBe(false);
    idx.append(t(7, 10, 20, 21));
    idx.append(t(2 ** 40, 15, 30, 12));
    const bytes = s.readFile('00000000000000000000.txnindex')!;
    expect(bytes.length).toBe(2 * TXN_INDEX_ENTRY_SIZE);
    expect(bytes.readInt16BE(0)).toBe(0);
    expect(bytes.readBigInt64BE(2)).toBe(7n);
    expect(bytes.readBigInt64BE(10)).toBe(10n);
    expect(bytes.readBigInt64BE(18)).toBe(20n);
    expect(bytes.readBigInt64BE(26)).toBe(21n);
    expect(bytes.readBigInt64BE(34 + 2)).toBe(2n ** 40n);
    const again = new TxnIndex(s, '00000000000000000000.txnindex');
    expect(again.entries).toBe(2);
    expect(again.entry(1)).toEqual(t(2 ** 40, 15, 30, 12));
    expect(again.sanityCheck(0, 31)).toBeNull();
    expect(again.sanityCheck(0, 25)).toMatch(/outside the segment/);
  });

  it('collects the transactions overlapping a range and says when the answer is complete', () => {
    const idx = new TxnIndex(store(), 'x.txnindex');
    idx.append(t(1, 0, 5, 6));
    idx.append(t(2, 3, 9, 10));
    idx.append(t(3, 8, 15, 12));
    idx.append(t(4, 20, 25, 26));
    const out: AbortedTxn[] = [];
    expect(idx.collect(6, 12, out)).toBe(true);
    expect(out.map((x) => x.producerId)).toEqual([2, 3]);
    const later: AbortedTxn[] = [];
    expect(idx.collect(10, 30, later)).toBe(false);
    expect(later.map((x) => x.producerId)).toEqual([3, 4]);
    const none: AbortedTxn[] = [];
    expect(idx.collect(26, 40, none)).toBe(false);
    expect(none).toEqual([]);
  });

  it('keeps marker order, truncates by marker offset and cuts a torn tail when opened', () => {
    const s = store();
    const idx = new TxnIndex(s, 'y.txnindex');
    idx.append(t(1, 0, 5, 6));
    idx.append(t(2, 3, 9, 10));
    expect(() => idx.append(t(3, 0, 8, 9))).toThrow(/appended after/);
    idx.truncateTo(9);
    expect(idx.entries).toBe(1);
    expect(s.readFile('y.txnindex')!.length).toBe(TXN_INDEX_ENTRY_SIZE);
    idx.close();
    const f = s.open('y.txnindex', 'open');
    f.writeSync(Buffer.alloc(10, 1), 0, 10, TXN_INDEX_ENTRY_SIZE);
    f.close();
    const reopened = new TxnIndex(s, 'y.txnindex');
    expect(reopened.tornBytes).toBe(10);
    expect(reopened.entries).toBe(1);
    expect(s.readFile('y.txnindex')!.length).toBe(TXN_INDEX_ENTRY_SIZE);
    reopened.reset();
    expect(reopened.entries).toBe(0);
    reopened.deleteFile();
    expect(s.exists('y.txnindex')).toBe(false);
  });
});
