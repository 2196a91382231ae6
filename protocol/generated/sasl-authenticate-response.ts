// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

const EMPTY = Buffer.alloc(0);

/** SaslAuthenticateResponse: versions and flexible versions. */
export const SaslAuthenticateResponseMeta = { name: 'SaslAuthenticateResponse', apiKey: 36, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** SaslAuthenticateResponse (generated from SaslAuthenticateResponse.json). */
export interface SaslAuthenticateResponse {
  errorCode: ErrorCode;
  errorMessage: string | null;
  authBytes: Buffer;
  sessionLifetimeMs: number;
}

/** A SaslAuthenticateResponse with every field at its schema default. */
export function defaultSaslAuthenticateResponse(): SaslAuthenticateResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    authBytes: EMPTY,
    sessionLifetimeMs: 0,
  };
}

function readSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  const flex = v >= 2;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _authBytes: Buffer = EMPTY;
  _authBytes = r.bytes(flex);
  let _sessionLifetimeMs: number = 0;
  if (v >= 1) {
    _sessionLifetimeMs = r.int64();
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
  return { errorCode: _errorCode, errorMessage: _errorMessage, authBytes: _authBytes, sessionLifetimeMs: _sessionLifetimeMs };
}

function writeSaslAuthenticateResponse(w: Writer, v: number, o: Input<SaslAuthenticateResponse>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  w.bytes((o.authBytes === undefined ? EMPTY : o.authBytes) ?? EMPTY, flex);
  if (v >= 1) {
    w.int64((o.sessionLifetimeMs === undefined ? 0 : o.sessionLifetimeMs));
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a SaslAuthenticateResponse of version `v`. */
export function decodeSaslAuthenticateResponse(r: Reader, v: number): SaslAuthenticateResponse {
  return readSaslAuthenticateResponse(r, v);
}

/** Encodes a SaslAuthenticateResponse of version `v`; missing fields take their defaults. */
export function encodeSaslAuthenticateResponse(w: Writer, v: number, o: Input<SaslAuthenticateResponse>): void {
  writeSaslAuthenticateResponse(w, v, o);
}
