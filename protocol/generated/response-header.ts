// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ResponseHeader: versions and flexible versions. */
export const ResponseHeaderMeta = { name: 'ResponseHeader', apiKey: -1, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** ResponseHeader (generated from ResponseHeader.json). */
export interface ResponseHeader {
  correlationId: number;
}

/** A ResponseHeader with every field at its schema default. */
export function defaultResponseHeader(): ResponseHeader {
  return {
    correlationId: 0,
  };
}

function readResponseHeader(r: Reader, v: number): ResponseHeader {
  const flex = v >= 1;
  let _correlationId: number = 0;
  _correlationId = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { correlationId: _correlationId };
}

function writeResponseHeader(w: Writer, v: number, o: Input<ResponseHeader>): void {
  const flex = v >= 1;
  w.int32((o.correlationId === undefined ? 0 : o.correlationId));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ResponseHeader of version `v`. */
export function decodeResponseHeader(r: Reader, v: number): ResponseHeader {
  return readResponseHeader(r, v);
}

/** Encodes a ResponseHeader of version `v`; missing fields take their defaults. */
export function encodeResponseHeader(w: Writer, v: number, o: Input<ResponseHeader>): void {
  writeResponseHeader(w, v, o);
}
