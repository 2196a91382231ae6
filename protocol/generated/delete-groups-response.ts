// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DeleteGroupsResponse: versions and flexible versions. */
export const DeleteGroupsResponseMeta = { name: 'DeleteGroupsResponse', apiKey: 42, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** DeleteGroupsResponse (generated from DeleteGroupsResponse.json). */
export interface DeleteGroupsResponse {
  throttleTimeMs: number;
  results: DeletableGroupResult[];
}

/** A DeleteGroupsResponse with every field at its schema default. */
export function defaultDeleteGroupsResponse(): DeleteGroupsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

function readDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _results: DeletableGroupResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: DeletableGroupResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDeletableGroupResult(r, v);
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

function writeDeleteGroupsResponse(w: Writer, v: number, o: Input<DeleteGroupsResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDeletableGroupResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeletableGroupResult (generated from DeleteGroupsResponse.json). */
export interface DeletableGroupResult {
  groupId: string;
  errorCode: ErrorCode;
}

/** A DeletableGroupResult with every field at its schema default. */
export function defaultDeletableGroupResult(): DeletableGroupResult {
  return {
    groupId: "",
    errorCode: 0,
  };
}

function readDeletableGroupResult(r: Reader, v: number): DeletableGroupResult {
  const flex = v >= 2;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { groupId: _groupId, errorCode: _errorCode };
}

function writeDeletableGroupResult(w: Writer, v: number, o: Input<DeletableGroupResult>): void {
  const flex = v >= 2;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteGroupsResponse of version `v`. */
export function decodeDeleteGroupsResponse(r: Reader, v: number): DeleteGroupsResponse {
  return readDeleteGroupsResponse(r, v);
}

/** Encodes a DeleteGroupsResponse of version `v`; missing fields take their defaults. */
export function encodeDeleteGroupsResponse(w: Writer, v: number, o: Input<DeleteGroupsResponse>): void {
  writeDeleteGroupsResponse(w, v, o);
}
