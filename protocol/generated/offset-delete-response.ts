// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** OffsetDeleteResponse: versions and flexible versions. */
export const OffsetDeleteResponseMeta = { name: 'OffsetDeleteResponse', apiKey: 47, minVersion: 0, maxVersion: 0, flexibleMin: -1 } as const;

/** OffsetDeleteResponse (generated from OffsetDeleteResponse.json). */
export interface OffsetDeleteResponse {
  errorCode: ErrorCode;
  throttleTimeMs: number;
  topics: OffsetDeleteResponseTopic[];
}

/** A OffsetDeleteResponse with every field at its schema default. */
export function defaultOffsetDeleteResponse(): OffsetDeleteResponse {
  return {
    errorCode: 0,
    throttleTimeMs: 0,
    topics: [],
  };
}

function readOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  const flex = false;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _topics: OffsetDeleteResponseTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: OffsetDeleteResponseTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readOffsetDeleteResponseTopic(r, v);
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
  return { errorCode: _errorCode, throttleTimeMs: _throttleTimeMs, topics: _topics };
}

function writeOffsetDeleteResponse(w: Writer, v: number, o: Input<OffsetDeleteResponse>): void {
  const flex = false;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeOffsetDeleteResponseTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetDeleteResponseTopic (generated from OffsetDeleteResponse.json). */
export interface OffsetDeleteResponseTopic {
  name: string;
  partitions: OffsetDeleteResponsePartition[];
}

/** A OffsetDeleteResponseTopic with every field at its schema default. */
export function defaultOffsetDeleteResponseTopic(): OffsetDeleteResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readOffsetDeleteResponseTopic(r: Reader, v: number): OffsetDeleteResponseTopic {
  const flex = false;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: OffsetDeleteResponsePartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: OffsetDeleteResponsePartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readOffsetDeleteResponsePartition(r, v);
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

function writeOffsetDeleteResponseTopic(w: Writer, v: number, o: Input<OffsetDeleteResponseTopic>): void {
  const flex = false;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeOffsetDeleteResponsePartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetDeleteResponsePartition (generated from OffsetDeleteResponse.json). */
export interface OffsetDeleteResponsePartition {
  partitionIndex: number;
  errorCode: ErrorCode;
}

/** A OffsetDeleteResponsePartition with every field at its schema default. */
export function defaultOffsetDeleteResponsePartition(): OffsetDeleteResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readOffsetDeleteResponsePartition(r: Reader, v: number): OffsetDeleteResponsePartition {
  const flex = false;
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

function writeOffsetDeleteResponsePartition(w: Writer, v: number, o: Input<OffsetDeleteResponsePartition>): void {
  const flex = false;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a OffsetDeleteResponse of version `v`. */
export function decodeOffsetDeleteResponse(r: Reader, v: number): OffsetDeleteResponse {
  return readOffsetDeleteResponse(r, v);
}

/** Encodes a OffsetDeleteResponse of version `v`; missing fields take their defaults. */
export function encodeOffsetDeleteResponse(w: Writer, v: number, o: Input<OffsetDeleteResponse>): void {
  writeOffsetDeleteResponse(w, v, o);
}
