/**
 * Failover sink processor (`failover`): of a group's sinks, the live one with
 * the highest `processor.priority.<sink>` does the work (sinks without a
 * priority rank below those with one, in the order listed). When it fails it
 * is set aside for a penalty of 1 s, 2 s, 4 s, ... after consecutive
 * failures, at most `processor.maxpenalty` ms (default 30000), and the next
 * one takes over in the same round. A set-aside sink whose penalty has
 * passed is tried again first; once it delivers it is live again and, if it
 * ranks highest, the active sink. When every sink failed, process() rejects.
 */
import type { ComponentContext } from '../config/context.js';
import { describeError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Sink, SinkStatus } from '../sinks/sink.js';
import type { SinkProcessor } from './processor.js';

const FAILURE_PENALTY_MS = 1000;

interface Ranked {
  sink: Sink;
  priority: number;
  failures: number;
  /** Epoch ms before which a failed sink is not tried. */
  retryAt: number;
}

/** Flume's failover sink processor. */
export class FailoverSinkProcessor implements SinkProcessor {
  private readonly ranked: Ranked[];
  private readonly maxPenaltyMs: number;

  /** @param ctx the sink group's properties (`processor.` keys); @param sinks the group's sinks in listed order. */
  constructor(
    ctx: ComponentContext,
    readonly sinks: readonly Sink[],
    private readonly logger: Logger,
  ) {
    this.maxPenaltyMs = ctx.int('processor.maxpenalty', 30_000, { min: 0 });
    this.ranked = sinks.map((sink, i) => ({
      sink,
      priority: ctx.int(`processor.priority.${sink.name}`, -1 - i - 1e6),
      failures: 0,
      retryAt: 0,
    }));
    // Highest priority first; a stable sort keeps listed order among equals.
    this.ranked.sort((a, b) => b.priority - a.priority);
    for (const key of ctx.entries('processor.priority.').keys())
      if (!sinks.some((s) => s.name === key)) throw ctx.error(`processor.priority.${key}`, `'${key}' is not a sink of this group`);
  }

  async process(): Promise<SinkStatus> {
    const now = Date.now();
    let lastError: unknown = null;
    // Failed sinks whose penalty has passed get a try first, in rank order; then the live ones.
    const order = [...this.ranked.filter((r) => r.failures > 0 && r.retryAt <= now), ...this.ranked.filter((r) => r.failures === 0)];
    for (const r of order) {
      try {
        const status = await r.sink.process();
        if (r.failures > 0) this.logger.info(`sink ${r.sink.name} is working again`);
        r.failures = 0;
        return status;
      } catch (err) {
        lastError = err;
        r.failures++;
        r.retryAt = Date.now() + Math.min(this.maxPenaltyMs, FAILURE_PENALTY_MS * 2 ** Math.min(r.failures, 30));
        this.logger.warn(`sink ${r.sink.name} failed, failing over: ${describeError(err)}`);
      }
    }
    throw new Error(`all sinks failed to process, nothing left to fail over to${lastError ? `: ${describeError(lastError)}` : ''}`);
  }
}
