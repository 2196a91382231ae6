// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AllocateProducerIdsResponse: versions and flexible versions. */
export const AllocateProducerIdsResponseMeta = { name: 'AllocateProducerIdsResponse', apiKey: 67, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** AllocateProducerIdsResponse (generated from AllocateProducerIdsResponse.json). */
export interface AllocateProducerIdsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  producerIdStart: number;
  producerIdLen: number;
}

/** A AllocateProducerIdsResponse with every field at its schema default. */
export function defaultAllocateProducerIdsResponse(): AllocateProducerIdsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerIdStart: 0,
    producerIdLen: 0,
  };
}

function readAllocateProducerIdsResponse(r: Reader, v: number): AllocateProducerIdsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _producerIdStart: number = 0;
  _producerIdStart = r.int64();
  let _producerIdLen: number = 0;
  _producerIdLen = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, producerIdStart: _producerIdStart, producerIdLen: _producerIdLen };
}

function writeAllocateProducerIdsResponse(w: Writer, v: number, o: Input<AllocateProducerIdsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int64((o.producerIdStart === undefined ? 0 : o.producerIdStart));
  w.int32((o.producerIdLen === undefined ? 0 : o.producerIdLen));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AllocateProducerIdsResponse of version `v`. */
export function decodeAllocateProducerIdsResponse(r: Reader, v: number): AllocateProducerIdsResponse {
  return readAllocateProducerIdsResponse(r, v);
}

/** Encodes a AllocateProducerIdsResponse of version `v`; missing fields take their defaults. */
export function encodeAllocateProducerIdsResponse(w: Writer, v: number, o: Input<AllocateProducerIdsResponse>): void {
  writeAllocateProducerIdsResponse(w, v, o);
}
