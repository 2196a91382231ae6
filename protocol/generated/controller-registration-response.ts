// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ControllerRegistrationResponse: versions and flexible versions. */
export const ControllerRegistrationResponseMeta = { name: 'ControllerRegistrationResponse', apiKey: 70, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ControllerRegistrationResponse (generated from ControllerRegistrationResponse.json). */
export interface ControllerRegistrationResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A ControllerRegistrationResponse with every field at its schema default. */
export function defaultControllerRegistrationResponse(): ControllerRegistrationResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

function readControllerRegistrationResponse(r: Reader, v: number): ControllerRegistrationResponse {
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

function writeControllerRegistrationResponse(w: Writer, v: number, o: Input<ControllerRegistrationResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ControllerRegistrationResponse of version `v`. */
export function decodeControllerRegistrationResponse(r: Reader, v: number): ControllerRegistrationResponse {
  return readControllerRegistrationResponse(r, v);
}

/** Encodes a ControllerRegistrationResponse of version `v`; missing fields take their defaults. */
export function encodeControllerRegistrationResponse(w: Writer, v: number, o: Input<ControllerRegistrationResponse>): void {
  writeControllerRegistrationResponse(w, v, o);
}
