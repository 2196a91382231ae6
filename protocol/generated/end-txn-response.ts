// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** EndTxnResponse: versions and flexible versions. */
export const EndTxnResponseMeta = { name: 'EndTxnResponse', apiKey: 26, minVersion: 0, maxVersion: 5, flexibleMin: 3 } as const;

/** EndTxnResponse (generated from EndTxnResponse.json). */
export interface EndTxnResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  producerId: number;
  producerEpoch: number;
}

/** A EndTxnResponse with every field at its schema default. */
export function defaultEndTxnResponse(): EndTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1,
    producerEpoch: -1,
  };
}

function readEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  const flex = v >= 3;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _producerId: number = -1;
  if (v >= 5) {
    _producerId = r.int64();
  }
  let _producerEpoch: number = -1;
  if (v >= 5) {
    _producerEpoch = r.int16();
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, producerId: _producerId, producerEpoch: _producerEpoch };
}

function writeEndTxnResponse(w: Writer, v: number, o: Input<EndTxnResponse>): void {
  const flex = v >= 3;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v >= 5) {
    w.int64((o.producerId === undefined ? -1 : o.producerId));
  }
  if (v >= 5) {
    w.int16((o.producerEpoch === undefined ? -1 : o.producerEpoch));
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a EndTxnResponse of version `v`. */
export function decodeEndTxnResponse(r: Reader, v: number): EndTxnResponse {
  return readEndTxnResponse(r, v);
}

/** Encodes a EndTxnResponse of version `v`; missing fields take their defaults. */
export function encodeEndTxnResponse(w: Writer, v: number, o: Input<EndTxnResponse>): void {
  writeEndTxnResponse(w, v, o);
}
