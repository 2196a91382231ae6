// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AddOffsetsToTxnResponse: versions and flexible versions. */
export const AddOffsetsToTxnResponseMeta = { name: 'AddOffsetsToTxnResponse', apiKey: 25, minVersion: 0, maxVersion: 4, flexibleMin: 3 } as const;

/** AddOffsetsToTxnResponse (generated from AddOffsetsToTxnResponse.json). */
export interface AddOffsetsToTxnResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
}

/** A AddOffsetsToTxnResponse with every field at its schema default. */
export function defaultAddOffsetsToTxnResponse(): AddOffsetsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
  };
}

function readAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  const flex = v >= 3;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode };
}

function writeAddOffsetsToTxnResponse(w: Writer, v: number, o: Input<AddOffsetsToTxnResponse>): void {
  const flex = v >= 3;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AddOffsetsToTxnResponse of version `v`. */
export function decodeAddOffsetsToTxnResponse(r: Reader, v: number): AddOffsetsToTxnResponse {
  return readAddOffsetsToTxnResponse(r, v);
}

/** Encodes a AddOffsetsToTxnResponse of version `v`; missing fields take their defaults. */
export function encodeAddOffsetsToTxnResponse(w: Writer, v: number, o: Input<AddOffsetsToTxnResponse>): void {
  writeAddOffsetsToTxnResponse(w, v, o);
}
