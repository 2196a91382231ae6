// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DeleteTopicsResponse: versions and flexible versions. */
export const DeleteTopicsResponseMeta = { name: 'DeleteTopicsResponse', apiKey: 20, minVersion: 0, maxVersion: 6, flexibleMin: 4 } as const;

/** DeleteTopicsResponse (generated from DeleteTopicsResponse.json). */
export interface DeleteTopicsResponse {
  throttleTimeMs: number;
  responses: DeletableTopicResult[];
}

/** A DeleteTopicsResponse with every field at its schema default. */
export function defaultDeleteTopicsResponse(): DeleteTopicsResponse {
  return {
    throttleTimeMs: 0,
    responses: [],
  };
}

function readDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  const flex = v >= 4;
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
  }
  let _responses: DeletableTopicResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _responses = [];
  else {
    const a1: DeletableTopicResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDeletableTopicResult(r, v);
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

function writeDeleteTopicsResponse(w: Writer, v: number, o: Input<DeleteTopicsResponse>): void {
  const flex = v >= 4;
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  const a2 = (o.responses === undefined ? [] : o.responses);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDeletableTopicResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeletableTopicResult (generated from DeleteTopicsResponse.json). */
export interface DeletableTopicResult {
  name: string | null;
  topicId: string;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A DeletableTopicResult with every field at its schema default. */
export function defaultDeletableTopicResult(): DeletableTopicResult {
  return {
    name: "",
    topicId: ZERO_UUID,
    errorCode: 0,
    errorMessage: null,
  };
}

function readDeletableTopicResult(r: Reader, v: number): DeletableTopicResult {
  const flex = v >= 4;
  let _name: string | null = "";
  _name = (v >= 6 ? r.nullableString(flex) : r.string(flex));
  let _topicId: string = ZERO_UUID;
  if (v >= 6) {
    _topicId = r.uuid();
  }
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
  if (v >= 5) {
    _errorMessage = r.nullableString(flex);
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
  return { name: _name, topicId: _topicId, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writeDeletableTopicResult(w: Writer, v: number, o: Input<DeletableTopicResult>): void {
  const flex = v >= 4;
  if (v >= 6) w.nullableString((o.name === undefined ? "" : o.name), flex); else w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  if (v >= 6) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v >= 5) {
    w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteTopicsResponse of version `v`. */
export function decodeDeleteTopicsResponse(r: Reader, v: number): DeleteTopicsResponse {
  return readDeleteTopicsResponse(r, v);
}

/** Encodes a DeleteTopicsResponse of version `v`; missing fields take their defaults. */
export function encodeDeleteTopicsResponse(w: Writer, v: number, o: Input<DeleteTopicsResponse>): void {
  writeDeleteTopicsResponse(w, v, o);
}
