// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** IncrementalAlterConfigsResponse: versions and flexible versions. */
export const IncrementalAlterConfigsResponseMeta = { name: 'IncrementalAlterConfigsResponse', apiKey: 44, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** IncrementalAlterConfigsResponse (generated from IncrementalAlterConfigsResponse.json). */
export interface IncrementalAlterConfigsResponse {
  throttleTimeMs: number;
  responses: AlterConfigsResourceResponse[];
}

/** A IncrementalAlterConfigsResponse with every field at its schema default. */
export function defaultIncrementalAlterConfigsResponse(): IncrementalAlterConfigsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

function readIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  const flex = v >= 1;
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

function writeIncrementalAlterConfigsResponse(w: Writer, v: number, o: Input<IncrementalAlterConfigsResponse>): void {
  const flex = v >= 1;
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

/** AlterConfigsResourceResponse (generated from IncrementalAlterConfigsResponse.json). */
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
  const flex = v >= 1;
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
  const flex = v >= 1;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  w.int8((o.resourceType === undefined ? 0 : o.resourceType));
  w.string((o.resourceName === undefined ? "" : o.resourceName) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a IncrementalAlterConfigsResponse of version `v`. */
export function decodeIncrementalAlterConfigsResponse(r: Reader, v: number): IncrementalAlterConfigsResponse {
  return readIncrementalAlterConfigsResponse(r, v);
}

/** Encodes a IncrementalAlterConfigsResponse of version `v`; missing fields take their defaults. */
export function encodeIncrementalAlterConfigsResponse(w: Writer, v: number, o: Input<IncrementalAlterConfigsResponse>): void {
  writeIncrementalAlterConfigsResponse(w, v, o);
}
