// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** CreatePartitionsResponse: versions and flexible versions. */
export const CreatePartitionsResponseMeta = { name: 'CreatePartitionsResponse', apiKey: 37, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** CreatePartitionsResponse (generated from CreatePartitionsResponse.json). */
export interface CreatePartitionsResponse {
  throttleTimeMs: number;
  results: CreatePartitionsTopicResult[];
}

/** A CreatePartitionsResponse with every field at its schema default. */
export function defaultCreatePartitionsResponse(): CreatePartitionsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

function readCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _results: CreatePartitionsTopicResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: CreatePartitionsTopicResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readCreatePartitionsTopicResult(r, v);
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

function writeCreatePartitionsResponse(w: Writer, v: number, o: Input<CreatePartitionsResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeCreatePartitionsTopicResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** CreatePartitionsTopicResult (generated from CreatePartitionsResponse.json). */
export interface CreatePartitionsTopicResult {
  name: string;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A CreatePartitionsTopicResult with every field at its schema default. */
export function defaultCreatePartitionsTopicResult(): CreatePartitionsTopicResult {
  return {
    name: "",
    errorCode: 0,
    errorMessage: null,
  };
}

function readCreatePartitionsTopicResult(r: Reader, v: number): CreatePartitionsTopicResult {
  const flex = v >= 2;
  let _name: string = "";
  _name = r.string(flex);
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
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
  return { name: _name, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writeCreatePartitionsTopicResult(w: Writer, v: number, o: Input<CreatePartitionsTopicResult>): void {
  const flex = v >= 2;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a CreatePartitionsResponse of version `v`. */
export function decodeCreatePartitionsResponse(r: Reader, v: number): CreatePartitionsResponse {
  return readCreatePartitionsResponse(r, v);
}

/** Encodes a CreatePartitionsResponse of version `v`; missing fields take their defaults. */
export function encodeCreatePartitionsResponse(w: Writer, v: number, o: Input<CreatePartitionsResponse>): void {
  writeCreatePartitionsResponse(w, v, o);
}
