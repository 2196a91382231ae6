// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** WriteShareGroupStateResponse: versions and flexible versions. */
export const WriteShareGroupStateResponseMeta = { name: 'WriteShareGroupStateResponse', apiKey: 85, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** WriteShareGroupStateResponse (generated from WriteShareGroupStateResponse.json). */
export interface WriteShareGroupStateResponse {
  results: WriteStateResult[];
}

/** A WriteShareGroupStateResponse with every field at its schema default. */
export function defaultWriteShareGroupStateResponse(): WriteShareGroupStateResponse {
  return {
    results: [],
  };
}

function readWriteShareGroupStateResponse(r: Reader, v: number): WriteShareGroupStateResponse {
  const flex = true;
  let _results: WriteStateResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: WriteStateResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readWriteStateResult(r, v);
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

function writeWriteShareGroupStateResponse(w: Writer, v: number, o: Input<WriteShareGroupStateResponse>): void {
  const flex = true;
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeWriteStateResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** WriteStateResult (generated from WriteShareGroupStateResponse.json). */
export interface WriteStateResult {
  topicId: string;
  partitions: PartitionResult[];
}

/** A WriteStateResult with every field at its schema default. */
export function defaultWriteStateResult(): WriteStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readWriteStateResult(r: Reader, v: number): WriteStateResult {
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

function writeWriteStateResult(w: Writer, v: number, o: Input<WriteStateResult>): void {
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

/** PartitionResult (generated from WriteShareGroupStateResponse.json). */
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

/** Decodes a WriteShareGroupStateResponse of version `v`. */
export function decodeWriteShareGroupStateResponse(r: Reader, v: number): WriteShareGroupStateResponse {
  return readWriteShareGroupStateResponse(r, v);
}

/** Encodes a WriteShareGroupStateResponse of version `v`; missing fields take their defaults. */
export function encodeWriteShareGroupStateResponse(w: Writer, v: number, o: Input<WriteShareGroupStateResponse>): void {
  writeWriteShareGroupStateResponse(w, v, o);
}
