// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** CreateAclsResponse: versions and flexible versions. */
export const CreateAclsResponseMeta = { name: 'CreateAclsResponse', apiKey: 30, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** CreateAclsResponse (generated from CreateAclsResponse.json). */
export interface CreateAclsResponse {
  throttleTimeMs: number;
  results: AclCreationResult[];
}

/** A CreateAclsResponse with every field at its schema default. */
export function defaultCreateAclsResponse(): CreateAclsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

function readCreateAclsResponse(r: Reader, v: number): CreateAclsResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _results: AclCreationResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: AclCreationResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readAclCreationResult(r, v);
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

function writeCreateAclsResponse(w: Writer, v: number, o: Input<CreateAclsResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeAclCreationResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AclCreationResult (generated from CreateAclsResponse.json). */
export interface AclCreationResult {
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A AclCreationResult with every field at its schema default. */
export function defaultAclCreationResult(): AclCreationResult {
  return {
    errorCode: 0,
    errorMessage: "",
  };
}

function readAclCreationResult(r: Reader, v: number): AclCreationResult {
  const flex = v >= 2;
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
  return { errorCode: _errorCode, errorMessage: _errorMessage };
}

function writeAclCreationResult(w: Writer, v: number, o: Input<AclCreationResult>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a CreateAclsResponse of version `v`. */
export function decodeCreateAclsResponse(r: Reader, v: number): CreateAclsResponse {
  return readCreateAclsResponse(r, v);
}

/** Encodes a CreateAclsResponse of version `v`; missing fields take their defaults. */
export function encodeCreateAclsResponse(w: Writer, v: number, o: Input<CreateAclsResponse>): void {
  writeCreateAclsResponse(w, v, o);
}
