/**
 * The contract between the network layer and the per-API handler files.
 *
 * Each file in apis/ exports one ApiHandler made by `defineApi` from the
 * generated ApiMeta of its API (protocol/generated/<name>-api.ts: key, name,
 * schema versions, request decoder, response encoder) plus what the handler
 * itself decides: the version range it serves and `handle`, which turns a
 * decoded request into a response value (or null for "no response", as for
 * Produce with acks=0). Key, name and codecs come from the generated meta
 * only, never typed twice (Redpanda's `handler<produce_api, 0, 7>`). Errors
 * are data: a handler answers per-partition error codes and only throws for
 * bugs, which close the connection.
 */
import type { Reader } from '../../protocol/reader.js';
import type { Writer } from '../../protocol/writer.js';
import type { Input } from '../../protocol/input.js';
import type { ApiMeta } from '../../protocol/api-meta.js';
import type { BrokerServices } from '../services.js';
import type { SecurityProtocol } from '../../config/listeners.js';

/**
 * Who sent a request: Kafka's KafkaPrincipal, written `<type>:<name>`
 * (`User:alice`). A connection that did not authenticate is
 * {@link ANONYMOUS}, as in Kafka.
 */
export interface Principal {
  /** The principal type; `User` for every built-in authentication. */
  readonly type: string;
  /** The name (user name, certificate's distinguished name, ...). */
  readonly name: string;
}

/** Kafka's KafkaPrincipal.ANONYMOUS: `User:ANONYMOUS`, the principal of an unauthenticated connection. */
export const ANONYMOUS: Principal = Object.freeze({ type: 'User', name: 'ANONYMOUS' });

/** Kafka's security protocols (a listener's `listener.security.protocol.map` entry); defined with the listener grammar. */
export type { SecurityProtocol } from '../../config/listeners.js';

/** What a handler knows about the request it is answering. */
export interface RequestContext {
  readonly apiKey: number;
  readonly apiVersion: number;
  readonly correlationId: number;
  readonly clientId: string | null;
  /** Remote address of the client (as the socket reports it: `127.0.0.1`, `::1`, `::ffff:10.0.0.1`). */
  readonly clientHost: string;
  /**
   * The client's IP address with an IPv4-mapped IPv6 address written as IPv4
   * (`127.0.0.1`, not `::ffff:127.0.0.1`): what ACL host patterns match
   * (Kafka's RequestContext.clientAddress).
   */
  readonly clientAddress: string;
  /** The authenticated principal of the connection ({@link ANONYMOUS} without authentication). */
  readonly principal: Principal;
  /** The name of the listener the request came in on (`PLAINTEXT`, `INTERNAL`, ...), upper case. */
  readonly listenerName: string;
  /** The security protocol of that listener. */
  readonly securityProtocol: SecurityProtocol;
  /** Unique per connection: "<local>-<remote>-<n>". */
  readonly connectionId: string;
  /** The broker's services. */
  readonly broker: BrokerServices;
}

/** What a handler returns: the response (missing fields take defaults), or null for none. */
export type HandlerResult<Resp> = Input<Resp> | null | Promise<Input<Resp> | null>;

/** What a handler file declares besides its API: the versions it serves and how. */
export interface HandlerSpec<Req, Resp> {
  /** Lowest version served, inclusive (Kafka 3.x serves every schema version; 4.0 raised some floors, KIP-896). */
  readonly minVersion: number;
  /** Highest version served, inclusive. */
  readonly maxVersion: number;
  /**
   * Lowest version advertised in ApiVersions when it differs from minVersion
   * (Kafka 4.0 advertises Produce from 0 for clients' feature detection).
   */
  readonly advertisedMinVersion?: number;
  /**
   * handle() makes every change the request asks for before it returns; a
   * promise it returns only waits to answer (Produce: acks=all waits for the
   * ISR after the append). The connection then goes on with its next request
   * if that one is pipelined too, and answers stay in request order
   * (channel.ts). Unset: the connection waits for the answer first.
   */
  readonly pipelined?: boolean;
  handle(ctx: RequestContext, req: Req): HandlerResult<Resp>;
}

/** One Kafka API served by this broker. */
export interface ApiHandler<Req = unknown, Resp = unknown> extends HandlerSpec<Req, Resp> {
  /** The generated meta this handler is bound to. */
  readonly api: ApiMeta<Req, Resp>;
  readonly apiKey: number;
  readonly name: string;
  decode(r: Reader, v: number): Req;
  encode(w: Writer, v: number, o: Input<Resp>): void;
}

/**
 * Binds a handler to its generated API meta: key, name and codecs come from
 * `api`, the version range from `spec`. Throws when the range is empty or
 * outside the schema's versions (or includes an unstable latest version).
 */
export function defineApi<Req, Resp>(api: ApiMeta<Req, Resp>, spec: HandlerSpec<NoInfer<Req>, NoInfer<Resp>>): ApiHandler<Req, Resp> {
  const { minVersion: min, maxVersion: max } = spec;
  const advertised = spec.advertisedMinVersion ?? min;
  const schemaMax = api.latestVersionUnstable ? api.maxVersion - 1 : api.maxVersion;
  if (min > max || min < api.minVersion || max > schemaMax || advertised > min || advertised < api.minVersion) {
    throw new Error(
      `${api.name} handler: versions ${advertised === min ? '' : `(advertised ${advertised}) `}${min}-${max} ` +
        `are not within the schema's ${api.minVersion}-${schemaMax}`,
    );
  }
  return {
    api,
    apiKey: api.apiKey,
    name: api.name,
    minVersion: min,
    maxVersion: max,
    advertisedMinVersion: spec.advertisedMinVersion,
    pipelined: spec.pipelined,
    decode: api.decodeRequest,
    encode: api.encodeResponse,
    handle: (ctx, req) => spec.handle(ctx, req),
  };
}

/**
 * Thrown by a handler to close the connection without an answer, as Kafka
 * does when a Produce with acks=0 fails: the client gets no response to learn
 * from, and a closed connection makes it refresh its metadata. Logged as one
 * line, not as a failure.
 */
export class CloseConnection extends Error {}
