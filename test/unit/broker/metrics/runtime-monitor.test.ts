import { afterEach, describe, expect, it } from 'vitest';
import { constants } from 'node:perf_hooks';
import { GC_BUCKETS_SECONDS, LOOP_BUCKETS_SECONDS, RuntimeMonitor } from '../../../../broker/metrics/runtime-monitor.js';

describe('RuntimeMonitor', () => {
  let m: RuntimeMonitor | null = null;
  afterEach(() => m?.stop());

  it('counts event-loop delays into buckets and gives quantiles and the max of the kept windows', () => {
    m = new RuntimeMonitor(5000, 2, 10);
    for (let i = 0; i < 990; i++) m.onDelay(0.2);
    for (let i = 0; i < 10; i++) m.onDelay(40);
    m.onDelay(-3); // a timer that ran early counts as no delay
    const d = m.lastMinute();
    expect(d.p50).toBeLessThan(1);
    expect(d.p999).toBeGreaterThan(30);
    expect(d.max).toBeGreaterThan(39);
    expect(d.max).toBeLessThan(41);
    expect(m.loopCount).toBe(1001);
    expect(m.loopBuckets[0]).toBe(991); // ≤ 1 ms
    expect(m.loopBuckets[LOOP_BUCKETS_SECONDS.indexOf(0.05)]).toBe(10);
    expect(m.loopSumSeconds).toBeCloseTo((990 * 0.2 + 400) / 1000, 6);
  });

  it('forgets a stall once it leaves the kept windows, but not in the cumulative histogram', () => {
    m = new RuntimeMonitor(5000, 2, 10);
    m.onDelay(300);
    m.rotate(1000);
    expect(m.lastMinute().max).toBeGreaterThan(299);
    m.onDelay(1);
    m.rotate(2000);
    m.onDelay(1);
    m.rotate(3000);
    expect(m.lastMinute().max).toBeLessThan(2);
    expect(m.loopBuckets[LOOP_BUCKETS_SECONDS.indexOf(0.5)]).toBe(1);
    const s = m.series();
    expect(s.times).toEqual([1000, 2000, 3000]);
    expect(s.loopMax[0]).toBeGreaterThan(299);
    expect(s.loopMax[2]).toBeLessThan(2);
  });

  it('counts GC pauses by kind and per window', () => {
    m = new RuntimeMonitor(5000, 12, 3);
    m.onGc(constants.NODE_PERFORMANCE_GC_MINOR, 0.3);
    m.onGc(constants.NODE_PERFORMANCE_GC_MINOR, 4);
    m.onGc(constants.NODE_PERFORMANCE_GC_MAJOR, 30);
    const minor = m.gcByKind.get('minor')!;
    expect(minor.count).toBe(2);
    expect(minor.buckets[0]).toBe(1);
    expect(minor.buckets[GC_BUCKETS_SECONDS.indexOf(0.005)]).toBe(1);
    expect(m.gcByKind.get('major')!.buckets[GC_BUCKETS_SECONDS.indexOf(0.05)]).toBe(1);
    m.rotate(Date.now());
    m.onGc(constants.NODE_PERFORMANCE_GC_MINOR, 1);
    const s = m.series();
    expect(s.gcCount).toEqual([3]);
    expect(s.gcMaxMs).toEqual([30]);
    expect(s.gcMs[0]).toBeCloseTo(34.3, 6);
    expect(s.lastMinute.gcCount).toBe(4);
    expect(s.lastMinute.gcMaxMs).toBe(30);
    for (let i = 0; i < 5; i++) m.rotate(Date.now());
    expect(m.series().times.length).toBe(3); // capacity
  });

  it('measures a real stall of the event loop and sees real GCs', async () => {
    m = new RuntimeMonitor(5000);
    m.start();
    await new Promise((r) => setTimeout(r, 30));
    const until = Date.now() + 120;
    while (Date.now() < until) {
      // a synchronous stretch of 120 ms
    }
    await new Promise((r) => setTimeout(r, 30));
    expect(m.lastMinute().max).toBeGreaterThanOrEqual(100);
    expect(m.loopCount).toBeGreaterThan(1);
    (globalThis as { gc?: () => void }).gc?.();
    let junk: number[][] = [];
    const deadline = Date.now() + 20_000;
    while ([...m.gcByKind.values()].every((k) => k.count === 0) && Date.now() < deadline) {
      for (let i = 0; i < 10_000; i++) junk.push([i, i + 1]);
      if (junk.length > 200_000) junk = [];
      await new Promise((r) => setImmediate(r));
    }
    expect([...m.gcByKind.values()].reduce((a, k) => a + k.count, 0)).toBeGreaterThan(0);
  });
});
