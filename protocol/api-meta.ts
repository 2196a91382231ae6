/**
 * ApiMeta: one Kafka API as the generator describes it (protocol/generated/
 * <name>-api.ts): key, name, the schema's version range and flexible
 * versions, and the request and response codecs. Handlers (broker/apis) and
 * clients take key, name and codecs from here, so they are written once.
 */
import type { Reader } from './reader.js';
import type { Writer } from './writer.js';
import type { Input } from './input.js';

/** One Kafka API: what its schemas say and its generated codecs. */
export interface ApiMeta<Req, Resp> {
  readonly apiKey: number;
  /** The API's name without "Request" (`Produce`). */
  readonly name: string;
  /** Lowest version of the schema (inclusive). */
  readonly minVersion: number;
  /** Highest version of the schema (inclusive). */
  readonly maxVersion: number;
  /** Whether the schema marks maxVersion as unstable (not to be served or sent). */
  readonly latestVersionUnstable: boolean;
  /** First flexible request version (compact lengths, tagged fields); -1 if none. */
  readonly requestFlexibleMin: number;
  /** First flexible response version; -1 if none. */
  readonly responseFlexibleMin: number;
  decodeRequest(r: Reader, v: number): Req;
  encodeRequest(w: Writer, v: number, o: Input<Req>): void;
  decodeResponse(r: Reader, v: number): Resp;
  encodeResponse(w: Writer, v: number, o: Input<Resp>): void;
}

/** The request type of an ApiMeta. */
export type RequestOf<A> = A extends ApiMeta<infer Req, unknown> ? Req : never;

/** The response type of an ApiMeta. */
export type ResponseOf<A> = A extends ApiMeta<unknown, infer Resp> ? Resp : never;
