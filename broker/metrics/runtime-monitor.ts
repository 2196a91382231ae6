/**
 * RuntimeMonitor: where the broker's time goes when it is not serving — the
 * event-loop delay (perf_hooks.monitorEventLoopDelay) and the garbage
 * collector's pauses (PerformanceObserver 'gc') — in windows of
 * `windowMs` (5 s), so that the console can chart them and /metrics can give
 * quantiles of the last minute whoever scrapes and however often.
 *
 * Event-loop delay: a timer every RESOLUTION_MS (10 ms) measures how late it
 * ran (the time since its previous run minus the interval: a tick that ran
 * 35 ms late shows as 35 ms). This is what perf_hooks.monitorEventLoopDelay
 * does in C++, done here in JS because its histogram can be neither cut into
 * windows while others read it nor counted into Prometheus buckets. A stall
 * shorter than the interval shows only when it overlaps the timer's due
 * time, so the percentiles are of the timer's samples, not of requests; the
 * max is the longest stall seen (to within the interval). Each sample goes
 * into the window's RecordableHistogram (quantiles) and into cumulative
 * bucket counts (the Prometheus histogram).
 *
 * Windows: the live histogram is moved into a ring every `windowMs` (the
 * last `histogramWindows` kept whole, for merged quantiles; the last
 * `capacity` kept as summaries for the chart). GC pauses count by kind
 * (minor, major, incremental, weakcb) into a cumulative histogram and into
 * the window's total and max.
 *
 * Costs: one 10 ms timer, one 5 s timer, one
 * observer callback per GC; nothing on the request path. Timers are unref'd.
 */
import { constants, createHistogram, performance, PerformanceObserver, type RecordableHistogram } from 'node:perf_hooks';

/** Interval of the event-loop delay timer, ms. */
export const RESOLUTION_MS = 10;

/** Upper bounds (seconds) of the event-loop delay histogram. */
export const LOOP_BUCKETS_SECONDS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 5] as const;

/** Upper bounds (seconds) of the GC pause histogram. */
export const GC_BUCKETS_SECONDS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1] as const;

/** GC kinds as Node reports them. */
const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/** Event-loop delay quantiles and max, ms beyond the timer interval. */
export interface LoopDelay {
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

/** One window as the console charts it. */
interface WindowSummary extends LoopDelay {
  /** End of the window, ms since the epoch. */
  t: number;
  gcCount: number;
  gcMs: number;
  gcMaxMs: number;
}

/** What /api/runtime answers: one point per window, oldest first. */
export interface RuntimeSeries {
  windowMs: number;
  resolutionMs: number;
  times: number[];
  loopP50: number[];
  loopP99: number[];
  loopP999: number[];
  loopMax: number[];
  gcMs: number[];
  gcMaxMs: number[];
  gcCount: number[];
  /** Quantiles over the last minute (plus the window in progress). */
  lastMinute: LoopDelay & { gcMs: number; gcMaxMs: number; gcCount: number };
}

/** Cumulative GC pause counts of one kind. */
export interface GcKindCounts {
  /** Per GC_BUCKETS_SECONDS bound (not cumulative), then the overflow. */
  buckets: number[];
  count: number;
  sumSeconds: number;
}

/** Histogram values are ns, at least 1 (a RecordableHistogram refuses 0). */
const ms = (ns: number): number => (ns <= 1 ? 0 : ns / 1e6);

function delayOf(h: RecordableHistogram): LoopDelay {
  if (h.count === 0) return { p50: 0, p99: 0, p999: 0, max: 0 };
  return { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), p999: ms(h.percentile(99.9)), max: ms(h.max) };
}

/** Event-loop delay and GC pauses of this process, in windows. */
export class RuntimeMonitor {
  private live: RecordableHistogram = createHistogram();
  private ticker: NodeJS.Timeout | null = null;
  private readonly whole: RecordableHistogram[] = [];
  private readonly summaries: WindowSummary[] = [];
  private readonly observer: PerformanceObserver;
  private timer: NodeJS.Timeout | null = null;
  private gcCount = 0;
  private gcMs = 0;
  private gcMaxMs = 0;
  /** Cumulative GC pauses by kind. */
  readonly gcByKind = new Map<string, GcKindCounts>();
  /** Cumulative event-loop delay: per LOOP_BUCKETS_SECONDS bound (not cumulative), then the overflow. */
  readonly loopBuckets = new Float64Array(LOOP_BUCKETS_SECONDS.length + 1);
  /** Cumulative event-loop delay samples. */
  loopCount = 0;
  /** Cumulative event-loop delay, seconds beyond the interval. */
  loopSumSeconds = 0;
  private last = 0;

