/**
 * Multiplexing selector (`multiplexing`): routes each event by the value of
 * one header (`selector.header`, default `flume.selector.header`):
 * `selector.mapping.<value> = c1 c2` are the required channels for that value,
 * `selector.default = c3` for values not mapped (and events without the
 * header), `selector.optional.<value> = c4` optional channels for a value.
 * An event with neither a mapping nor a default goes to its optional
 * channels only (or nowhere).
 */
import type { Channel } from '../channel.js';
import type { ComponentContext } from '../config/context.js';
import type { FlumeEvent } from '../event.js';
import { channelsByName, type ChannelSelector } from './selector.js';

const NONE: readonly Channel[] = [];

/** Flume's multiplexing channel selector. */
export class MultiplexingSelector implements ChannelSelector {
  readonly uniform = false;
  private readonly header: string;
  private readonly mapping = new Map<string, Channel[]>();
  private readonly optionals = new Map<string, Channel[]>();
  private readonly defaults: Channel[];

  /** @param ctx the `selector.` properties; @param channels the source's channels. */
  constructor(
    ctx: ComponentContext,
    readonly channels: readonly Channel[],
  ) {
    this.header = ctx.string('header', 'flume.selector.header');
    for (const [value] of ctx.entries('mapping.'))
      this.mapping.set(
        value,
        channelsByName(ctx.list(`mapping.${value}`), channels, (m) => ctx.error(`mapping.${value}`, m)),
      );
    for (const [value] of ctx.entries('optional.'))
      this.optionals.set(
        value,
        channelsByName(ctx.list(`optional.${value}`), channels, (m) => ctx.error(`optional.${value}`, m)),
      );
    this.defaults = channelsByName(ctx.list('default'), channels, (m) => ctx.error('default', m));
    // A channel both required and optional for a value is required only.
    for (const [value, list] of this.optionals) {
      const req = this.mapping.get(value) ?? this.defaults;
      this.optionals.set(
        value,
        list.filter((c) => !req.includes(c)),
      );
    }
  }

  required(event: FlumeEvent): readonly Channel[] {
    const v = event.headers[this.header];
    return (v !== undefined ? this.mapping.get(v) : undefined) ?? this.defaults;
  }

  optional(event: FlumeEvent): readonly Channel[] {
    const v = event.headers[this.header];
    return (v !== undefined ? this.optionals.get(v) : undefined) ?? NONE;
  }
}
