/**
 * The interceptor contract: a source's events pass through its interceptors,
 * in the order listed (`a1.sources.r1.interceptors = i1 i2`), before the
 * channel selector sees them. An interceptor may change an event's headers or
 * drop the event (return null). Interceptors run on the source's batch in
 * place; they must not keep references to events.
 */
import type { FlumeEvent } from '../event.js';

/** One interceptor. */
export interface Interceptor {
  /** The event (changed or not), or null to drop it. */
  intercept(event: FlumeEvent): FlumeEvent | null;
}

/**
 * Runs `chain` over `events`, compacting the array in place when events are
 * dropped; returns the same array.
 */
export function interceptAll(chain: readonly Interceptor[], events: FlumeEvent[]): FlumeEvent[] {
  if (chain.length === 0) return events;
  let w = 0;
  for (let r = 0; r < events.length; r++) {
    let e: FlumeEvent | null = events[r];
    for (let i = 0; i < chain.length && e !== null; i++) e = chain[i].intercept(e);
    if (e !== null) events[w++] = e;
  }
  events.length = w;
  return events;
}
