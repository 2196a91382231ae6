import { beforeEach, describe, it, expect } from 'vitest';
import type { PartitionLog } from '../../../../broker/log/partition-log.js';
import type { LogDirStore } from '../../../../broker/log/partition-store.js';
import type { LogConfig } from '../../../../broker/log/log-config.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { decodeRecordBatches } from '../../../../protocol/record-codec.js';
import { encodeEndTxnMarker } from '../../../../protocol/control-record.js';
import { listSnapshots } from '../../../../broker/log/producer-snapshot.js';
import { ENGINES, batch, freshLogDir, openLog } from './helpers.js';

/** `n` transactional records of producer `pid` starting at sequence `seq`. */
function txn(pid: number, seq: number, n: number, epoch = 0, prefix = `p${pid}`): Buffer {
  return batch(n, { producerId: pid, producerEpoch: epoch, baseSequence: seq, transactional: true, prefix });
}
/** A COMMIT or ABORT marker of `pid`. */
function marker(pid: number, commit: boolean, epoch = 0, coordinatorEpoch = 0): Buffer {
  return encodeEndTxnMarker({ producerId: pid, producerEpoch: epoch, coordinatorEpoch, commit, timestamp: 1_700_000_000_100 });
}
function values(buf: Buffer): string[] {
  return decodeRecordBatches(buf).flatMap((b) => b.records.filter(() => !b.isControl).map((r) => r.value!.toString()));
}

