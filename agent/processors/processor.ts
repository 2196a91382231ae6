/**
 * The sink processor contract: a sink runner calls process() in a loop; the
 * processor picks which of its sinks does the work. `default` drives one
 * sink; `failover` and `load_balance` drive a sink group.
 */
import type { Sink, SinkStatus } from '../sinks/sink.js';

/** Drives one or more sinks. */
export interface SinkProcessor {
  readonly sinks: readonly Sink[];
  /** One round; rejects when no sink could deliver. */
  process(): Promise<SinkStatus>;
}

/** Default processor: the one sink, as is. */
export class DefaultSinkProcessor implements SinkProcessor {
  readonly sinks: readonly Sink[];

  /** @param sink the only sink. */
  constructor(sink: Sink) {
    this.sinks = [sink];
  }

  process(): Promise<SinkStatus> {
    return this.sinks[0].process();
  }
}
