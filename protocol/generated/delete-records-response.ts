// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DeleteRecordsResponse: versions and flexible versions. */
export const DeleteRecordsResponseMeta = { name: 'DeleteRecordsResponse', apiKey: 21, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** DeleteRecordsResponse (generated from DeleteRecordsResponse.json). */
export interface DeleteRecordsResponse {
  throttleTimeMs: number;
  topics: DeleteRecordsTopicResult[];
}

/** A DeleteRecordsResponse with every field at its schema default. */
export function defaultDeleteRecordsResponse(): DeleteRecordsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

function readDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _topics: DeleteRecordsTopicResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: DeleteRecordsTopicResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDeleteRecordsTopicResult(r, v);
    _topics = a1;
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
  return { throttleTimeMs: _throttleTimeMs, topics: _topics };
}

function writeDeleteRecordsResponse(w: Writer, v: number, o: Input<DeleteRecordsResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDeleteRecordsTopicResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteRecordsTopicResult (generated from DeleteRecordsResponse.json). */
export interface DeleteRecordsTopicResult {
  name: string;
  partitions: DeleteRecordsPartitionResult[];
}

/** A DeleteRecordsTopicResult with every field at its schema default. */
export function defaultDeleteRecordsTopicResult(): DeleteRecordsTopicResult {
  return {
    name: "",
    partitions: [],
  };
}

function readDeleteRecordsTopicResult(r: Reader, v: number): DeleteRecordsTopicResult {
  const flex = v >= 2;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: DeleteRecordsPartitionResult[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: DeleteRecordsPartitionResult[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readDeleteRecordsPartitionResult(r, v);
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
  return { name: _name, partitions: _partitions };
}

function writeDeleteRecordsTopicResult(w: Writer, v: number, o: Input<DeleteRecordsTopicResult>): void {
  const flex = v >= 2;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeDeleteRecordsPartitionResult(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteRecordsPartitionResult (generated from DeleteRecordsResponse.json). */
export interface DeleteRecordsPartitionResult {
  partitionIndex: number;
  lowWatermark: number;
  errorCode: ErrorCode;
}

/** A DeleteRecordsPartitionResult with every field at its schema default. */
export function defaultDeleteRecordsPartitionResult(): DeleteRecordsPartitionResult {
  return {
    partitionIndex: 0,
    lowWatermark: 0,
    errorCode: 0,
  };
}

function readDeleteRecordsPartitionResult(r: Reader, v: number): DeleteRecordsPartitionResult {
  const flex = v >= 2;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _lowWatermark: number = 0;
  _lowWatermark = r.int64();
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
  return { partitionIndex: _partitionIndex, lowWatermark: _lowWatermark, errorCode: _errorCode };
}

function writeDeleteRecordsPartitionResult(w: Writer, v: number, o: Input<DeleteRecordsPartitionResult>): void {
  const flex = v >= 2;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int64((o.lowWatermark === undefined ? 0 : o.lowWatermark));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteRecordsResponse of version `v`. */
export function decodeDeleteRecordsResponse(r: Reader, v: number): DeleteRecordsResponse {
  return readDeleteRecordsResponse(r, v);
}

/** Encodes a DeleteRecordsResponse of version `v`; missing fields take their defaults. */
export function encodeDeleteRecordsResponse(w: Writer, v: number, o: Input<DeleteRecordsResponse>): void {
  writeDeleteRecordsResponse(w, v, o);
}
