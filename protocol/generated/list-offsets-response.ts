// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** ListOffsetsResponse: versions and flexible versions. */
export const ListOffsetsResponseMeta = { name: 'ListOffsetsResponse', apiKey: 2, minVersion: 0, maxVersion: 10, flexibleMin: 6 } as const;

/** ListOffsetsResponse (generated from ListOffsetsResponse.json). */
export interface ListOffsetsResponse {
  throttleTimeMs: number;
  topics: ListOffsetsTopicResponse[];
}

/** A ListOffsetsResponse with every field at its schema default. */
export function defaultListOffsetsResponse(): ListOffsetsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

function readListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  const flex = v >= 6;
  let _throttleTimeMs: number = 0;
  if (v >= 2) {
    _throttleTimeMs = r.int32();
  }
  let _topics: ListOffsetsTopicResponse[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: ListOffsetsTopicResponse[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readListOffsetsTopicResponse(r, v);
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

function writeListOffsetsResponse(w: Writer, v: number, o: Input<ListOffsetsResponse>): void {
  const flex = v >= 6;
  if (v >= 2) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeListOffsetsTopicResponse(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ListOffsetsTopicResponse (generated from ListOffsetsResponse.json). */
export interface ListOffsetsTopicResponse {
  name: string;
  partitions: ListOffsetsPartitionResponse[];
}

/** A ListOffsetsTopicResponse with every field at its schema default. */
export function defaultListOffsetsTopicResponse(): ListOffsetsTopicResponse {
  return {
    name: "",
    partitions: [],
  };
}

function readListOffsetsTopicResponse(r: Reader, v: number): ListOffsetsTopicResponse {
  const flex = v >= 6;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: ListOffsetsPartitionResponse[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: ListOffsetsPartitionResponse[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readListOffsetsPartitionResponse(r, v);
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

function writeListOffsetsTopicResponse(w: Writer, v: number, o: Input<ListOffsetsTopicResponse>): void {
  const flex = v >= 6;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeListOffsetsPartitionResponse(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ListOffsetsPartitionResponse (generated from ListOffsetsResponse.json). */
export interface ListOffsetsPartitionResponse {
  partitionIndex: number;
  errorCode: ErrorCode;
  oldStyleOffsets: number[];
  timestamp: number;
  offset: number;
  leaderEpoch: number;
}

/** A ListOffsetsPartitionResponse with every field at its schema default. */
export function defaultListOffsetsPartitionResponse(): ListOffsetsPartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    oldStyleOffsets: [],
    timestamp: -1,
    offset: -1,
    leaderEpoch: -1,
  };
}

function readListOffsetsPartitionResponse(r: Reader, v: number): ListOffsetsPartitionResponse {
  const flex = v >= 6;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _oldStyleOffsets: number[] = [];
  if (v <= 0) {
    const n6 = r.arrayLength(flex);
    if (n6 < 0) _oldStyleOffsets = [];
    else {
      const a7: number[] = new Array(n6);
      for (let i = 0; i < n6; i++) a7[i] = r.int64();
      _oldStyleOffsets = a7;
    }
  }
  let _timestamp: number = -1;
  if (v >= 1) {
    _timestamp = r.int64();
  }
  let _offset: number = -1;
  if (v >= 1) {
    _offset = r.int64();
  }
  let _leaderEpoch: number = -1;
  if (v >= 4) {
    _leaderEpoch = r.int32();
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
  return { partitionIndex: _partitionIndex, errorCode: _errorCode, oldStyleOffsets: _oldStyleOffsets, timestamp: _timestamp, offset: _offset, leaderEpoch: _leaderEpoch };
}

function writeListOffsetsPartitionResponse(w: Writer, v: number, o: Input<ListOffsetsPartitionResponse>): void {
  const flex = v >= 6;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v <= 0) {
    const a8 = (o.oldStyleOffsets === undefined ? [] : o.oldStyleOffsets);
    if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a8.length, flex);
      for (let i = 0; i < a8.length; i++) w.int64(a8[i]);
    }
  } else {
    if (o.oldStyleOffsets !== undefined && o.oldStyleOffsets !== null && o.oldStyleOffsets.length > 0) throw new UnsupportedVersionError('ListOffsetsResponse', 'ListOffsetsPartitionResponse.oldStyleOffsets', v, '0');
  }
  if (v >= 1) {
    w.int64((o.timestamp === undefined ? -1 : o.timestamp));
  } else {
    if (o.timestamp !== undefined && o.timestamp !== -1) throw new UnsupportedVersionError('ListOffsetsResponse', 'ListOffsetsPartitionResponse.timestamp', v, '1+');
  }
  if (v >= 1) {
    w.int64((o.offset === undefined ? -1 : o.offset));
  } else {
    if (o.offset !== undefined && o.offset !== -1) throw new UnsupportedVersionError('ListOffsetsResponse', 'ListOffsetsPartitionResponse.offset', v, '1+');
  }
  if (v >= 4) {
    w.int32((o.leaderEpoch === undefined ? -1 : o.leaderEpoch));
  } else {
    if (o.leaderEpoch !== undefined && o.leaderEpoch !== -1) throw new UnsupportedVersionError('ListOffsetsResponse', 'ListOffsetsPartitionResponse.leaderEpoch', v, '4+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListOffsetsResponse of version `v`. */
export function decodeListOffsetsResponse(r: Reader, v: number): ListOffsetsResponse {
  return readListOffsetsResponse(r, v);
}

/** Encodes a ListOffsetsResponse of version `v`; missing fields take their defaults. */
export function encodeListOffsetsResponse(w: Writer, v: number, o: Input<ListOffsetsResponse>): void {
  writeListOffsetsResponse(w, v, o);
}
