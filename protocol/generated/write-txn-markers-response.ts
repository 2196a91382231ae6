// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** WriteTxnMarkersResponse: versions and flexible versions. */
export const WriteTxnMarkersResponseMeta = { name: 'WriteTxnMarkersResponse', apiKey: 27, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** WriteTxnMarkersResponse (generated from WriteTxnMarkersResponse.json). */
export interface WriteTxnMarkersResponse {
  markers: WritableTxnMarkerResult[];
}

/** A WriteTxnMarkersResponse with every field at its schema default. */
export function defaultWriteTxnMarkersResponse(): WriteTxnMarkersResponse {
  return {
    markers: [],
  };
}

function readWriteTxnMarkersResponse(r: Reader, v: number): WriteTxnMarkersResponse {
  const flex = v >= 1;
  let _markers: WritableTxnMarkerResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _markers = [];
  else {
    const a1: WritableTxnMarkerResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readWritableTxnMarkerResult(r, v);
    _markers = a1;
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
  return { markers: _markers };
}

function writeWriteTxnMarkersResponse(w: Writer, v: number, o: Input<WriteTxnMarkersResponse>): void {
  const flex = v >= 1;
  const a2 = (o.markers === undefined ? [] : o.markers);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeWritableTxnMarkerResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** WritableTxnMarkerResult (generated from WriteTxnMarkersResponse.json). */
export interface WritableTxnMarkerResult {
  producerId: number;
  topics: WritableTxnMarkerTopicResult[];
}

/** A WritableTxnMarkerResult with every field at its schema default. */
export function defaultWritableTxnMarkerResult(): WritableTxnMarkerResult {
  return {
    producerId: 0,
    topics: [],
  };
}

function readWritableTxnMarkerResult(r: Reader, v: number): WritableTxnMarkerResult {
  const flex = v >= 1;
  let _producerId: number = 0;
  _producerId = r.int64();
  let _topics: WritableTxnMarkerTopicResult[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _topics = [];
  else {
    const a4: WritableTxnMarkerTopicResult[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readWritableTxnMarkerTopicResult(r, v);
    _topics = a4;
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
  return { producerId: _producerId, topics: _topics };
}

function writeWritableTxnMarkerResult(w: Writer, v: number, o: Input<WritableTxnMarkerResult>): void {
  const flex = v >= 1;
  w.int64((o.producerId === undefined ? 0 : o.producerId));
  const a5 = (o.topics === undefined ? [] : o.topics);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeWritableTxnMarkerTopicResult(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** WritableTxnMarkerTopicResult (generated from WriteTxnMarkersResponse.json). */
export interface WritableTxnMarkerTopicResult {
  name: string;
  partitions: WritableTxnMarkerPartitionResult[];
}

/** A WritableTxnMarkerTopicResult with every field at its schema default. */
export function defaultWritableTxnMarkerTopicResult(): WritableTxnMarkerTopicResult {
  return {
    name: "",
    partitions: [],
  };
}

function readWritableTxnMarkerTopicResult(r: Reader, v: number): WritableTxnMarkerTopicResult {
  const flex = v >= 1;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: WritableTxnMarkerPartitionResult[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: WritableTxnMarkerPartitionResult[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readWritableTxnMarkerPartitionResult(r, v);
    _partitions = a7;
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

function writeWritableTxnMarkerTopicResult(w: Writer, v: number, o: Input<WritableTxnMarkerTopicResult>): void {
  const flex = v >= 1;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeWritableTxnMarkerPartitionResult(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** WritableTxnMarkerPartitionResult (generated from WriteTxnMarkersResponse.json). */
export interface WritableTxnMarkerPartitionResult {
  partitionIndex: number;
  errorCode: ErrorCode;
}

/** A WritableTxnMarkerPartitionResult with every field at its schema default. */
export function defaultWritableTxnMarkerPartitionResult(): WritableTxnMarkerPartitionResult {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readWritableTxnMarkerPartitionResult(r: Reader, v: number): WritableTxnMarkerPartitionResult {
  const flex = v >= 1;
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

function writeWritableTxnMarkerPartitionResult(w: Writer, v: number, o: Input<WritableTxnMarkerPartitionResult>): void {
  const flex = v >= 1;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a WriteTxnMarkersResponse of version `v`. */
export function decodeWriteTxnMarkersResponse(r: Reader, v: number): WriteTxnMarkersResponse {
  return readWriteTxnMarkersResponse(r, v);
}

/** Encodes a WriteTxnMarkersResponse of version `v`; missing fields take their defaults. */
export function encodeWriteTxnMarkersResponse(w: Writer, v: number, o: Input<WriteTxnMarkersResponse>): void {
  writeWriteTxnMarkersResponse(w, v, o);
}
