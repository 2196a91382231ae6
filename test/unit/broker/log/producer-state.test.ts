import { describe, it, expect } from 'vitest';
import { ProducerStateManager, DUPLICATE, inSequence } from '../../../../broker/log/producer-state.js';
import { ErrorCode } from '../../../../protocol/generated/errors.js';

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

  it('round-trips through its checkpoint text', () => {
    const ps = new ProducerStateManager();
    for (let i = 0; i < 7; i++) ps.update(1, 2, i, i, 10 + i, 10 + i, 500 + i);
    ps.update(8, 0, -1, -1, 40, 40, 9);
    const text = ps.toCheckpoint(77);
    const again = new ProducerStateManager();
    expect(again.loadCheckpoint(text)).toBe(77);
    expect(again.view()).toEqual(ps.view());
    expect(again.check(1, 2, 6, 6)).toBe(DUPLICATE);
    expect(again.loadCheckpoint('0\n5\n1\n1 2 3 2 0 0\n')).toBe(-1);
    expect(again.size).toBe(0);
  });
});
