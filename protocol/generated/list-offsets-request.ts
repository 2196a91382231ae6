// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** ListOffsetsRequest: versions and flexible versions. */
export const ListOffsetsRequestMeta = { name: 'ListOffsetsRequest', apiKey: 2, minVersion: 0, maxVersion: 10, flexibleMin: 6 } as const;

/** ListOffsetsRequest (generated from ListOffsetsRequest.json). */
export interface ListOffsetsRequest {
  replicaId: number;
  isolationLevel: number;
  topics: ListOffsetsTopic[];
  timeoutMs: number;
}

/** A ListOffsetsRequest with every field at its schema default. */
export function defaultListOffsetsRequest(): ListOffsetsRequest {
  return {
    replicaId: 0,
    isolationLevel: 0,
    topics: [],
    timeoutMs: 0,
  };
}

function readListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  const flex = v >= 6;
  let _replicaId: number = 0;
  _replicaId = r.int32();
  let _isolationLevel: number = 0;
  if (v >= 2) {
    _isolationLevel = r.int8();
  }
  let _topics: ListOffsetsTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: ListOffsetsTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readListOffsetsTopic(r, v);
    _topics = a1;
  }
  let _timeoutMs: number = 0;
  if (v >= 10) {
    _timeoutMs = r.int32();
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
  return { replicaId: _replicaId, isolationLevel: _isolationLevel, topics: _topics, timeoutMs: _timeoutMs };
}

function writeListOffsetsRequest(w: Writer, v: number, o: Input<ListOffsetsRequest>): void {
  const flex = v >= 6;
  w.int32((o.replicaId === undefined ? 0 : o.replicaId));
  if (v >= 2) {
    w.int8((o.isolationLevel === undefined ? 0 : o.isolationLevel));
  } else {
    if (o.isolationLevel !== undefined && o.isolationLevel !== 0) throw new UnsupportedVersionError('ListOffsetsRequest', 'ListOffsetsRequest.isolationLevel', v, '2+');
  }
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeListOffsetsTopic(w, v, a2[i]);
  }
  if (v >= 10) {
    w.int32((o.timeoutMs === undefined ? 0 : o.timeoutMs));
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ListOffsetsTopic (generated from ListOffsetsRequest.json). */
export interface ListOffsetsTopic {
  name: string;
  partitions: ListOffsetsPartition[];
}

/** A ListOffsetsTopic with every field at its schema default. */
export function defaultListOffsetsTopic(): ListOffsetsTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readListOffsetsTopic(r: Reader, v: number): ListOffsetsTopic {
  const flex = v >= 6;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: ListOffsetsPartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: ListOffsetsPartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readListOffsetsPartition(r, v);
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

function writeListOffsetsTopic(w: Writer, v: number, o: Input<ListOffsetsTopic>): void {
  const flex = v >= 6;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeListOffsetsPartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ListOffsetsPartition (generated from ListOffsetsRequest.json). */
export interface ListOffsetsPartition {
  partitionIndex: number;
  currentLeaderEpoch: number;
  timestamp: number;
  maxNumOffsets: number;
}

/** A ListOffsetsPartition with every field at its schema default. */
export function defaultListOffsetsPartition(): ListOffsetsPartition {
  return {
    partitionIndex: 0,
    currentLeaderEpoch: -1,
    timestamp: 0,
    maxNumOffsets: 1,
  };
}

function readListOffsetsPartition(r: Reader, v: number): ListOffsetsPartition {
  const flex = v >= 6;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _currentLeaderEpoch: number = -1;
  if (v >= 4) {
    _currentLeaderEpoch = r.int32();
  }
  let _timestamp: number = 0;
  _timestamp = r.int64();
  let _maxNumOffsets: number = 1;
  if (v <= 0) {
    _maxNumOffsets = r.int32();
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
  return { partitionIndex: _partitionIndex, currentLeaderEpoch: _currentLeaderEpoch, timestamp: _timestamp, maxNumOffsets: _maxNumOffsets };
}

function writeListOffsetsPartition(w: Writer, v: number, o: Input<ListOffsetsPartition>): void {
  const flex = v >= 6;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  if (v >= 4) {
    w.int32((o.currentLeaderEpoch === undefined ? -1 : o.currentLeaderEpoch));
  }
  w.int64((o.timestamp === undefined ? 0 : o.timestamp));
  if (v <= 0) {
    w.int32((o.maxNumOffsets === undefined ? 1 : o.maxNumOffsets));
  } else {
    if (o.maxNumOffsets !== undefined && o.maxNumOffsets !== 1) throw new UnsupportedVersionError('ListOffsetsRequest', 'ListOffsetsPartition.maxNumOffsets', v, '0');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListOffsetsRequest of version `v`. */
export function decodeListOffsetsRequest(r: Reader, v: number): ListOffsetsRequest {
  return readListOffsetsRequest(r, v);
}

/** Encodes a ListOffsetsRequest of version `v`; missing fields take their defaults. */
export function encodeListOffsetsRequest(w: Writer, v: number, o: Input<ListOffsetsRequest>): void {
  writeListOffsetsRequest(w, v, o);
}
