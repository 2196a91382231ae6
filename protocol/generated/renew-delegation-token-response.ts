// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** RenewDelegationTokenResponse: versions and flexible versions. */
export const RenewDelegationTokenResponseMeta = { name: 'RenewDelegationTokenResponse', apiKey: 39, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** RenewDelegationTokenResponse (generated from RenewDelegationTokenResponse.json). */
export interface RenewDelegationTokenResponse {
  errorCode: ErrorCode;
  expiryTimestampMs: number;
  throttleTimeMs: number;
}

/** A RenewDelegationTokenResponse with every field at its schema default. */
export function defaultRenewDelegationTokenResponse(): RenewDelegationTokenResponse {
  return {
    errorCode: 0,
    expiryTimestampMs: 0,
    throttleTimeMs: 0,
  };
}

function readRenewDelegationTokenResponse(r: Reader, v: number): RenewDelegationTokenResponse {
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

function writeRenewDelegationTokenResponse(w: Writer, v: number, o: Input<RenewDelegationTokenResponse>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int64((o.expiryTimestampMs === undefined ? 0 : o.expiryTimestampMs));
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a RenewDelegationTokenResponse of version `v`. */
export function decodeRenewDelegationTokenResponse(r: Reader, v: number): RenewDelegationTokenResponse {
  return readRenewDelegationTokenResponse(r, v);
}

/** Encodes a RenewDelegationTokenResponse of version `v`; missing fields take their defaults. */
export function encodeRenewDelegationTokenResponse(w: Writer, v: number, o: Input<RenewDelegationTokenResponse>): void {
  writeRenewDelegationTokenResponse(w, v, o);
}
