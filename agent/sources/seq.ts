/**
 * Sequence generator source (`seq`, org.apache.flume.source.SequenceGeneratorSource):
 * emits events whose bodies are 0, 1, 2, ... as text, batchSize (default 1)
 * per transaction, until totalEvents (default: no end) have been sent. For
 * testing and measuring channels and sinks.
 */
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import { BaseSource, type SourceDeps } from './source.js';

/** Flume's sequence generator source. */
export class SeqSource extends BaseSource {
  readonly batchSize: number;
  private readonly total: number;
  private next = 0;
  private loop: Promise<void> | null = null;

  /** Reads batchSize and totalEvents. */
  constructor(ctx: ComponentContext, deps: SourceDeps) {
    super(deps, 'SequenceGeneratorSource');
    this.batchSize = ctx.int('batchSize', this.fitBatch(1), { min: 1 });
    this.total = ctx.int('totalEvents', Number.MAX_SAFE_INTEGER, { min: 0 });
  }

  protected async doStart(): Promise<void> {
    this.loop = this.run();
  }

  protected async doStop(): Promise<void> {
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopped && this.next < this.total) {
      const n = Math.min(this.batchSize, this.total - this.next);
      const batch: FlumeEvent[] = [];
      for (let i = 0; i < n; i++) batch.push({ headers: {}, body: Buffer.from(String(this.next + i)) });
      if (!(await this.deliver(batch))) return;
      this.next += n;
      // Let I/O in between batches.
      await new Promise((r) => setImmediate(r));
    }
  }
}
