/**
 * Kafka's windowed rate (org.apache.kafka.common.metrics.stats.Rate over a
 * SampledStat) and its throttle time (QuotaUtils), the measure every client
 * quota is checked against.
 *
 * A rate keeps up to `samples` samples (quota.window.num, 11), each a sum of
 * recorded values and the time its window started. A record goes into the
 * current sample unless that sample is `windowMs` old (quota.window.size.
 * seconds, 1 s) or older, in which case the next sample of the ring is
 * reset to start now and takes it. Before measuring, samples whose window
 * started `samples * windowMs` ago or earlier are reset (their start moves to
 * now). The rate is the sum of every sample divided by the window size: the
 * time from the oldest sample's start to now, but never less than a floor of
 * whole windows. Kafka's floor is `samples - 1` windows, so that a quiet
 * start does not read as a burst; the client quotas here use a floor of one
 * window instead (`minWindows`), a departure explained in
 * client-quota-manager.ts.
 *
 * When a record takes the rate above the bound, the client is throttled for
 * `(rate - bound) / bound * windowSize` ms (rounded), the time after which
 * the same bytes over a longer window would be within the bound; at most
 * `samples * windowMs` (Kafka's maximum throttle time).
 *
 * Storage is two preallocated Float64Arrays: recording and measuring never
 * allocate. Not safe for concurrent callers (the broker has one thread).
 */

/** quota.window.num and quota.window.size.seconds, in milliseconds. */
export interface QuotaWindow {
  /** Samples kept (at least 1). */
  readonly samples: number;
  /** Length of one sample's window in ms (at least 1). */
  readonly windowMs: number;
}

/** Kafka's defaults: 11 samples of 1 s. */
export const DEFAULT_QUOTA_WINDOW: QuotaWindow = Object.freeze({ samples: 11, windowMs: 1000 });

/** A value per second over Kafka's sampled window. */
export class SampledRate {
  private readonly values: Float64Array;
  private readonly starts: Float64Array;
  /** Samples in use (Kafka's samples list grows up to `samples`). */
  private used = 0;
  private current = 0;

  /** An empty rate over `window`; the window size is at least `minWindows` whole windows (Kafka: samples - 1). */
  constructor(
    readonly window: QuotaWindow,
    private readonly minWindows: number = window.samples - 1,
  ) {
    this.values = new Float64Array(window.samples);
    this.starts = new Float64Array(window.samples);
  }

  /** Adds `value` (negative: takes back an earlier record, as Kafka's unrecord) at time `now` (ms). */
  record(value: number, now: number): void {
    if (this.used === 0) this.newSample(now);
    else if (now - this.starts[this.current] >= this.window.windowMs) this.advance(now);
    this.values[this.current] += value;
  }

  /** The rate at `now`: the sum of the samples per second of window size. */
  measure(now: number): number {
    this.purge(now);
    let total = 0;
    for (let i = 0; i < this.used; i++) total += this.values[i];
    return total / (this.windowSize(now) / 1000);
  }

  /**
   * Kafka's Rate.windowSize: from the oldest sample's start to `now`, raised
   * by whole windows to the `minWindows` floor when shorter (in ms; purges first).
   */
  windowSize(now: number): number {
    this.purge(now);
    if (this.used === 0) this.newSample(now);
    let oldest = this.starts[0];
    for (let i = 1; i < this.used; i++) if (this.starts[i] < oldest) oldest = this.starts[i];
    let elapsed = now - oldest;
    const full = Math.floor(elapsed / this.window.windowMs);
    const minFull = this.minWindows;
    if (full < minFull) elapsed += (minFull - full) * this.window.windowMs;
    return elapsed;
  }

  private newSample(now: number): void {
    this.current = this.used++;
    this.values[this.current] = 0;
    this.starts[this.current] = now;
  }

  private advance(now: number): void {
    const next = (this.current + 1) % this.window.samples;
    if (next >= this.used) this.newSample(now);
    else {
      this.current = next;
      this.values[next] = 0;
      this.starts[next] = now;
    }
  }

  /** Resets samples that started a whole window span ago or earlier (Kafka's purgeObsoleteSamples). */
  private purge(now: number): void {
    const expireAge = this.window.samples * this.window.windowMs;
    for (let i = 0; i < this.used; i++) {
      if (now - this.starts[i] >= expireAge) {
        this.values[i] = 0;
        this.starts[i] = now;
      }
    }
  }
}

/** Kafka's maximum throttle time: the whole window span (quota.window.num × quota.window.size). */
export function maxThrottleTimeMs(window: QuotaWindow): number {
  return window.samples * window.windowMs;
}

/**
 * Kafka's QuotaUtils.boundedThrottleTime: how long a client whose rate is
 * `value` must wait for it to fall to `bound` over a window of
 * `windowSizeMs`, rounded to whole ms, at most `maxMs`; 0 within the bound.
 */
export function throttleTimeMs(value: number, bound: number, windowSizeMs: number, maxMs: number): number {
  if (!(value > bound)) return 0;
  const ms = Math.round(((value - bound) / bound) * windowSizeMs);
  return ms < maxMs ? ms : maxMs;
}
