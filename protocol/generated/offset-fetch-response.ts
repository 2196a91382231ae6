// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** OffsetFetchResponse: versions and flexible versions. */
export const OffsetFetchResponseMeta = { name: 'OffsetFetchResponse', apiKey: 9, minVersion: 0, maxVersion: 9, flexibleMin: 6 } as const;

/** OffsetFetchResponse (generated from OffsetFetchResponse.json). */
export interface OffsetFetchResponse {
  throttleTimeMs: number;
  topics: OffsetFetchResponseTopic[];
  errorCode: ErrorCode;
  groups: OffsetFetchResponseGroup[];
}

/** A OffsetFetchResponse with every field at its schema default. */
export function defaultOffsetFetchResponse(): OffsetFetchResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    errorCode: 0,
    groups: [],
  };
}

function readOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  const flex = v >= 6;
  let _throttleTimeMs: number = 0;
  if (v >= 3) {
    _throttleTimeMs = r.int32();
  }
  let _topics: OffsetFetchResponseTopic[] = [];
  if (v <= 7) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _topics = [];
    else {
      const a1: OffsetFetchResponseTopic[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readOffsetFetchResponseTopic(r, v);
      _topics = a1;
    }
  }
  let _errorCode: ErrorCode = 0;
  if (v >= 2 && v <= 7) {
    _errorCode = r.int16() as ErrorCode;
  }
  let _groups: OffsetFetchResponseGroup[] = [];
  if (v >= 8) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _groups = [];
    else {
      const a3: OffsetFetchResponseGroup[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readOffsetFetchResponseGroup(r, v);
      _groups = a3;
    }
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
  return { throttleTimeMs: _throttleTimeMs, topics: _topics, errorCode: _errorCode, groups: _groups };
}

