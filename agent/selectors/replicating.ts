/**
 * Replicating selector (`replicating`, the default): every event goes to all
 * of the source's channels. Channels named in `selector.optional` are
 * optional: a failure to write there does not fail the batch.
 */
import type { Channel } from '../channel.js';
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import { channelsByName, type ChannelSelector } from './selector.js';

/** Flume's replicating channel selector. */
export class ReplicatingSelector implements ChannelSelector {
  readonly uniform = true;
  private readonly req: Channel[];
  private readonly opt: Channel[];

  /** @param ctx the `selector.` properties; @param channels the source's channels. */
  constructor(
    ctx: ComponentContext,
    readonly channels: readonly Channel[],
  ) {
    this.opt = channelsByName(ctx.list('optional'), channels, (m) => ctx.error('optional', m));
    this.req = channels.filter((c) => !this.opt.includes(c));
  }

  required(_event: FlumeEvent): readonly Channel[] {
    return this.req;
  }

  optional(_event: FlumeEvent): readonly Channel[] {
    return this.opt;
  }
}
