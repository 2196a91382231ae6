// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** InitProducerIdResponse: versions and flexible versions. */
export const InitProducerIdResponseMeta = { name: 'InitProducerIdResponse', apiKey: 22, minVersion: 0, maxVersion: 5, flexibleMin: 2 } as const;

/** InitProducerIdResponse (generated from InitProducerIdResponse.json). */
export interface InitProducerIdResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  producerId: number;
  producerEpoch: number;
}

/** A InitProducerIdResponse with every field at its schema default. */
export function defaultInitProducerIdResponse(): InitProducerIdResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    producerId: -1,
    producerEpoch: 0,
  };
}

function readInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _producerId: number = -1;
  _producerId = r.int64();
  let _producerEpoch: number = 0;
  _producerEpoch = r.int16();
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

function writeInitProducerIdResponse(w: Writer, v: number, o: Input<InitProducerIdResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int64((o.producerId === undefined ? -1 : o.producerId));
  w.int16((o.producerEpoch === undefined ? 0 : o.producerEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a InitProducerIdResponse of version `v`. */
export function decodeInitProducerIdResponse(r: Reader, v: number): InitProducerIdResponse {
  return readInitProducerIdResponse(r, v);
}

/** Encodes a InitProducerIdResponse of version `v`; missing fields take their defaults. */
export function encodeInitProducerIdResponse(w: Writer, v: number, o: Input<InitProducerIdResponse>): void {
  writeInitProducerIdResponse(w, v, o);
}