function writeOffsetFetchResponse(w: Writer, v: number, o: Input<OffsetFetchResponse>): void {
  const flex = v >= 6;
  if (v >= 3) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  if (v <= 7) {
    const a4 = (o.topics === undefined ? [] : o.topics);
    if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a4.length, flex);
      for (let i = 0; i < a4.length; i++) writeOffsetFetchResponseTopic(w, v, a4[i]);
    }
  } else {
    if (o.topics !== undefined && o.topics !== null && o.topics.length > 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponse.topics', v, '0-7');
  }
  if (v >= 2 && v <= 7) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  }
  if (v >= 8) {
    const a5 = (o.groups === undefined ? [] : o.groups);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeOffsetFetchResponseGroup(w, v, a5[i]);
    }
  } else {
    if (o.groups !== undefined && o.groups !== null && o.groups.length > 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponse.groups', v, '8+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetFetchResponseTopic (generated from OffsetFetchResponse.json). */
export interface OffsetFetchResponseTopic {
  name: string;
  partitions: OffsetFetchResponsePartition[];
}

/** A OffsetFetchResponseTopic with every field at its schema default. */
export function defaultOffsetFetchResponseTopic(): OffsetFetchResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readOffsetFetchResponseTopic(r: Reader, v: number): OffsetFetchResponseTopic {
  const flex = v >= 6;
  let _name: string = "";
  if (v <= 7) {
    _name = r.string(flex);
  }
  let _partitions: OffsetFetchResponsePartition[] = [];
  if (v <= 7) {
    const n6 = r.arrayLength(flex);
    if (n6 < 0) _partitions = [];
    else {
      const a7: OffsetFetchResponsePartition[] = new Array(n6);
      for (let i = 0; i < n6; i++) a7[i] = readOffsetFetchResponsePartition(r, v);
      _partitions = a7;
    }
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

function writeOffsetFetchResponseTopic(w: Writer, v: number, o: Input<OffsetFetchResponseTopic>): void {
  const flex = v >= 6;
  if (v <= 7) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponseTopic.name', v, '0-7');
  }
  if (v <= 7) {
    const a8 = (o.partitions === undefined ? [] : o.partitions);
    if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a8.length, flex);
      for (let i = 0; i < a8.length; i++) writeOffsetFetchResponsePartition(w, v, a8[i]);
    }
  } else {
    if (o.partitions !== undefined && o.partitions !== null && o.partitions.length > 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponseTopic.partitions', v, '0-7');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetFetchResponsePartition (generated from OffsetFetchResponse.json). */
export interface OffsetFetchResponsePartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch: number;
  metadata: string | null;
  errorCode: ErrorCode;
}

/** A OffsetFetchResponsePartition with every field at its schema default. */
export function defaultOffsetFetchResponsePartition(): OffsetFetchResponsePartition {
  return {
    partitionIndex: 0,
    committedOffset: 0,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
  };
}

function readOffsetFetchResponsePartition(r: Reader, v: number): OffsetFetchResponsePartition {
  const flex = v >= 6;
  let _partitionIndex: number = 0;
  if (v <= 7) {
    _partitionIndex = r.int32();
  }
  let _committedOffset: number = 0;
  if (v <= 7) {
    _committedOffset = r.int64();
  }
  let _committedLeaderEpoch: number = -1;
  if (v >= 5 && v <= 7) {
    _committedLeaderEpoch = r.int32();
  }
  let _metadata: string | null = "";
  if (v <= 7) {
    _metadata = r.nullableString(flex);
  }
  let _errorCode: ErrorCode = 0;
  if (v <= 7) {
    _errorCode = r.int16() as ErrorCode;
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
  return { partitionIndex: _partitionIndex, committedOffset: _committedOffset, committedLeaderEpoch: _committedLeaderEpoch, metadata: _metadata, errorCode: _errorCode };
}

function writeOffsetFetchResponsePartition(w: Writer, v: number, o: Input<OffsetFetchResponsePartition>): void {
  const flex = v >= 6;
  if (v <= 7) {
    w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  } else {
    if (o.partitionIndex !== undefined && o.partitionIndex !== 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponsePartition.partitionIndex', v, '0-7');
  }
  if (v <= 7) {
    w.int64((o.committedOffset === undefined ? 0 : o.committedOffset));
  } else {
    if (o.committedOffset !== undefined && o.committedOffset !== 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponsePartition.committedOffset', v, '0-7');
  }
  if (v >= 5 && v <= 7) {
    w.int32((o.committedLeaderEpoch === undefined ? -1 : o.committedLeaderEpoch));
  }
  if (v <= 7) {
    w.nullableString((o.metadata === undefined ? "" : o.metadata), flex);
  } else {
    if (o.metadata !== undefined && o.metadata !== "") throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponsePartition.metadata', v, '0-7');
  }
  if (v <= 7) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  } else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponsePartition.errorCode', v, '0-7');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetFetchResponseGroup (generated from OffsetFetchResponse.json). */
export interface OffsetFetchResponseGroup {
  groupId: string;
  topics: OffsetFetchResponseTopics[];
  errorCode: ErrorCode;
}

/** A OffsetFetchResponseGroup with every field at its schema default. */
export function defaultOffsetFetchResponseGroup(): OffsetFetchResponseGroup {
  return {
    groupId: "",
    topics: [],
    errorCode: 0,
  };
}

function readOffsetFetchResponseGroup(r: Reader, v: number): OffsetFetchResponseGroup {
  const flex = v >= 6;
  let _groupId: string = "";
  if (v >= 8) {
    _groupId = r.string(flex);
  }
  let _topics: OffsetFetchResponseTopics[] = [];
  if (v >= 8) {
    const n9 = r.arrayLength(flex);
    if (n9 < 0) _topics = [];
    else {
      const a10: OffsetFetchResponseTopics[] = new Array(n9);
      for (let i = 0; i < n9; i++) a10[i] = readOffsetFetchResponseTopics(r, v);
      _topics = a10;
    }
  }
  let _errorCode: ErrorCode = 0;
  if (v >= 8) {
    _errorCode = r.int16() as ErrorCode;
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
  return { groupId: _groupId, topics: _topics, errorCode: _errorCode };
}

function writeOffsetFetchResponseGroup(w: Writer, v: number, o: Input<OffsetFetchResponseGroup>): void {
  const flex = v >= 6;
  if (v >= 8) {
    w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  } else {
    if (o.groupId !== undefined && o.groupId !== "") throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponseGroup.groupId', v, '8+');
  }
  if (v >= 8) {
    const a11 = (o.topics === undefined ? [] : o.topics);
    if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a11.length, flex);
      for (let i = 0; i < a11.length; i++) writeOffsetFetchResponseTopics(w, v, a11[i]);
    }
  } else {
    if (o.topics !== undefined && o.topics !== null && o.topics.length > 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponseGroup.topics', v, '8+');
  }
  if (v >= 8) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  } else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponseGroup.errorCode', v, '8+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetFetchResponseTopics (generated from OffsetFetchResponse.json). */
export interface OffsetFetchResponseTopics {
  name: string;
  partitions: OffsetFetchResponsePartitions[];
}

/** A OffsetFetchResponseTopics with every field at its schema default. */
export function defaultOffsetFetchResponseTopics(): OffsetFetchResponseTopics {
  return {
    name: "",
    partitions: [],
  };
}

function readOffsetFetchResponseTopics(r: Reader, v: number): OffsetFetchResponseTopics {
  const flex = v >= 6;
  let _name: string = "";
  if (v >= 8) {
    _name = r.string(flex);
  }
  let _partitions: OffsetFetchResponsePartitions[] = [];
  if (v >= 8) {
    const n12 = r.arrayLength(flex);
    if (n12 < 0) _partitions = [];
    else {
      const a13: OffsetFetchResponsePartitions[] = new Array(n12);
      for (let i = 0; i < n12; i++) a13[i] = readOffsetFetchResponsePartitions(r, v);
      _partitions = a13;
    }
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

function writeOffsetFetchResponseTopics(w: Writer, v: number, o: Input<OffsetFetchResponseTopics>): void {
  const flex = v >= 6;
  if (v >= 8) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponseTopics.name', v, '8+');
  }
  if (v >= 8) {
    const a14 = (o.partitions === undefined ? [] : o.partitions);
    if (a14 === null || a14 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a14.length, flex);
      for (let i = 0; i < a14.length; i++) writeOffsetFetchResponsePartitions(w, v, a14[i]);
    }
  } else {
    if (o.partitions !== undefined && o.partitions !== null && o.partitions.length > 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponseTopics.partitions', v, '8+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetFetchResponsePartitions (generated from OffsetFetchResponse.json). */
export interface OffsetFetchResponsePartitions {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch: number;
  metadata: string | null;
  errorCode: ErrorCode;
}

/** A OffsetFetchResponsePartitions with every field at its schema default. */
export function defaultOffsetFetchResponsePartitions(): OffsetFetchResponsePartitions {
  return {
    partitionIndex: 0,
    committedOffset: 0,
    committedLeaderEpoch: -1,
    metadata: "",
    errorCode: 0,
  };
}

function readOffsetFetchResponsePartitions(r: Reader, v: number): OffsetFetchResponsePartitions {
  const flex = v >= 6;
  let _partitionIndex: number = 0;
  if (v >= 8) {
    _partitionIndex = r.int32();
  }
  let _committedOffset: number = 0;
  if (v >= 8) {
    _committedOffset = r.int64();
  }
  let _committedLeaderEpoch: number = -1;
  if (v >= 8) {
    _committedLeaderEpoch = r.int32();
  }
  let _metadata: string | null = "";
  if (v >= 8) {
    _metadata = r.nullableString(flex);
  }
  let _errorCode: ErrorCode = 0;
  if (v >= 8) {
    _errorCode = r.int16() as ErrorCode;
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
  return { partitionIndex: _partitionIndex, committedOffset: _committedOffset, committedLeaderEpoch: _committedLeaderEpoch, metadata: _metadata, errorCode: _errorCode };
}

function writeOffsetFetchResponsePartitions(w: Writer, v: number, o: Input<OffsetFetchResponsePartitions>): void {
  const flex = v >= 6;
  if (v >= 8) {
    w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  } else {
    if (o.partitionIndex !== undefined && o.partitionIndex !== 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponsePartitions.partitionIndex', v, '8+');
  }
  if (v >= 8) {
    w.int64((o.committedOffset === undefined ? 0 : o.committedOffset));
  } else {
    if (o.committedOffset !== undefined && o.committedOffset !== 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponsePartitions.committedOffset', v, '8+');
  }
  if (v >= 8) {
    w.int32((o.committedLeaderEpoch === undefined ? -1 : o.committedLeaderEpoch));
  }
  if (v >= 8) {
    w.nullableString((o.metadata === undefined ? "" : o.metadata), flex);
  } else {
    if (o.metadata !== undefined && o.metadata !== "") throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponsePartitions.metadata', v, '8+');
  }
  if (v >= 8) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  } else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw new UnsupportedVersionError('OffsetFetchResponse', 'OffsetFetchResponsePartitions.errorCode', v, '8+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a OffsetFetchResponse of version `v`. */
export function decodeOffsetFetchResponse(r: Reader, v: number): OffsetFetchResponse {
  return readOffsetFetchResponse(r, v);
}

/** Encodes a OffsetFetchResponse of version `v`; missing fields take their defaults. */
export function encodeOffsetFetchResponse(w: Writer, v: number, o: Input<OffsetFetchResponse>): void {
  writeOffsetFetchResponse(w, v, o);
}
