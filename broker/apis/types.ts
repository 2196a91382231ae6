/**
 * The contract between the network layer and the per-API handler files.
 *
 * Each file in apis/ exports one ApiHandler: its key, the version range it
 * serves, the generated decode/encode pair, and `handle`, which turns a
 * decoded request into a response value (or null for "no response", as for
 * Produce with acks=0). Errors are data: a handler answers per-partition error
 * codes and only throws for bugs, which close the connection.
 */
import type { Reader } from '../../protocol/reader.js';
import type { Writer } from '../../protocol/writer.js';
import type { Input } from '../../protocol/input.js';
import type { BrokerServices } from '../services.js';

/** What a handler knows about the request it is answering. */
export interface RequestContext {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly clientId: string | null;
  /** Remote address of the client. */
  readonly clientHost: string;
  /** Unique per connection: "<local>-<remote>-<n>". */
  readonly connectionId: string;
  /** The broker's services. */
  readonly broker: BrokerServices;
}

/** One Kafka API served by this broker. */
export interface ApiHandler<Req = unknown, Resp = unknown> {
  readonly apiKey: number;
  readonly name: string;
  /** Lowest version served (Kafka 4.0's minimum, KIP-896). */
  readonly minVersion: number;
  /** Highest version served. */
  readonly maxVersion: number;
  /**
   * Lowest version advertised in ApiVersions when it differs from minVersion
   * (Kafka 4.0 advertises Produce from 0 for clients' feature detection).
   */
  readonly advertisedMinVersion?: number;
  decode(r: Reader, v: number): Req;
  encode(w: Writer, v: number, o: Input<Resp>): void;
  handle(ctx: RequestContext, req: Req): Input<Resp> | null | Promise<Input<Resp> | null>;
}

/** Declares a handler with its types checked against the generated codec. */
export function defineApi<Req, Resp>(h: ApiHandler<Req, Resp>): ApiHandler<Req, Resp> {
  return h;
}

/**
 * Thrown by a handler to close the connection without an answer, as Kafka
 * does when a Produce with acks=0 fails: the client gets no response to learn
 * from, and a closed connection makes it refresh its metadata. Logged as one
 * line, not as a failure.
 */
export class CloseConnection extends Error {}
