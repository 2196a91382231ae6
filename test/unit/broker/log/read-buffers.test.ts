import { describe, it, expect } from 'vitest';
import { acquireReadBuffer, releaseReadBuffer, pooledReadBufferBytes } from '../../../../broker/log/read-buffers.js';

describe('read buffers', () => {
  it('hands out exactly the asked size and reuses a released buffer of the same class', () => {
    const a = acquireReadBuffer(100_000);
    expect(a.length).toBe(100_000);
    a[0] = 7;
    releaseReadBuffer(a.subarray(10, 20));
    const b = acquireReadBuffer(70_000);
    expect(b.length).toBe(70_000);
    expect(b.buffer).toBe(a.buffer);
    releaseReadBuffer(b);
  });

  it('never lends one buffer twice and ignores double or foreign releases', () => {
    const a = acquireReadBuffer(1 << 20);
    const b = acquireReadBuffer(1 << 20);
    expect(b.buffer).not.toBe(a.buffer);
    releaseReadBuffer(a);
    const before = pooledReadBufferBytes();
    releaseReadBuffer(a);
    releaseReadBuffer(Buffer.alloc(1 << 20));
    expect(pooledReadBufferBytes()).toBe(before);
    const c = acquireReadBuffer(1 << 20);
    const d = acquireReadBuffer(1 << 20);
    expect(new Set([c.buffer, d.buffer]).size).toBe(2);
    expect(d.buffer).not.toBe(b.buffer);
    for (const x of [b, c, d]) releaseReadBuffer(x);
  });

  it('allocates small and huge reads outside the pool', () => {
    const small = acquireReadBuffer(100);
    const huge = acquireReadBuffer((16 << 20) + 1);
    const before = pooledReadBufferBytes();
    releaseReadBuffer(small);
    releaseReadBuffer(huge);
    expect(pooledReadBufferBytes()).toBe(before);
  });

  it('keeps at most a bounded number of bytes pooled', () => {
    const lentOut = Array.from({ length: 12 }, () => acquireReadBuffer(8 << 20));
    for (const x of lentOut) releaseReadBuffer(x);
    expect(pooledReadBufferBytes()).toBeLessThanOrEqual(24 << 20);
  });
});
