// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** UnregisterBrokerResponse: versions and flexible versions. */
export const UnregisterBrokerResponseMeta = { name: 'UnregisterBrokerResponse', apiKey: 64, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** UnregisterBrokerResponse (generated from UnregisterBrokerResponse.json). */
export interface UnregisterBrokerResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A UnregisterBrokerResponse with every field at its schema default. */
export function defaultUnregisterBrokerResponse(): UnregisterBrokerResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

function readUnregisterBrokerResponse(r: Reader, v: number): UnregisterBrokerResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writeUnregisterBrokerResponse(w: Writer, v: number, o: Input<UnregisterBrokerResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a UnregisterBrokerResponse of version `v`. */
export function decodeUnregisterBrokerResponse(r: Reader, v: number): UnregisterBrokerResponse {
  return readUnregisterBrokerResponse(r, v);
}

/** Encodes a UnregisterBrokerResponse of version `v`; missing fields take their defaults. */
export function encodeUnregisterBrokerResponse(w: Writer, v: number, o: Input<UnregisterBrokerResponse>): void {
  writeUnregisterBrokerResponse(w, v, o);
}
