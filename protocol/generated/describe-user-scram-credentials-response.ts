// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DescribeUserScramCredentialsResponse: versions and flexible versions. */
export const DescribeUserScramCredentialsResponseMeta = { name: 'DescribeUserScramCredentialsResponse', apiKey: 50, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DescribeUserScramCredentialsResponse (generated from DescribeUserScramCredentialsResponse.json). */
export interface DescribeUserScramCredentialsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  results: DescribeUserScramCredentialsResult[];
}

/** A DescribeUserScramCredentialsResponse with every field at its schema default. */
export function defaultDescribeUserScramCredentialsResponse(): DescribeUserScramCredentialsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
  };
}

function readDescribeUserScramCredentialsResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _results: DescribeUserScramCredentialsResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: DescribeUserScramCredentialsResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribeUserScramCredentialsResult(r, v);
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, results: _results };
}

function writeDescribeUserScramCredentialsResponse(w: Writer, v: number, o: Input<DescribeUserScramCredentialsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribeUserScramCredentialsResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeUserScramCredentialsResult (generated from DescribeUserScramCredentialsResponse.json). */
export interface DescribeUserScramCredentialsResult {
  user: string;
  errorCode: ErrorCode;
  errorMessage: string | null;
  credentialInfos: CredentialInfo[];
}

/** A DescribeUserScramCredentialsResult with every field at its schema default. */
export function defaultDescribeUserScramCredentialsResult(): DescribeUserScramCredentialsResult {
  return {
    user: "",
    errorCode: 0,
    errorMessage: "",
    credentialInfos: [],
  };
}

function readDescribeUserScramCredentialsResult(r: Reader, v: number): DescribeUserScramCredentialsResult {
  const flex = true;
  let _user: string = "";
  _user = r.string(flex);
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _credentialInfos: CredentialInfo[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _credentialInfos = [];
  else {
    const a4: CredentialInfo[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readCredentialInfo(r, v);
    _credentialInfos = a4;
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
  return { user: _user, errorCode: _errorCode, errorMessage: _errorMessage, credentialInfos: _credentialInfos };
}

function writeDescribeUserScramCredentialsResult(w: Writer, v: number, o: Input<DescribeUserScramCredentialsResult>): void {
  const flex = true;
  w.string((o.user === undefined ? "" : o.user) ?? '', flex);
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  const a5 = (o.credentialInfos === undefined ? [] : o.credentialInfos);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeCredentialInfo(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** CredentialInfo (generated from DescribeUserScramCredentialsResponse.json). */
export interface CredentialInfo {
  mechanism: number;
  iterations: number;
}

/** A CredentialInfo with every field at its schema default. */
export function defaultCredentialInfo(): CredentialInfo {
  return {
    mechanism: 0,
    iterations: 0,
  };
}

function readCredentialInfo(r: Reader, v: number): CredentialInfo {
  const flex = true;
  let _mechanism: number = 0;
  _mechanism = r.int8();
  let _iterations: number = 0;
  _iterations = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { mechanism: _mechanism, iterations: _iterations };
}

function writeCredentialInfo(w: Writer, v: number, o: Input<CredentialInfo>): void {
  const flex = true;
  w.int8((o.mechanism === undefined ? 0 : o.mechanism));
  w.int32((o.iterations === undefined ? 0 : o.iterations));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeUserScramCredentialsResponse of version `v`. */
export function decodeDescribeUserScramCredentialsResponse(r: Reader, v: number): DescribeUserScramCredentialsResponse {
  return readDescribeUserScramCredentialsResponse(r, v);
}

/** Encodes a DescribeUserScramCredentialsResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeUserScramCredentialsResponse(w: Writer, v: number, o: Input<DescribeUserScramCredentialsResponse>): void {
  writeDescribeUserScramCredentialsResponse(w, v, o);
}