  /** Windows of `windowMs`; `histogramWindows` merged for quantiles; `capacity` summaries kept. */
  constructor(
    readonly windowMs = 5000,
    private readonly histogramWindows = 12,
    private readonly capacity = 120,
  ) {
    this.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) this.onGc((e as { detail?: { kind?: number } }).detail?.kind ?? 0, e.duration);
    });
  }

  /** Starts the monitor and the window timer. */
  start(): void {
    if (this.timer !== null) return;
    this.last = performance.now();
    this.ticker = setInterval(() => this.tick(), RESOLUTION_MS);
    this.ticker.unref();
    this.observer.observe({ entryTypes: ['gc'] });
    this.timer = setInterval(() => this.rotate(), this.windowMs);
    this.timer.unref();
  }

  /** Stops both. */
  stop(): void {
    if (this.timer === null) return;
    clearInterval(this.timer);
    clearInterval(this.ticker!);
    this.timer = null;
    this.ticker = null;
    this.observer.disconnect();
  }

  private tick(): void {
    const now = performance.now();
    this.onDelay(now - this.last - RESOLUTION_MS);
    this.last = now;
  }

  /** Records one event-loop delay sample, ms beyond the interval (the timer's job; tests call it too). */
  onDelay(delayMs: number): void {
    const d = delayMs > 0 ? delayMs : 0;
    this.live.record(Math.max(1, Math.round(d * 1e6)));
    const s = d / 1000;
    this.loopCount++;
    this.loopSumSeconds += s;
    let i = 0;
    while (i < LOOP_BUCKETS_SECONDS.length && s > LOOP_BUCKETS_SECONDS[i]!) i++;
    this.loopBuckets[i]++;
  }

  /** Records one GC pause (the observer's callback; tests call it too). */
  onGc(kind: number, durationMs: number): void {
    this.gcCount++;
    this.gcMs += durationMs;
    if (durationMs > this.gcMaxMs) this.gcMaxMs = durationMs;
    const name = GC_KINDS[kind] ?? 'other';
    let k = this.gcByKind.get(name);
    if (k === undefined)
      this.gcByKind.set(name, (k = { buckets: new Array<number>(GC_BUCKETS_SECONDS.length + 1).fill(0), count: 0, sumSeconds: 0 }));
    const s = durationMs / 1000;
    let i = 0;
    while (i < GC_BUCKETS_SECONDS.length && s > GC_BUCKETS_SECONDS[i]!) i++;
    k.buckets[i]!++;
    k.count++;
    k.sumSeconds += s;
  }

  /** Closes the window in progress (the timer's job; tests call it too). */
  rotate(now = Date.now()): void {
    const h = this.live;
    this.live = createHistogram();
    this.whole.push(h);
    if (this.whole.length > this.histogramWindows) this.whole.shift();
    this.summaries.push({ t: now, ...delayOf(h), gcCount: this.gcCount, gcMs: this.gcMs, gcMaxMs: this.gcMaxMs });
    if (this.summaries.length > this.capacity) this.summaries.shift();
    this.gcCount = 0;
    this.gcMs = 0;
    this.gcMaxMs = 0;
  }

  /** Event-loop delay over the last minute (the kept whole windows) and the window in progress. */
  lastMinute(): LoopDelay {
    const h = createHistogram();
    for (const w of this.whole) h.add(w);
    h.add(this.live);
    return delayOf(h);
  }

  /** GC pauses over the same span as lastMinute(). */
  private gcLastMinute(): { gcMs: number; gcMaxMs: number; gcCount: number } {
    let gcMs = this.gcMs;
    let gcMaxMs = this.gcMaxMs;
    let gcCount = this.gcCount;
    for (const s of this.summaries.slice(-this.histogramWindows)) {
      gcMs += s.gcMs;
      gcCount += s.gcCount;
      if (s.gcMaxMs > gcMaxMs) gcMaxMs = s.gcMaxMs;
    }
    return { gcMs, gcMaxMs, gcCount };
  }

  /** The windows of the last `seconds` (all kept when omitted), for the console. */
  series(seconds?: number): RuntimeSeries {
    const from = seconds === undefined ? 0 : Date.now() - seconds * 1000;
    const s = this.summaries.filter((w) => w.t >= from);
    return {
      windowMs: this.windowMs,
      resolutionMs: RESOLUTION_MS,
      times: s.map((w) => w.t),
      loopP50: s.map((w) => w.p50),
      loopP99: s.map((w) => w.p99),
      loopP999: s.map((w) => w.p999),
      loopMax: s.map((w) => w.max),
      gcMs: s.map((w) => w.gcMs),
      gcMaxMs: s.map((w) => w.gcMaxMs),
      gcCount: s.map((w) => w.gcCount),
      lastMinute: { ...this.lastMinute(), ...this.gcLastMinute() },
    };
  }
}
