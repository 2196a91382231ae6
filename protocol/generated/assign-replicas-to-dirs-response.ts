// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AssignReplicasToDirsResponse: versions and flexible versions. */
export const AssignReplicasToDirsResponseMeta = { name: 'AssignReplicasToDirsResponse', apiKey: 73, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** AssignReplicasToDirsResponse (generated from AssignReplicasToDirsResponse.json). */
export interface AssignReplicasToDirsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  directories: DirectoryData[];
}

/** A AssignReplicasToDirsResponse with every field at its schema default. */
export function defaultAssignReplicasToDirsResponse(): AssignReplicasToDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    directories: [],
  };
}

function readAssignReplicasToDirsResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _directories: DirectoryData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _directories = [];
  else {
    const a1: DirectoryData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDirectoryData(r, v);
    _directories = a1;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, directories: _directories };
}

function writeAssignReplicasToDirsResponse(w: Writer, v: number, o: Input<AssignReplicasToDirsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a2 = (o.directories === undefined ? [] : o.directories);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDirectoryData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DirectoryData (generated from AssignReplicasToDirsResponse.json). */
export interface DirectoryData {
  id: string;
  topics: TopicData[];
}

/** A DirectoryData with every field at its schema default. */
export function defaultDirectoryData(): DirectoryData {
  return {
    id: ZERO_UUID,
    topics: [],
  };
}

function readDirectoryData(r: Reader, v: number): DirectoryData {
  const flex = true;
  let _id: string = ZERO_UUID;
  _id = r.uuid();
  let _topics: TopicData[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _topics = [];
  else {
    const a4: TopicData[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readTopicData(r, v);
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
  return { id: _id, topics: _topics };
}

function writeDirectoryData(w: Writer, v: number, o: Input<DirectoryData>): void {
  const flex = true;
  w.uuid((o.id === undefined ? ZERO_UUID : o.id));
  const a5 = (o.topics === undefined ? [] : o.topics);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeTopicData(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicData (generated from AssignReplicasToDirsResponse.json). */
export interface TopicData {
  topicId: string;
  partitions: PartitionData[];
}

/** A TopicData with every field at its schema default. */
export function defaultTopicData(): TopicData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readTopicData(r: Reader, v: number): TopicData {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
  let _partitions: PartitionData[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: PartitionData[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readPartitionData(r, v);
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
  return { topicId: _topicId, partitions: _partitions };
}

function writeTopicData(w: Writer, v: number, o: Input<TopicData>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writePartitionData(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionData (generated from AssignReplicasToDirsResponse.json). */
export interface PartitionData {
  partitionIndex: number;
  errorCode: ErrorCode;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
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

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AssignReplicasToDirsResponse of version `v`. */
export function decodeAssignReplicasToDirsResponse(r: Reader, v: number): AssignReplicasToDirsResponse {
  return readAssignReplicasToDirsResponse(r, v);
}

/** Encodes a AssignReplicasToDirsResponse of version `v`; missing fields take their defaults. */
export function encodeAssignReplicasToDirsResponse(w: Writer, v: number, o: Input<AssignReplicasToDirsResponse>): void {
  writeAssignReplicasToDirsResponse(w, v, o);
}