describe.each(ENGINES)('transactions in the partition log over the %s engine', (kind) => {
  let dir: LogDirStore;
  let open: (over?: Partial<LogConfig>, needsRecovery?: boolean) => PartitionLog;
  beforeEach(() => {
    dir = freshLogDir(kind).logDir;
    open = (over = {}, needsRecovery = false) => openLog(dir, over, { needsRecovery });
  });

  /** Appends as the leader and moves the high watermark to the end (one replica). */
  function put(log: PartitionLog, records: Buffer, origin: 'client' | 'coordinator' = 'client'): number {
    const r = log.appendAsLeader(records, 0, Date.now(), origin);
    expect(r.errorCode, r.errorMessage ?? '').toBe(ErrorCode.NONE);
    log.setHighWatermark(log.logEndOffset);
    return r.baseOffset;
  }

  it('holds the last stable offset at the first ongoing transaction until its marker is below the high watermark', async () => {
    const log = open();
    put(log, batch(2)); // 0-1
    put(log, txn(1, 0, 3)); // 2-4
    put(log, batch(1)); // 5
    expect(log.highWatermark).toBe(6);
    expect(log.lastStableOffset).toBe(2);
    expect(log.txn.ongoingTransactions).toBe(1);
    const committed = await log.read(0, 1 << 20, log.lastStableOffset, true);
    expect(values(committed.records)).toEqual(['v-0', 'v-1']);
    expect(committed.lastStableOffset).toBe(2);
    // The marker is written but not yet replicated: still unstable.
    expect(log.appendAsLeader(marker(1, true), 0, Date.now(), 'coordinator').errorCode).toBe(ErrorCode.NONE);
    expect(log.lastStableOffset).toBe(2);
    log.setHighWatermark(log.logEndOffset);
    expect(log.lastStableOffset).toBe(7);
    expect(log.txn.ongoingTransactions).toBe(0);
    expect(log.txn.collectAborted(0, 7)).toBeNull();
  });

  it('indexes aborted transactions in the segment of their marker and answers them for a range', () => {
    const log = open();
    put(log, txn(1, 0, 2)); // 0-1
    put(log, txn(2, 0, 2)); // 2-3
    put(log, marker(1, false), 'coordinator'); // 4
    put(log, txn(2, 2, 1)); // 5
    put(log, marker(2, true), 'coordinator'); // 6
    expect(log.txn.abortedCount).toBe(1);
    expect(log.lastStableOffset).toBe(7);
    expect(log.txn.collectAborted(0, 7)).toEqual([{ producerId: 1, firstOffset: 0, lastOffset: 4, lastStableOffset: 2 }]);
    expect(log.txn.collectAborted(5, 7)).toBeNull();
    expect(log.store.list()).toContain('00000000000000000000.txnindex');
    expect(log.store.readFile('00000000000000000000.txnindex')!.length).toBe(34);
  });

  it('answers aborted transactions by first offset, not in marker order (kafkajs walks the list in order)', () => {
    const log = open();
    put(log, txn(1, 0, 2)); // 0-1
    put(log, txn(2, 0, 2)); // 2-3
    put(log, marker(2, false), 'coordinator'); // 4
    put(log, marker(1, false), 'coordinator'); // 5
    const aborted = log.txn.collectAborted(0, 6)!;
    expect(aborted.map((a) => [a.producerId, a.firstOffset, a.lastOffset])).toEqual([
      [1, 0, 5],
      [2, 2, 4],
    ]);
  });

  it('refuses markers from clients, from an older producer epoch and from a fenced coordinator', () => {
    const log = open();
    put(log, txn(1, 0, 1, 3));
    expect(log.appendAsLeader(marker(1, true, 3), 0, Date.now()).errorCode).toBe(ErrorCode.INVALID_RECORD);
    expect(log.appendAsLeader(marker(1, true, 2), 0, Date.now(), 'coordinator').errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    put(log, marker(1, false, 4, 7), 'coordinator');
    expect(log.appendAsLeader(marker(1, false, 4, 6), 0, Date.now(), 'coordinator').errorCode).toBe(
      ErrorCode.TRANSACTION_COORDINATOR_FENCED,
    );
    // The zombie of epoch 3 is fenced by the abort written with the bumped epoch.
    expect(log.appendAsLeader(txn(1, 1, 1, 3), 0, Date.now()).errorCode).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(log.appendAsLeader(batch(1, { producerId: 1, producerEpoch: 4, baseSequence: 0 }), 0, Date.now()).errorCode).toBe(
      ErrorCode.NONE,
    );
  });

  it('a plain write of a producer inside its transaction is INVALID_TXN_STATE', () => {
    const log = open();
    put(log, txn(1, 0, 1));
    expect(log.appendAsLeader(batch(1, { producerId: 1, producerEpoch: 0, baseSequence: 1 }), 0, Date.now()).errorCode).toBe(
      ErrorCode.INVALID_TXN_STATE,
    );
  });

  for (const crash of [false, true]) {
    it(`restores ongoing transactions, the last stable offset and the aborted index after a ${crash ? 'crash' : 'clean close'}`, () => {
      let log = open({ segmentBytes: 300 });
      for (let i = 0; i < 6; i++) {
        put(log, txn(10 + i, 0, 2)); // each producer opens a transaction
        put(log, marker(10 + i, i % 2 === 0), 'coordinator');
      }
      put(log, txn(1, 0, 2));
      put(log, batch(3));
      put(log, txn(2, 0, 1));
      put(log, marker(2, false), 'coordinator');
      put(log, txn(1, 2, 1));
      const lso = log.lastStableOffset;
      const leo = log.logEndOffset;
      const aborted = log.txn.collectAborted(0, leo);
      expect(aborted!.map((t) => t.producerId)).toEqual([11, 13, 15, 2]);
      expect(log.segmentCount).toBeGreaterThan(3);
      expect(listSnapshots(log.store).length).toBe(log.segmentCount - 1);
      const activeBase = log.local.allSegments[log.segmentCount - 1]!.baseOffset;
      if (crash) {
        // kill -9: no snapshot at the log end; the active segment's aborted index is lost with it.
        log.store.remove(`${String(activeBase).padStart(20, '0')}.txnindex`);
      } else log.close();
      log = open({ segmentBytes: 300 }, crash);
      expect(log.logEndOffset).toBe(leo);
      log.setHighWatermark(leo);
      expect(log.lastStableOffset).toBe(lso);
      expect(log.txn.ongoingTransactions).toBe(1);
      expect(log.txn.collectAborted(0, leo)).toEqual(aborted);
      expect(log.txn.view().find((p) => p.producerId === 1)!.lastSequence).toBe(2);
      put(log, marker(1, true), 'coordinator');
      expect(log.lastStableOffset).toBe(log.logEndOffset);
    });
  }

  it('truncation below a marker makes its transaction ongoing again and drops its index entry', () => {
    const log = open();
    put(log, txn(1, 0, 2)); // 0-1
    put(log, marker(1, false), 'coordinator'); // 2
    put(log, batch(1)); // 3
    expect(log.txn.collectAborted(0, 4)).not.toBeNull();
    log.truncateTo(2);
    expect(log.logEndOffset).toBe(2);
    expect(log.txn.collectAborted(0, 2)).toBeNull();
    expect(log.txn.ongoingTransactions).toBe(1);
    expect(log.lastStableOffset).toBe(0);
    put(log, marker(1, true), 'coordinator');
    expect(log.lastStableOffset).toBe(3);
  });

  it('retention takes the snapshots of deleted segments with them', () => {
    const log = open({ segmentBytes: 300, retentionMs: 1 });
    for (let i = 0; i < 8; i++) put(log, batch(2, { producerId: 5, producerEpoch: 0, baseSequence: i * 2, ts: 1000 + i }));
    expect(listSnapshots(log.store).length).toBeGreaterThan(1);
    log.applyRetention(Date.now());
    expect(listSnapshots(log.store).every((o) => o >= log.logStartOffset)).toBe(true);
  });
});
