// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** EnvelopeResponse: versions and flexible versions. */
export const EnvelopeResponseMeta = { name: 'EnvelopeResponse', apiKey: 58, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** EnvelopeResponse (generated from EnvelopeResponse.json). */
export interface EnvelopeResponse {
  responseData: Buffer | null;
  errorCode: ErrorCode;
}

/** A EnvelopeResponse with every field at its schema default. */
export function defaultEnvelopeResponse(): EnvelopeResponse {
  return {
    responseData: null,
    errorCode: 0,
  };
}

function readEnvelopeResponse(r: Reader, v: number): EnvelopeResponse {
  const flex = true;
  let _responseData: Buffer | null = null;
  _responseData = r.nullableBytes(flex);
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
  return { responseData: _responseData, errorCode: _errorCode };
}

function writeEnvelopeResponse(w: Writer, v: number, o: Input<EnvelopeResponse>): void {
  const flex = true;
  w.nullableBytes((o.responseData === undefined ? null : o.responseData), flex);
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a EnvelopeResponse of version `v`. */
export function decodeEnvelopeResponse(r: Reader, v: number): EnvelopeResponse {
  return readEnvelopeResponse(r, v);
}

/** Encodes a EnvelopeResponse of version `v`; missing fields take their defaults. */
export function encodeEnvelopeResponse(w: Writer, v: number, o: Input<EnvelopeResponse>): void {
  writeEnvelopeResponse(w, v, o);
}
