// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AlterReplicaLogDirsResponse: versions and flexible versions. */
export const AlterReplicaLogDirsResponseMeta = { name: 'AlterReplicaLogDirsResponse', apiKey: 34, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** AlterReplicaLogDirsResponse (generated from AlterReplicaLogDirsResponse.json). */
export interface AlterReplicaLogDirsResponse {
  throttleTimeMs: number;
  results: AlterReplicaLogDirTopicResult[];
}

/** A AlterReplicaLogDirsResponse with every field at its schema default. */
export function defaultAlterReplicaLogDirsResponse(): AlterReplicaLogDirsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

function readAlterReplicaLogDirsResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _results: AlterReplicaLogDirTopicResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: AlterReplicaLogDirTopicResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readAlterReplicaLogDirTopicResult(r, v);
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

function writeAlterReplicaLogDirsResponse(w: Writer, v: number, o: Input<AlterReplicaLogDirsResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeAlterReplicaLogDirTopicResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AlterReplicaLogDirTopicResult (generated from AlterReplicaLogDirsResponse.json). */
export interface AlterReplicaLogDirTopicResult {
  topicName: string;
  partitions: AlterReplicaLogDirPartitionResult[];
}

/** A AlterReplicaLogDirTopicResult with every field at its schema default. */
export function defaultAlterReplicaLogDirTopicResult(): AlterReplicaLogDirTopicResult {
  return {
    topicName: "",
    partitions: [],
  };
}

function readAlterReplicaLogDirTopicResult(r: Reader, v: number): AlterReplicaLogDirTopicResult {
  const flex = v >= 2;
  let _topicName: string = "";
  _topicName = r.string(flex);
  let _partitions: AlterReplicaLogDirPartitionResult[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: AlterReplicaLogDirPartitionResult[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readAlterReplicaLogDirPartitionResult(r, v);
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
  return { topicName: _topicName, partitions: _partitions };
}

function writeAlterReplicaLogDirTopicResult(w: Writer, v: number, o: Input<AlterReplicaLogDirTopicResult>): void {
  const flex = v >= 2;
  w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeAlterReplicaLogDirPartitionResult(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AlterReplicaLogDirPartitionResult (generated from AlterReplicaLogDirsResponse.json). */
export interface AlterReplicaLogDirPartitionResult {
  partitionIndex: number;
  errorCode: ErrorCode;
}

/** A AlterReplicaLogDirPartitionResult with every field at its schema default. */
export function defaultAlterReplicaLogDirPartitionResult(): AlterReplicaLogDirPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readAlterReplicaLogDirPartitionResult(r: Reader, v: number): AlterReplicaLogDirPartitionResult {
  const flex = v >= 2;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
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
  return { partitionIndex: _partitionIndex, errorCode: _errorCode };
}

function writeAlterReplicaLogDirPartitionResult(w: Writer, v: number, o: Input<AlterReplicaLogDirPartitionResult>): void {
  const flex = v >= 2;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterReplicaLogDirsResponse of version `v`. */
export function decodeAlterReplicaLogDirsResponse(r: Reader, v: number): AlterReplicaLogDirsResponse {
  return readAlterReplicaLogDirsResponse(r, v);
}

/** Encodes a AlterReplicaLogDirsResponse of version `v`; missing fields take their defaults. */
export function encodeAlterReplicaLogDirsResponse(w: Writer, v: number, o: Input<AlterReplicaLogDirsResponse>): void {
  writeAlterReplicaLogDirsResponse(w, v, o);
}
