// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** RequestHeader: versions and flexible versions. */
export const RequestHeaderMeta = { name: 'RequestHeader', apiKey: -1, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** RequestHeader (generated from RequestHeader.json). */
export interface RequestHeader {
  requestApiKey: number;
  requestApiVersion: number;
  correlationId: number;
  clientId: string | null;
}

/** A RequestHeader with every field at its schema default. */
export function defaultRequestHeader(): RequestHeader {
  return {
    requestApiKey: 0,
    requestApiVersion: 0,
    correlationId: 0,
    clientId: "",
  };
}

function readRequestHeader(r: Reader, v: number): RequestHeader {
  const flex = v >= 2;
  let _requestApiKey: number = 0;
  _requestApiKey = r.int16();
  let _requestApiVersion: number = 0;
  _requestApiVersion = r.int16();
  let _correlationId: number = 0;
  _correlationId = r.int32();
  let _clientId: string | null = "";
  if (v >= 1) {
    _clientId = r.nullableString(false);
  }
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { requestApiKey: _requestApiKey, requestApiVersion: _requestApiVersion, correlationId: _correlationId, clientId: _clientId };
}

function writeRequestHeader(w: Writer, v: number, o: Input<RequestHeader>): void {
  const flex = v >= 2;
  w.int16((o.requestApiKey === undefined ? 0 : o.requestApiKey));
  w.int16((o.requestApiVersion === undefined ? 0 : o.requestApiVersion));
  w.int32((o.correlationId === undefined ? 0 : o.correlationId));
  if (v >= 1) {
    w.nullableString((o.clientId === undefined ? "" : o.clientId), false);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a RequestHeader of version `v`. */
export function decodeRequestHeader(r: Reader, v: number): RequestHeader {
  return readRequestHeader(r, v);
}

/** Encodes a RequestHeader of version `v`; missing fields take their defaults. */
export function encodeRequestHeader(w: Writer, v: number, o: Input<RequestHeader>): void {
  writeRequestHeader(w, v, o);
}
