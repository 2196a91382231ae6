/**
 * Statistics of the producer perf test, printed in Kafka's words: a window
 * line every reporting interval ("N records sent, X records/sec (Y MB/sec),
 * Z ms avg latency, W ms max latency.") and a total with percentiles. Like
 * Kafka, latencies are sampled (at most 500,000 kept) for the percentiles,
 * and a percentile p is the sorted sample at index floor(p * size).
 */
import { fixed } from './format.js';

/** Accumulates record latencies. */
export class ProducerStats {
  private count = 0;
  private bytes = 0;
  private totalLatency = 0;
  private maxLatency = 0;
  private readonly latencies: number[] = [];
  private readonly sampling: number;
  private index = 0;
  private windowStart: number;
  private windowCount = 0;
  private windowBytes = 0;
  private windowTotalLatency = 0;
  private windowMaxLatency = 0;

  constructor(
    numRecords: number,
    private readonly start = Date.now(),
  ) {
    this.sampling = Math.max(1, Math.floor(numRecords / Math.min(Math.max(numRecords, 1), 500_000)));
    this.windowStart = start;
  }

  /** Records one acknowledged record of `bytes` bytes with `latencyMs`. */
  record(latencyMs: number, bytes: number): void {
    this.count++;
    this.bytes += bytes;
    this.totalLatency += latencyMs;
    this.maxLatency = Math.max(this.maxLatency, latencyMs);
    this.windowCount++;
    this.windowBytes += bytes;
    this.windowTotalLatency += latencyMs;
    this.windowMaxLatency = Math.max(this.windowMaxLatency, latencyMs);
    if (this.index % this.sampling === 0 && this.latencies.length < 500_000) this.latencies.push(latencyMs);
    this.index++;
  }

  /** Records acknowledged so far. */
  get total(): number {
    return this.count;
  }

  /** The window line, and starts a new window. */
  windowLine(now = Date.now()): string {
    const elapsed = Math.max(1, now - this.windowStart);
    const recsPerSec = (1000 * this.windowCount) / elapsed;
    const mbPerSec = (1000 * this.windowBytes) / elapsed / (1024 * 1024);
    const avg = this.windowCount === 0 ? 0 : this.windowTotalLatency / this.windowCount;
    const line = `${this.windowCount} records sent, ${fixed(recsPerSec, 1)} records/sec (${fixed(mbPerSec, 2)} MB/sec), ${fixed(avg, 1)} ms avg latency, ${fixed(this.windowMaxLatency, 1)} ms max latency.`;
    this.windowStart = now;
    this.windowCount = 0;
    this.windowBytes = 0;
    this.windowTotalLatency = 0;
    this.windowMaxLatency = 0;
    return line;
  }

  /** Latency percentiles (whole ms) of the sample. */
  percentiles(...ps: number[]): number[] {
    return this.exactPercentiles(...ps).map(Math.trunc);
  }

  /** Latency percentiles of the sample as measured (fractional ms), Kafka's index rule. */
  exactPercentiles(...ps: number[]): number[] {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return ps.map((p) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!));
  }

  /** The largest latency recorded (ms). */
  get max(): number {
    return this.maxLatency;
  }

  /** Kafka's total line. */
  totalLine(now = Date.now()): string {
    const elapsed = Math.max(1, now - this.start);
    const recsPerSec = (1000 * this.count) / elapsed;
    const mbPerSec = (1000 * this.bytes) / elapsed / (1024 * 1024);
    const avg = this.count === 0 ? 0 : this.totalLatency / this.count;
    const [p50, p95, p99, p999] = this.percentiles(0.5, 0.95, 0.99, 0.999);
    return `${this.count} records sent, ${fixed(recsPerSec, 6)} records/sec (${fixed(mbPerSec, 2)} MB/sec), ${fixed(avg, 2)} ms avg latency, ${fixed(this.maxLatency, 2)} ms max latency, ${p50} ms 50th, ${p95} ms 95th, ${p99} ms 99th, ${p999} ms 99.9th.`;
  }
}

/** Sleep deficit below which Kafka's throttler does not sleep (MIN_SLEEP_NS, 2 ms). */
const MIN_SLEEP_NS = 2_000_000;

/**
 * Kafka's ThroughputThrottler (org.apache.kafka.tools): the perf test asks
 * `shouldThrottle(sent, now)` after every send — true when the average rate
 * since the start is above the target — and then calls `throttle()`, which
 * adds 1/target seconds to a sleep deficit and sleeps it off once it reaches
 * 2 ms. So records go out in bursts of about 2 ms worth (40 at 20,000/s)
 * with a sleep in between, exactly as Kafka's tool sends them. Java sleeps
 * with Object.wait(ms, ns); here a timer of whole milliseconds, re-armed
 * while at least half a millisecond of the deficit is left.
 */
export class ThroughputThrottler {
  private readonly sleepTimeNs: number;
  private sleepDeficitNs = 0;

  /** A throttler to `targetPerSec` (negative: no limit) from `startMs` (epoch ms); `sleep` waits whole ms (tests pass their own). */
  constructor(
    private readonly targetPerSec: number,
    private readonly startMs: number,
    private readonly sleep: (ms: number) => Promise<unknown> = (ms) => new Promise((r) => setTimeout(r, ms)),
    private readonly nowMs: () => number = () => performance.now(),
  ) {
    this.sleepTimeNs = targetPerSec > 0 ? 1e9 / targetPerSec : Number.MAX_SAFE_INTEGER;
  }

  /** Whether `amountSoFar` records sent by `sendStartMs` (epoch ms) are above the target rate. */
  shouldThrottle(amountSoFar: number, sendStartMs: number): boolean {
    if (this.targetPerSec < 0) return false;
    const elapsedSec = (sendStartMs - this.startMs) / 1000;
    return elapsedSec > 0 && amountSoFar / elapsedSec > this.targetPerSec;
  }

  /** Adds one record's share to the deficit; the deficit to sleep off in ns, or 0 while it is under 2 ms. */
  private nextSleepNs(): number {
    this.sleepDeficitNs += this.sleepTimeNs;
    return this.sleepDeficitNs >= MIN_SLEEP_NS ? this.sleepDeficitNs : 0;
  }

  /** Adds one record's share to the deficit and sleeps it off once it reaches 2 ms. */
  async throttle(): Promise<void> {
    const deficit = this.nextSleepNs();
    if (deficit === 0) return;
    const t0 = this.nowMs();
    for (;;) {
      const remainingNs = deficit - (this.nowMs() - t0) * 1e6;
      if (remainingNs < 500_000) break;
      await this.sleep(Math.round(remainingNs / 1e6));
    }
    this.sleepDeficitNs = 0;
  }
}
