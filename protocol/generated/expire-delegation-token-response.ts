// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ExpireDelegationTokenResponse: versions and flexible versions. */
export const ExpireDelegationTokenResponseMeta = { name: 'ExpireDelegationTokenResponse', apiKey: 40, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** ExpireDelegationTokenResponse (generated from ExpireDelegationTokenResponse.json). */
export interface ExpireDelegationTokenResponse {
  errorCode: ErrorCode;
  expiryTimestampMs: number;
  throttleTimeMs: number;
}

/** A ExpireDelegationTokenResponse with every field at its schema default. */
export function defaultExpireDelegationTokenResponse(): ExpireDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0,
    throttleTimeMs: 0,
  };
}

function readExpireDelegationTokenResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
  const flex = v >= 2;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _expiryTimestampMs: number = 0;
  _expiryTimestampMs = r.int64();
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { errorCode: _errorCode, expiryTimestampMs: _expiryTimestampMs, throttleTimeMs: _throttleTimeMs };
}

function writeExpireDelegationTokenResponse(w: Writer, v: number, o: Input<ExpireDelegationTokenResponse>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int64((o.expiryTimestampMs === undefined ? 0 : o.expiryTimestampMs));
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ExpireDelegationTokenResponse of version `v`. */
export function decodeExpireDelegationTokenResponse(r: Reader, v: number): ExpireDelegationTokenResponse {
  return readExpireDelegationTokenResponse(r, v);
}

/** Encodes a ExpireDelegationTokenResponse of version `v`; missing fields take their defaults. */
export function encodeExpireDelegationTokenResponse(w: Writer, v: number, o: Input<ExpireDelegationTokenResponse>): void {
  writeExpireDelegationTokenResponse(w, v, o);
}
