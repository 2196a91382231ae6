/**
 * Null sink (`null`, org.apache.flume.sink.NullSink): takes events and
 * discards them, batchSize (default 100) per transaction. Useful to measure
 * sources and channels.
 */
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import { BaseSink, type SinkDeps } from './sink.js';

/** Flume's null sink. */
export class NullSink extends BaseSink {
  readonly batchSize: number;

  /** Reads batchSize. */
  constructor(ctx: ComponentContext, deps: SinkDeps) {
    super(deps, 'NullSink');
    this.batchSize = ctx.int('batchSize', this.fitBatch(100), { min: 1 });
  }

  protected async deliver(_events: FlumeEvent[]): Promise<void> {}
}
