import { describe, expect, it } from 'vitest';
import { DEFAULT_QUOTA_WINDOW, SampledRate, maxThrottleTimeMs, throttleTimeMs } from '../../../../../broker/security/quota/sampled-rate.js';

describe('SampledRate (Kafka Rate over SampledStat)', () => {
  it('divides by at least samples - 1 whole windows, so a first record is not a burst', () => {
    const r = new SampledRate(DEFAULT_QUOTA_WINDOW);
    r.record(1000, 0);
    expect(r.windowSize(0)).toBe(10_000);
    expect(r.measure(0)).toBe(100);
    // 500 ms later: still 10 s (0 full windows elapsed, raised to 10), plus the 500 ms elapsed.
    expect(r.windowSize(500)).toBe(10_500);
  });

  it('moves to a new sample each window and spans from the oldest sample to now', () => {
    const r = new SampledRate(DEFAULT_QUOTA_WINDOW);
    for (let s = 0; s < 15; s++) r.record(100, s * 1000);
    // 11 samples kept: the ring reused the oldest; samples started at 4..14 s.
    expect(r.windowSize(14_000)).toBe(10_000);
    expect(r.measure(14_000)).toBeCloseTo(110, 6);
    expect(r.windowSize(14_999)).toBe(10_999);
  });

  it('resets samples a whole window span old before measuring', () => {
    const r = new SampledRate(DEFAULT_QUOTA_WINDOW);
    r.record(5000, 0);
    expect(r.measure(10_999)).toBeCloseTo(5000 / 10.999, 6);
    expect(r.measure(11_000)).toBe(0);
  });

  it('takes back a value recorded earlier (unrecord)', () => {
    const r = new SampledRate(DEFAULT_QUOTA_WINDOW);
    r.record(800, 0);
    r.record(-300, 10);
    expect(r.measure(10)).toBeCloseTo(500 / 10.01, 6);
  });

  it("throttles for (rate - bound) / bound × window, rounded, at most the window span (Kafka's QuotaUtils)", () => {
    expect(throttleTimeMs(200, 100, 10_000, 11_000)).toBe(10_000);
    expect(throttleTimeMs(150, 100, 10_500, 11_000)).toBe(5250);
    expect(throttleTimeMs(1000, 100, 10_000, 11_000)).toBe(11_000);
    expect(throttleTimeMs(100, 100, 10_000, 11_000)).toBe(0);
    expect(throttleTimeMs(100.0004, 100, 10_000, 11_000)).toBe(0);
    expect(maxThrottleTimeMs(DEFAULT_QUOTA_WINDOW)).toBe(11_000);
  });

  it('with a floor of one window, a first record counts over the time since it (at least one window)', () => {
    const r = new SampledRate(DEFAULT_QUOTA_WINDOW, 1);
    r.record(1000, 0);
    expect(r.windowSize(0)).toBe(1000);
    expect(r.windowSize(2500)).toBe(2500);
    expect(r.measure(4000)).toBe(250);
  });

  /** 30-second averages (fractions of `bound`) of a client sending `size`-byte requests back to back, honouring each throttle. */
  function thirtySecondAverages(minWindows: number, size: number, bound: number): number[] {
    const r = new SampledRate(DEFAULT_QUOTA_WINDOW, minWindows);
    const perSecond = new Float64Array(100);
    for (let t = 0; t < 100_000;) {
      r.record(size, t);
      perSecond[Math.floor(t / 1000)] += size;
      t += Math.max(throttleTimeMs(r.measure(t), bound, r.windowSize(t), 11_000), 5);
    }
    const out: number[] = [];
    for (let s = 0; s + 30 <= 100; s += 2) out.push(perSecond.slice(s, s + 30).reduce((a, b) => a + b, 0) / 30 / bound);
    return out;
  }

  it("with Kafka's floor (samples - 1 windows) a throttled client bursts every 11 s: 30 s averages swing far from the bound", () => {
    const averages = thirtySecondAverages(10, 10_000, 100_000);
    expect(Math.min(...averages)).toBeLessThan(0.85);
    expect(Math.max(...averages)).toBeGreaterThan(1.08);
  });

  it('with a floor of one window the same client stays within 5 % of the bound over any 30 s, from the start', () => {
    for (const size of [1000, 10_000, 100_000]) {
      for (const a of thirtySecondAverages(1, size, 100_000)) expect(Math.abs(a - 1)).toBeLessThan(0.05);
    }
  });
});
