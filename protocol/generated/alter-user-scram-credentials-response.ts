// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AlterUserScramCredentialsResponse: versions and flexible versions. */
export const AlterUserScramCredentialsResponseMeta = { name: 'AlterUserScramCredentialsResponse', apiKey: 51, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** AlterUserScramCredentialsResponse (generated from AlterUserScramCredentialsResponse.json). */
export interface AlterUserScramCredentialsResponse {
  throttleTimeMs: number;
  results: AlterUserScramCredentialsResult[];
}

/** A AlterUserScramCredentialsResponse with every field at its schema default. */
export function defaultAlterUserScramCredentialsResponse(): AlterUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

function readAlterUserScramCredentialsResponse(r: Reader, v: number): AlterUserScramCredentialsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _results: AlterUserScramCredentialsResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: AlterUserScramCredentialsResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readAlterUserScramCredentialsResult(r, v);
    _results = a1;
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
  return { throttleTimeMs: _throttleTimeMs, results: _results };
}

function writeAlterUserScramCredentialsResponse(w: Writer, v: number, o: Input<AlterUserScramCredentialsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeAlterUserScramCredentialsResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AlterUserScramCredentialsResult (generated from AlterUserScramCredentialsResponse.json). */
export interface AlterUserScramCredentialsResult {
  user: string;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A AlterUserScramCredentialsResult with every field at its schema default. */
export function defaultAlterUserScramCredentialsResult(): AlterUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
  };
}

function readAlterUserScramCredentialsResult(r: Reader, v: number): AlterUserScramCredentialsResult {
  const flex = true;
  let _user: string = "";
  _user = r.string(flex);
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
  return { user: _user, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writeAlterUserScramCredentialsResult(w: Writer, v: number, o: Input<AlterUserScramCredentialsResult>): void {
  const flex = true;
  w.string((o.user === undefined ? "" : o.user) ?? '', flex);
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterUserScramCredentialsResponse of version `v`. */
export function decodeAlterUserScramCredentialsResponse(r: Reader, v: number): AlterUserScramCredentialsResponse {
  return readAlterUserScramCredentialsResponse(r, v);
}

/** Encodes a AlterUserScramCredentialsResponse of version `v`; missing fields take their defaults. */
export function encodeAlterUserScramCredentialsResponse(w: Writer, v: number, o: Input<AlterUserScramCredentialsResponse>): void {
  writeAlterUserScramCredentialsResponse(w, v, o);
}
