// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** SaslHandshakeResponse: versions and flexible versions. */
export const SaslHandshakeResponseMeta = { name: 'SaslHandshakeResponse', apiKey: 17, minVersion: 0, maxVersion: 1, flexibleMin: -1 } as const;

/** SaslHandshakeResponse (generated from SaslHandshakeResponse.json). */
export interface SaslHandshakeResponse {
  errorCode: ErrorCode;
  mechanisms: string[];
}

/** A SaslHandshakeResponse with every field at its schema default. */
export function defaultSaslHandshakeResponse(): SaslHandshakeResponse {
  return {
    errorCode: 0,
    mechanisms: [],
  };
}

function readSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  const flex = false;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _mechanisms: string[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _mechanisms = [];
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _mechanisms = a1;
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
  return { errorCode: _errorCode, mechanisms: _mechanisms };
}

function writeSaslHandshakeResponse(w: Writer, v: number, o: Input<SaslHandshakeResponse>): void {
  const flex = false;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a2 = (o.mechanisms === undefined ? [] : o.mechanisms);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) w.string(a2[i] ?? '', flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a SaslHandshakeResponse of version `v`. */
export function decodeSaslHandshakeResponse(r: Reader, v: number): SaslHandshakeResponse {
  return readSaslHandshakeResponse(r, v);
}

/** Encodes a SaslHandshakeResponse of version `v`; missing fields take their defaults. */
export function encodeSaslHandshakeResponse(w: Writer, v: number, o: Input<SaslHandshakeResponse>): void {
  writeSaslHandshakeResponse(w, v, o);
}
