// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DeleteShareGroupStateResponse: versions and flexible versions. */
export const DeleteShareGroupStateResponseMeta = { name: 'DeleteShareGroupStateResponse', apiKey: 86, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DeleteShareGroupStateResponse (generated from DeleteShareGroupStateResponse.json). */
export interface DeleteShareGroupStateResponse {
  results: DeleteStateResult[];
}

/** A DeleteShareGroupStateResponse with every field at its schema default. */
export function defaultDeleteShareGroupStateResponse(): DeleteShareGroupStateResponse {
  return {
    results: [],
  };
}

function readDeleteShareGroupStateResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
  const flex = true;
  let _results: DeleteStateResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: DeleteStateResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDeleteStateResult(r, v);
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
  return { results: _results };
}

function writeDeleteShareGroupStateResponse(w: Writer, v: number, o: Input<DeleteShareGroupStateResponse>): void {
  const flex = true;
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDeleteStateResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteStateResult (generated from DeleteShareGroupStateResponse.json). */
export interface DeleteStateResult {
  topicId: string;
  partitions: PartitionResult[];
}

/** A DeleteStateResult with every field at its schema default. */
export function defaultDeleteStateResult(): DeleteStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readDeleteStateResult(r: Reader, v: number): DeleteStateResult {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
  let _partitions: PartitionResult[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: PartitionResult[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readPartitionResult(r, v);
    _partitions = a4;
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
  return { topicId: _topicId, partitions: _partitions };
}

function writeDeleteStateResult(w: Writer, v: number, o: Input<DeleteStateResult>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writePartitionResult(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionResult (generated from DeleteShareGroupStateResponse.json). */
export interface PartitionResult {
  partition: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A PartitionResult with every field at its schema default. */
export function defaultPartitionResult(): PartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
  };
}

function readPartitionResult(r: Reader, v: number): PartitionResult {
  const flex = true;
  let _partition: number = 0;
  _partition = r.int32();
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
  return { partition: _partition, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writePartitionResult(w: Writer, v: number, o: Input<PartitionResult>): void {
  const flex = true;
  w.int32((o.partition === undefined ? 0 : o.partition));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteShareGroupStateResponse of version `v`. */
export function decodeDeleteShareGroupStateResponse(r: Reader, v: number): DeleteShareGroupStateResponse {
  return readDeleteShareGroupStateResponse(r, v);
}

/** Encodes a DeleteShareGroupStateResponse of version `v`; missing fields take their defaults. */
export function encodeDeleteShareGroupStateResponse(w: Writer, v: number, o: Input<DeleteShareGroupStateResponse>): void {
  writeDeleteShareGroupStateResponse(w, v, o);
}
