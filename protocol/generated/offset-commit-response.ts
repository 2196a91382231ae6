// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** OffsetCommitResponse: versions and flexible versions. */
export const OffsetCommitResponseMeta = { name: 'OffsetCommitResponse', apiKey: 8, minVersion: 0, maxVersion: 9, flexibleMin: 8 } as const;

/** OffsetCommitResponse (generated from OffsetCommitResponse.json). */
export interface OffsetCommitResponse {
  throttleTimeMs: number;
  topics: OffsetCommitResponseTopic[];
}

/** A OffsetCommitResponse with every field at its schema default. */
export function defaultOffsetCommitResponse(): OffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

function readOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  const flex = v >= 8;
  let _throttleTimeMs: number = 0;
  if (v >= 3) {
    _throttleTimeMs = r.int32();
  }
  let _topics: OffsetCommitResponseTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: OffsetCommitResponseTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readOffsetCommitResponseTopic(r, v);
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

function writeOffsetCommitResponse(w: Writer, v: number, o: Input<OffsetCommitResponse>): void {
  const flex = v >= 8;
  if (v >= 3) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeOffsetCommitResponseTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetCommitResponseTopic (generated from OffsetCommitResponse.json). */
export interface OffsetCommitResponseTopic {
  name: string;
  partitions: OffsetCommitResponsePartition[];
}

/** A OffsetCommitResponseTopic with every field at its schema default. */
export function defaultOffsetCommitResponseTopic(): OffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readOffsetCommitResponseTopic(r: Reader, v: number): OffsetCommitResponseTopic {
  const flex = v >= 8;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: OffsetCommitResponsePartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: OffsetCommitResponsePartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readOffsetCommitResponsePartition(r, v);
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

function writeOffsetCommitResponseTopic(w: Writer, v: number, o: Input<OffsetCommitResponseTopic>): void {
  const flex = v >= 8;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeOffsetCommitResponsePartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetCommitResponsePartition (generated from OffsetCommitResponse.json). */
export interface OffsetCommitResponsePartition {
  partitionIndex: number;
  errorCode: ErrorCode;
}

/** A OffsetCommitResponsePartition with every field at its schema default. */
export function defaultOffsetCommitResponsePartition(): OffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readOffsetCommitResponsePartition(r: Reader, v: number): OffsetCommitResponsePartition {
  const flex = v >= 8;
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

function writeOffsetCommitResponsePartition(w: Writer, v: number, o: Input<OffsetCommitResponsePartition>): void {
  const flex = v >= 8;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a OffsetCommitResponse of version `v`. */
export function decodeOffsetCommitResponse(r: Reader, v: number): OffsetCommitResponse {
  return readOffsetCommitResponse(r, v);
}

/** Encodes a OffsetCommitResponse of version `v`; missing fields take their defaults. */
export function encodeOffsetCommitResponse(w: Writer, v: number, o: Input<OffsetCommitResponse>): void {
  writeOffsetCommitResponse(w, v, o);
}
