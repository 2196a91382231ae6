/**
 * StatsSampler: once per interval, a snapshot of every topic's cumulative
 * traffic counters (and of any extra series registered, such as group lag),
 * kept in a ring of `capacity` samples so that the console's throughput
 * charts show the last minutes as soon as a page opens. Rates are computed
 * on read from consecutive samples: rate[i] = (v[i] - v[i-1]) / (t[i] - t[i-1]).
 *
 * The timer is unref'd (it never keeps a process alive) and runs off the
 * request path; a sample allocates a few small arrays once per interval.
 */
import type { TopicMeters } from './topic-meters.js';

/** Per-second rates of one topic over the sampled window. */
export interface TopicRates {
  messagesInPerSec: number[];
  bytesInPerSec: number[];
  messagesOutPerSec: number[];
  bytesOutPerSec: number[];
  /** Cumulative counters at the last sample. */
  messagesIn: number;
  bytesIn: number;
  messagesOut: number;
  bytesOut: number;
}

/** What /api/stats answers. */
export interface StatsWindow {
  intervalMs: number;
  /** Sample times (ms since the epoch) of each rate point: the end of its interval. */
  times: number[];
  topics: Record<string, TopicRates>;
  /** Extra gauges by name (e.g. `lag:<group>`), one value per time. */
  series: Record<string, number[]>;
}

interface Sample {
  t: number;
  /** topic → [messagesIn, bytesIn, messagesOut, bytesOut] */
  topics: Map<string, [number, number, number, number]>;
  series: Map<string, number>;
}

/** Samples the topic meters on a timer. */
export class StatsSampler {
  private readonly samples: Sample[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly gauges = new Map<string, () => Map<string, number>>();
  private readonly hooks: (() => void)[] = [];

  /** Samples `meters` every `intervalMs`, keeping `capacity` samples. */
  constructor(
    private readonly meters: TopicMeters,
    readonly intervalMs = 1000,
    private readonly capacity = 300,
  ) {}

  /**
   * Adds gauges sampled with the topics: `read` returns name → value (names
   * are prefixed with `prefix:`), e.g. total lag per consumer group.
   */
  addGauges(prefix: string, read: () => Map<string, number>): void {
    this.gauges.set(prefix, read);
  }

  /** Runs `hook` before every sample (e.g. ISR change detection). */
  onSample(hook: () => void): void {
    this.hooks.push(hook);
  }

  /** Starts sampling (takes one sample at once). */
  start(): void {
    if (this.timer) return;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Stops sampling. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Takes one sample now. */
  sample(now = Date.now()): void {
    for (const h of this.hooks) {
      try {
        h();
      } catch {
        // A failing hook (e.g. during shutdown) must not stop sampling.
      }
    }
    const topics = new Map<string, [number, number, number, number]>();
    for (const m of this.meters.all()) topics.set(m.topic, [m.messagesIn, m.bytesIn, m.messagesOut, m.bytesOut]);
    const series = new Map<string, number>();
    for (const [prefix, read] of this.gauges) {
      try {
        for (const [k, v] of read()) series.set(`${prefix}:${k}`, v);
      } catch {
        // A gauge source that fails (e.g. during shutdown) leaves a gap.
      }
    }
    this.samples.push({ t: now, topics, series });
    if (this.samples.length > this.capacity) this.samples.shift();
  }

  /** Rates over the last `seconds` (all kept samples when omitted). */
  window(seconds?: number): StatsWindow {
    const all = this.samples;
    let from = 0;
    if (seconds !== undefined && all.length > 0) {
      const cutoff = all[all.length - 1].t - seconds * 1000;
      while (from < all.length - 1 && all[from].t < cutoff) from++;
      from = Math.max(0, from - 1);
    }
    const s = all.slice(from);
    const times: number[] = [];
    for (let i = 1; i < s.length; i++) times.push(s[i].t);
    const names = new Set<string>();
    for (const x of s) for (const n of x.topics.keys()) names.add(n);
    const topics: Record<string, TopicRates> = {};
    for (const name of names) {
      const r: TopicRates = {
        messagesInPerSec: [],
        bytesInPerSec: [],
        messagesOutPerSec: [],
        bytesOutPerSec: [],
        messagesIn: 0,
        bytesIn: 0,
        messagesOut: 0,
        bytesOut: 0,
      };
      for (let i = 1; i < s.length; i++) {
        const a = s[i - 1].topics.get(name) ?? [0, 0, 0, 0];
        const b = s[i].topics.get(name);
        const dt = (s[i].t - s[i - 1].t) / 1000;
        if (!b || dt <= 0) {
          r.messagesInPerSec.push(0);
          r.bytesInPerSec.push(0);
          r.messagesOutPerSec.push(0);
          r.bytesOutPerSec.push(0);
          continue;
        }
        r.messagesInPerSec.push(Math.max(0, (b[0] - a[0]) / dt));
        r.bytesInPerSec.push(Math.max(0, (b[1] - a[1]) / dt));
        r.messagesOutPerSec.push(Math.max(0, (b[2] - a[2]) / dt));
        r.bytesOutPerSec.push(Math.max(0, (b[3] - a[3]) / dt));
      }
      const last = s.length > 0 ? s[s.length - 1].topics.get(name) : undefined;
      if (last) [r.messagesIn, r.bytesIn, r.messagesOut, r.bytesOut] = last;
      topics[name] = r;
    }
    const seriesNames = new Set<string>();
    for (let i = 1; i < s.length; i++) for (const k of s[i].series.keys()) seriesNames.add(k);
    const series: Record<string, number[]> = {};
    for (const k of seriesNames) {
      const vals: number[] = [];
      for (let i = 1; i < s.length; i++) vals.push(s[i].series.get(k) ?? Number.NaN);
      series[k] = vals;
    }
    return { intervalMs: this.intervalMs, times, topics, series };
  }
}
