/**
 * The unit of data the agent moves: Flume's event, a map of string headers
 * and an opaque byte body. Sources make events, interceptors may change their
 * headers (or drop them), channels hold them, sinks write them out.
 *
 * Events are passed by reference from source to channel to sink; after a
 * source has handed an event to its channel processor nothing may change it
 * (a replicating selector puts the same object into several channels).
 */

/** Headers of an event: string keys to string values, insertion order kept. */
export type EventHeaders = Record<string, string>;

/** A Flume event. */
export interface FlumeEvent {
  headers: EventHeaders;
  body: Buffer;
}

/** An event with `body` (a string is UTF-8 encoded) and a copy of `headers`. */
export function makeEvent(body: Buffer | string, headers?: EventHeaders): FlumeEvent {
  return { headers: headers ? { ...headers } : {}, body: typeof body === 'string' ? Buffer.from(body) : body };
}

/** Bytes an event takes when counted against a byte capacity: its body (headers are the buffer percentage's business). */
export function eventBodySize(e: FlumeEvent): number {
  return e.body.length;
}
