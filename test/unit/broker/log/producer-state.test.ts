import { describe, it, expect } from 'vitest';
import { ProducerStateManager, DUPLICATE, inSequence } from '../../../../broker/log/producer-state.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';
import { encodeRecordBatch } from '../../../../protocol/record-codec.js';
import { encodeEndTxnMarker } from '../../../../protocol/control-record.js';

describe('ProducerStateManager', () => {
  it('accepts unknown producers at any sequence', () => {
    const ps = new ProducerStateManager();
    expect(ps.check(1, 0, 17, 20)).toBe(ErrorCode.NONE);
  });

  it('detects duplicates among the last 5 batches only', () => {
    const ps = new ProducerStateManager();
    for (let i = 0; i < 7; i++) ps.update(1, 0, i * 2, i * 2 + 1, 100 + i * 2, 101 + i * 2, 0);
    expect(ps.check(1, 0, 12, 13)).toBe(DUPLICATE);
    expect([ps.duplicateFirstOffset, ps.duplicateLastOffset]).toEqual([112, 113]);
    expect(ps.check(1, 0, 4, 5)).toBe(DUPLICATE);
    expect(ps.check(1, 0, 2, 3)).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    expect(ps.check(1, 0, 14, 14)).toBe(ErrorCode.NONE);
    expect(ps.check(1, 0, 15, 15)).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    expect(ps.view()[0]!.batches.length).toBe(5);
  });

  it('checks epochs', () => {
    const ps = new ProducerStateManager();
    ps.update(1, 5, 0, 9, 0, 9, 0);
    expect(ps.check(1, 4, 10, 10)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(ps.check(1, 6, 10, 10)).toBe(ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER);
    expect(ps.check(1, 6, 0, 0)).toBe(ErrorCode.NONE);
    ps.update(1, 6, 0, 0, 10, 10, 0);
    expect(ps.epochOf(1)).toBe(6);
    expect(ps.lastSequenceOf(1)).toBe(0);
    expect(ps.check(1, 6, -1, -1)).toBe(ErrorCode.NONE);
  });

  it('wraps sequences and forgets producers below the log start', () => {
    expect(inSequence(2147483647, 0)).toBe(true);
    expect(inSequence(5, 6)).toBe(true);
    expect(inSequence(5, 7)).toBe(false);
    const ps = new ProducerStateManager();
    ps.update(1, 0, 0, 0, 10, 10, 0);
    ps.update(2, 0, 0, 0, 20, 20, 0);
    ps.removeBefore(15);
    expect(ps.size).toBe(1);
    expect(ps.epochOf(1)).toBe(-1);
  });
});

describe('ProducerStateManager transactions', () => {
  it('tracks the first offset of ongoing transactions and the first unstable offset', () => {
    const ps = new ProducerStateManager();
    expect(ps.firstUnstableOffset()).toBe(-1);
    ps.update(1, 0, 0, 4, 10, 14, 0, true);
    ps.update(2, 0, 0, 0, 15, 15, 0, true);
    ps.update(1, 0, 5, 5, 16, 16, 0, true);
    expect(ps.ongoingTransactions).toBe(2);
    expect(ps.firstUnstableOffset()).toBe(10);
    expect(ps.view().find((v) => v.producerId === 1)!.currentTxnStartOffset).toBe(10);
    // Producer 1 commits at 17: its transaction stays unstable until the high watermark passes the marker.
    expect(ps.completeTxn(1, 0, 3, 17, true, 0)).toEqual({ producerId: 1, firstOffset: 10, lastOffset: 17, aborted: false });
    expect(ps.ongoingTransactions).toBe(1);
    expect(ps.firstUnstableOffset()).toBe(10);
    ps.onHighWatermark(17);
    expect(ps.firstUnstableOffset()).toBe(10);
    ps.onHighWatermark(18);
    expect(ps.firstUnstableOffset()).toBe(15);
    expect(ps.takeAborted()).toEqual([]);
  });

  it("queues ABORTs with Kafka's last stable offset: the earliest other ongoing transaction, else the marker + 1", () => {
    const ps = new ProducerStateManager();
    ps.update(1, 0, 0, 0, 10, 10, 0, true);
    ps.update(2, 0, 0, 0, 12, 12, 0, true);
    ps.completeTxn(2, 0, 0, 13, false, 0);
    ps.completeTxn(1, 0, 0, 14, false, 0);
    expect(ps.takeAborted()).toEqual([
      { producerId: 2, firstOffset: 12, lastOffset: 13, lastStableOffset: 10 },
      { producerId: 1, firstOffset: 10, lastOffset: 14, lastStableOffset: 15 },
    ]);
    expect(ps.takeAborted()).toEqual([]);
    // A marker with no ongoing transaction (a coordinator's retry) ends nothing.
    expect(ps.completeTxn(1, 0, 0, 15, false, 0)).toBeNull();
    expect(ps.takeAborted()).toEqual([]);
  });

  it('fences old epochs and old coordinators, and refuses plain writes inside a transaction', () => {
    const ps = new ProducerStateManager();
    ps.update(1, 3, 0, 0, 10, 10, 0, true);
    expect(ps.check(1, 3, 1, 1, false)).toBe(ErrorCode.INVALID_TXN_STATE);
    expect(ps.check(1, 3, 1, 1, true)).toBe(ErrorCode.NONE);
    expect(ps.checkMarker(1, 2, 5)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(ps.checkMarker(1, 4, 5)).toBe(ErrorCode.NONE);
    // The abort of a fenced producer comes with the bumped epoch: its sequences restart.
    ps.completeTxn(1, 4, 5, 11, false, 0);
    expect(ps.epochOf(1)).toBe(4);
    expect(ps.lastSequenceOf(1)).toBe(-1);
    expect(ps.checkMarker(1, 4, 4)).toBe(ErrorCode.TRANSACTION_COORDINATOR_FENCED);
    expect(ps.check(1, 3, 0, 0, true)).toBe(ErrorCode.INVALID_PRODUCER_EPOCH);
    expect(ps.check(1, 4, 0, 0, false)).toBe(ErrorCode.NONE);
  });

  it('reads markers and transactional batches from stored bytes', () => {
    const ps = new ProducerStateManager();
    const data = encodeRecordBatch({
      baseOffset: 5,
      records: [{ value: 'a' }, { value: 'b' }],
      producerId: 9,
      producerEpoch: 1,
      baseSequence: 0,
      transactional: true,
    });
    const marker = encodeEndTxnMarker({ producerId: 9, producerEpoch: 1, coordinatorEpoch: 2, commit: false, timestamp: 1 });
    marker.writeBigInt64BE(7n, 0);
    const buf = Buffer.concat([data, marker]);
    ps.updateFromBatches(buf, 0, data.length);
    expect(ps.firstUnstableOffset()).toBe(5);
    ps.updateFromBatches(buf, data.length, buf.length);
    expect(ps.takeAborted()).toEqual([{ producerId: 9, firstOffset: 5, lastOffset: 7, lastStableOffset: 8 }]);
    expect(ps.view()[0]).toMatchObject({ producerId: 9, epoch: 1, coordinatorEpoch: 2, currentTxnStartOffset: -1, lastSequence: 1 });
  });

  it('never forgets a producer inside a transaction', () => {
    const ps = new ProducerStateManager();
    ps.update(1, 0, 0, 0, 10, 10, 0, true);
    ps.update(2, 0, 0, 0, 11, 11, 0);
    ps.removeBefore(100);
    expect(ps.size).toBe(1);
    expect(ps.firstUnstableOffset()).toBe(10);
  });
});
