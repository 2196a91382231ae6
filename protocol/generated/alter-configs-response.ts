// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AlterConfigsResponse: versions and flexible versions. */
export const AlterConfigsResponseMeta = { name: 'AlterConfigsResponse', apiKey: 33, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** AlterConfigsResponse (generated from AlterConfigsResponse.json). */
export interface AlterConfigsResponse {
  throttleTimeMs: number;
  responses: AlterConfigsResourceResponse[];
}

/** A AlterConfigsResponse with every field at its schema default. */
export function defaultAlterConfigsResponse(): AlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

function readAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _responses: AlterConfigsResourceResponse[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _responses = [];
  else {
    const a1: AlterConfigsResourceResponse[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readAlterConfigsResourceResponse(r, v);
    _responses = a1;
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
  return { throttleTimeMs: _throttleTimeMs, responses: _responses };
}

function writeAlterConfigsResponse(w: Writer, v: number, o: Input<AlterConfigsResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.responses === undefined ? [] : o.responses);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeAlterConfigsResourceResponse(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AlterConfigsResourceResponse (generated from AlterConfigsResponse.json). */
export interface AlterConfigsResourceResponse {
  errorCode: ErrorCode;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
}

/** A AlterConfigsResourceResponse with every field at its schema default. */
export function defaultAlterConfigsResourceResponse(): AlterConfigsResourceResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
  };
}

function readAlterConfigsResourceResponse(r: Reader, v: number): AlterConfigsResourceResponse {
  const flex = v >= 2;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _resourceType: number = 0;
  _resourceType = r.int8();
  let _resourceName: string = "";
  _resourceName = r.string(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { errorCode: _errorCode, errorMessage: _errorMessage, resourceType: _resourceType, resourceName: _resourceName };
}

function writeAlterConfigsResourceResponse(w: Writer, v: number, o: Input<AlterConfigsResourceResponse>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  w.int8((o.resourceType === undefined ? 0 : o.resourceType));
  w.string((o.resourceName === undefined ? "" : o.resourceName) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterConfigsResponse of version `v`. */
export function decodeAlterConfigsResponse(r: Reader, v: number): AlterConfigsResponse {
  return readAlterConfigsResponse(r, v);
}

/** Encodes a AlterConfigsResponse of version `v`; missing fields take their defaults. */
export function encodeAlterConfigsResponse(w: Writer, v: number, o: Input<AlterConfigsResponse>): void {
  writeAlterConfigsResponse(w, v, o);
}
