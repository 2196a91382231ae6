/**
 * The channel selector contract: for each event, the channels it must go to
 * (a failure there fails the source's batch, which the source retries) and
 * the optional ones (failures there are logged and ignored). Selectors return
 * shared arrays; callers must not change them.
 */
import type { Channel } from '../channel.js';
import type { FlumeEvent } from '../event.js';

/** Picks an event's channels. */
export interface ChannelSelector {
  /** Every channel this selector may return (for the agent's wiring checks). */
  readonly channels: readonly Channel[];
  /** True when every event goes to the same channels (the processor can skip per-event routing). */
  readonly uniform: boolean;
  required(event: FlumeEvent): readonly Channel[];
  optional(event: FlumeEvent): readonly Channel[];
}

/** Resolves channel names of a selector property to channels, naming the key on an unknown or foreign one. */
export function channelsByName(names: readonly string[], available: readonly Channel[], fail: (message: string) => Error): Channel[] {
  return names.map((n) => {
    const c = available.find((x) => x.name === n);
    if (!c) throw fail(`channel '${n}' is not one of this source's channels (${available.map((x) => x.name).join(', ')})`);
    return c;
  });
}
