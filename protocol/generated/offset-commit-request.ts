// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** OffsetCommitRequest: versions and flexible versions. */
export const OffsetCommitRequestMeta = { name: 'OffsetCommitRequest', apiKey: 8, minVersion: 0, maxVersion: 9, flexibleMin: 8 } as const;

/** OffsetCommitRequest (generated from OffsetCommitRequest.json). */
export interface OffsetCommitRequest {
  groupId: string;
  generationIdOrMemberEpoch: number;
  memberId: string;
  groupInstanceId: string | null;
  retentionTimeMs: number;
  topics: OffsetCommitRequestTopic[];
}

/** A OffsetCommitRequest with every field at its schema default. */
export function defaultOffsetCommitRequest(): OffsetCommitRequest {
  return {
    groupId: "",
    generationIdOrMemberEpoch: -1,
    memberId: "",
    groupInstanceId: null,
    retentionTimeMs: -1,
    topics: [],
  };
}

function readOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  const flex = v >= 8;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _generationIdOrMemberEpoch: number = -1;
  if (v >= 1) {
    _generationIdOrMemberEpoch = r.int32();
  }
  let _memberId: string = "";
  if (v >= 1) {
    _memberId = r.string(flex);
  }
  let _groupInstanceId: string | null = null;
  if (v >= 7) {
    _groupInstanceId = r.nullableString(flex);
  }
  let _retentionTimeMs: number = -1;
  if (v >= 2 && v <= 4) {
    _retentionTimeMs = r.int64();
  }
  let _topics: OffsetCommitRequestTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: OffsetCommitRequestTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readOffsetCommitRequestTopic(r, v);
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
  return { groupId: _groupId, generationIdOrMemberEpoch: _generationIdOrMemberEpoch, memberId: _memberId, groupInstanceId: _groupInstanceId, retentionTimeMs: _retentionTimeMs, topics: _topics };
}

function writeOffsetCommitRequest(w: Writer, v: number, o: Input<OffsetCommitRequest>): void {
  const flex = v >= 8;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  if (v >= 1) {
    w.int32((o.generationIdOrMemberEpoch === undefined ? -1 : o.generationIdOrMemberEpoch));
  }
  if (v >= 1) {
    w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  }
  if (v >= 7) {
    w.nullableString((o.groupInstanceId === undefined ? null : o.groupInstanceId), flex);
  } else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw new UnsupportedVersionError('OffsetCommitRequest', 'OffsetCommitRequest.groupInstanceId', v, '7+');
  }
  if (v >= 2 && v <= 4) {
    w.int64((o.retentionTimeMs === undefined ? -1 : o.retentionTimeMs));
  }
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeOffsetCommitRequestTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetCommitRequestTopic (generated from OffsetCommitRequest.json). */
export interface OffsetCommitRequestTopic {
  name: string;
  partitions: OffsetCommitRequestPartition[];
}

/** A OffsetCommitRequestTopic with every field at its schema default. */
export function defaultOffsetCommitRequestTopic(): OffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readOffsetCommitRequestTopic(r: Reader, v: number): OffsetCommitRequestTopic {
  const flex = v >= 8;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: OffsetCommitRequestPartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: OffsetCommitRequestPartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readOffsetCommitRequestPartition(r, v);
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

function writeOffsetCommitRequestTopic(w: Writer, v: number, o: Input<OffsetCommitRequestTopic>): void {
  const flex = v >= 8;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeOffsetCommitRequestPartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetCommitRequestPartition (generated from OffsetCommitRequest.json). */
export interface OffsetCommitRequestPartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch: number;
  commitTimestamp: number;
  committedMetadata: string | null;
}

/** A OffsetCommitRequestPartition with every field at its schema default. */
export function defaultOffsetCommitRequestPartition(): OffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0,
    committedLeaderEpoch: -1,
    commitTimestamp: -1,
    committedMetadata: "",
  };
}

function readOffsetCommitRequestPartition(r: Reader, v: number): OffsetCommitRequestPartition {
  const flex = v >= 8;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _committedOffset: number = 0;
  _committedOffset = r.int64();
  let _committedLeaderEpoch: number = -1;
  if (v >= 6) {
    _committedLeaderEpoch = r.int32();
  }
  let _commitTimestamp: number = -1;
  if (v >= 1 && v <= 1) {
    _commitTimestamp = r.int64();
  }
  let _committedMetadata: string | null = "";
  _committedMetadata = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, committedOffset: _committedOffset, committedLeaderEpoch: _committedLeaderEpoch, commitTimestamp: _commitTimestamp, committedMetadata: _committedMetadata };
}

function writeOffsetCommitRequestPartition(w: Writer, v: number, o: Input<OffsetCommitRequestPartition>): void {
  const flex = v >= 8;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int64((o.committedOffset === undefined ? 0 : o.committedOffset));
  if (v >= 6) {
    w.int32((o.committedLeaderEpoch === undefined ? -1 : o.committedLeaderEpoch));
  }
  if (v >= 1 && v <= 1) {
    w.int64((o.commitTimestamp === undefined ? -1 : o.commitTimestamp));
  } else {
    if (o.commitTimestamp !== undefined && o.commitTimestamp !== -1) throw new UnsupportedVersionError('OffsetCommitRequest', 'OffsetCommitRequestPartition.commitTimestamp', v, '1');
  }
  w.nullableString((o.committedMetadata === undefined ? "" : o.committedMetadata), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a OffsetCommitRequest of version `v`. */
export function decodeOffsetCommitRequest(r: Reader, v: number): OffsetCommitRequest {
  return readOffsetCommitRequest(r, v);
}

/** Encodes a OffsetCommitRequest of version `v`; missing fields take their defaults. */
export function encodeOffsetCommitRequest(w: Writer, v: number, o: Input<OffsetCommitRequest>): void {
  writeOffsetCommitRequest(w, v, o);
}
