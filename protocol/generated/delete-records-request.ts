// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DeleteRecordsRequest: versions and flexible versions. */
export const DeleteRecordsRequestMeta = { name: 'DeleteRecordsRequest', apiKey: 21, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** DeleteRecordsRequest (generated from DeleteRecordsRequest.json). */
export interface DeleteRecordsRequest {
  topics: DeleteRecordsTopic[];
  timeoutMs: number;
}

/** A DeleteRecordsRequest with every field at its schema default. */
export function defaultDeleteRecordsRequest(): DeleteRecordsRequest {
  return {
    topics: [],
    timeoutMs: 0,
  };
}

function readDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  const flex = v >= 2;
  let _topics: DeleteRecordsTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: DeleteRecordsTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDeleteRecordsTopic(r, v);
    _topics = a1;
  }
  let _timeoutMs: number = 0;
  _timeoutMs = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { topics: _topics, timeoutMs: _timeoutMs };
}

function writeDeleteRecordsRequest(w: Writer, v: number, o: Input<DeleteRecordsRequest>): void {
  const flex = v >= 2;
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDeleteRecordsTopic(w, v, a2[i]);
  }
  w.int32((o.timeoutMs === undefined ? 0 : o.timeoutMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteRecordsTopic (generated from DeleteRecordsRequest.json). */
export interface DeleteRecordsTopic {
  name: string;
  partitions: DeleteRecordsPartition[];
}

/** A DeleteRecordsTopic with every field at its schema default. */
export function defaultDeleteRecordsTopic(): DeleteRecordsTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readDeleteRecordsTopic(r: Reader, v: number): DeleteRecordsTopic {
  const flex = v >= 2;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: DeleteRecordsPartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: DeleteRecordsPartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readDeleteRecordsPartition(r, v);
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

function writeDeleteRecordsTopic(w: Writer, v: number, o: Input<DeleteRecordsTopic>): void {
  const flex = v >= 2;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeDeleteRecordsPartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteRecordsPartition (generated from DeleteRecordsRequest.json). */
export interface DeleteRecordsPartition {
  partitionIndex: number;
  offset: number;
}

/** A DeleteRecordsPartition with every field at its schema default. */
export function defaultDeleteRecordsPartition(): DeleteRecordsPartition {
  return {
    partitionIndex: 0,
    offset: 0,
  };
}

function readDeleteRecordsPartition(r: Reader, v: number): DeleteRecordsPartition {
  const flex = v >= 2;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _offset: number = 0;
  _offset = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, offset: _offset };
}

function writeDeleteRecordsPartition(w: Writer, v: number, o: Input<DeleteRecordsPartition>): void {
  const flex = v >= 2;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int64((o.offset === undefined ? 0 : o.offset));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteRecordsRequest of version `v`. */
export function decodeDeleteRecordsRequest(r: Reader, v: number): DeleteRecordsRequest {
  return readDeleteRecordsRequest(r, v);
}

/** Encodes a DeleteRecordsRequest of version `v`; missing fields take their defaults. */
export function encodeDeleteRecordsRequest(w: Writer, v: number, o: Input<DeleteRecordsRequest>): void {
  writeDeleteRecordsRequest(w, v, o);
}
