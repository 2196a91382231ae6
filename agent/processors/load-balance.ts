/**
 * Load-balancing sink processor (`load_balance`): spreads transactions over a
 * group's sinks, picking the order of each round with `processor.selector`
 * (`round_robin`, the default, or `random`). A round tries sinks in that
 * order until one succeeds. With `processor.backoff = true` a failed sink is
 * left out for an exponentially growing time (1 s doubling, at most
 * `processor.selector.maxTimeOut` ms, default 30000). When every sink failed,
 * process() rejects.
 */
import type { ComponentContext } from '../config/context.js';
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Sink, SinkStatus } from '../sinks/sink.js';
import type { SinkProcessor } from './processor.js';

/** Flume's load-balancing sink processor. */
export class LoadBalanceSinkProcessor implements SinkProcessor {
  private readonly random: boolean;
  private readonly backoff: boolean;
  private readonly maxTimeoutMs: number;
  private next = 0;
  private readonly failures: number[];
  private readonly retryAt: number[];

  /** @param ctx the sink group's properties; @param sinks the group's sinks. */
  constructor(
    ctx: ComponentContext,
    readonly sinks: readonly Sink[],
    private readonly logger: Logger,
  ) {
    const sel = ctx.string('processor.selector', 'round_robin');
    if (sel !== 'round_robin' && sel !== 'random')
      throw ctx.error('processor.selector', `'${sel}' is not a selector (known: round_robin, random)`);
    this.random = sel === 'random';
    this.backoff = ctx.bool('processor.backoff', false);
    this.maxTimeoutMs = ctx.int('processor.selector.maxTimeOut', 30_000, { min: 0 });
    this.failures = sinks.map(() => 0);
    this.retryAt = sinks.map(() => 0);
  }

  private order(): number[] {
    const n = this.sinks.length;
    const idx: number[] = [];
    if (this.random) {
      for (let i = 0; i < n; i++) idx.push(i);
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [idx[i], idx[j]] = [idx[j], idx[i]];
      }
    } else {
      for (let i = 0; i < n; i++) idx.push((this.next + i) % n);
      this.next = (this.next + 1) % n;
    }
    if (!this.backoff) return idx;
    const now = Date.now();
    const ready = idx.filter((i) => this.retryAt[i] <= now);
    // Everyone backed off: try them anyway rather than stall.
    return ready.length > 0 ? ready : idx;
  }

  async process(): Promise<SinkStatus> {
    let lastError: unknown = null;
    for (const i of this.order()) {
      try {
        const status = await this.sinks[i].process();
        this.failures[i] = 0;
        this.retryAt[i] = 0;
        return status;
      } catch (err) {
        lastError = err;
        this.failures[i]++;
        if (this.backoff) this.retryAt[i] = Date.now() + Math.min(this.maxTimeoutMs, 1000 * 2 ** Math.min(this.failures[i], 30));
        this.logger.warn(`sink ${this.sinks[i].name} failed: ${describeError(err)}`);
      }
    }
    throw new Error(`all sinks failed to process${lastError ? `: ${describeError(lastError)}` : ''}`);
  }
}
