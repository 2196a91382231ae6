// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DescribeTopicPartitionsResponse: versions and flexible versions. */
export const DescribeTopicPartitionsResponseMeta = { name: 'DescribeTopicPartitionsResponse', apiKey: 75, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DescribeTopicPartitionsResponse (generated from DescribeTopicPartitionsResponse.json). */
export interface DescribeTopicPartitionsResponse {
  throttleTimeMs: number;
  topics: DescribeTopicPartitionsResponseTopic[];
  nextCursor: Cursor | null;
}

/** A DescribeTopicPartitionsResponse with every field at its schema default. */
export function defaultDescribeTopicPartitionsResponse(): DescribeTopicPartitionsResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
    nextCursor: null,
  };
}

function readDescribeTopicPartitionsResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _topics: DescribeTopicPartitionsResponseTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: DescribeTopicPartitionsResponseTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribeTopicPartitionsResponseTopic(r, v);
    _topics = a1;
  }
  let _nextCursor: Cursor | null = null;
  _nextCursor = r.int8() < 0 ? null : readCursor(r, v);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, topics: _topics, nextCursor: _nextCursor };
}

function writeDescribeTopicPartitionsResponse(w: Writer, v: number, o: Input<DescribeTopicPartitionsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribeTopicPartitionsResponseTopic(w, v, a2[i]);
  }
  const s3 = (o.nextCursor === undefined ? null : o.nextCursor);
  if ((s3 === null || s3 === undefined)) w.int8(-1);
  else {
    w.int8(1);
    writeCursor(w, v, s3 ?? {});
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeTopicPartitionsResponseTopic (generated from DescribeTopicPartitionsResponse.json). */
export interface DescribeTopicPartitionsResponseTopic {
  errorCode: ErrorCode;
  name: string | null;
  topicId: string;
  isInternal: boolean;
  partitions: DescribeTopicPartitionsResponsePartition[];
  topicAuthorizedOperations: number;
}

/** A DescribeTopicPartitionsResponseTopic with every field at its schema default. */
export function defaultDescribeTopicPartitionsResponseTopic(): DescribeTopicPartitionsResponseTopic {
  return {
    errorCode: 0,
    name: "",
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
  };
}

function readDescribeTopicPartitionsResponseTopic(r: Reader, v: number): DescribeTopicPartitionsResponseTopic {
  const flex = true;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _name: string | null = "";
  _name = r.nullableString(flex);
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
  let _isInternal: boolean = false;
  _isInternal = r.bool();
  let _partitions: DescribeTopicPartitionsResponsePartition[] = [];
  const n4 = r.arrayLength(flex);
  if (n4 < 0) _partitions = [];
  else {
    const a5: DescribeTopicPartitionsResponsePartition[] = new Array(n4);
    for (let i = 0; i < n4; i++) a5[i] = readDescribeTopicPartitionsResponsePartition(r, v);
    _partitions = a5;
  }
  let _topicAuthorizedOperations: number = -2147483648;
  _topicAuthorizedOperations = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { errorCode: _errorCode, name: _name, topicId: _topicId, isInternal: _isInternal, partitions: _partitions, topicAuthorizedOperations: _topicAuthorizedOperations };
}

function writeDescribeTopicPartitionsResponseTopic(w: Writer, v: number, o: Input<DescribeTopicPartitionsResponseTopic>): void {
  const flex = true;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.name === undefined ? "" : o.name), flex);
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  w.bool((o.isInternal === undefined ? false : o.isInternal));
  const a6 = (o.partitions === undefined ? [] : o.partitions);
  if (a6 === null || a6 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a6.length, flex);
    for (let i = 0; i < a6.length; i++) writeDescribeTopicPartitionsResponsePartition(w, v, a6[i]);
  }
  w.int32((o.topicAuthorizedOperations === undefined ? -2147483648 : o.topicAuthorizedOperations));
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeTopicPartitionsResponsePartition (generated from DescribeTopicPartitionsResponse.json). */
export interface DescribeTopicPartitionsResponsePartition {
  errorCode: ErrorCode;
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number;
  replicaNodes: number[];
  isrNodes: number[];
  eligibleLeaderReplicas: number[] | null;
  lastKnownElr: number[] | null;
  offlineReplicas: number[];
}

/** A DescribeTopicPartitionsResponsePartition with every field at its schema default. */
export function defaultDescribeTopicPartitionsResponsePartition(): DescribeTopicPartitionsResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    eligibleLeaderReplicas: null,
    lastKnownElr: null,
    offlineReplicas: [],
  };
}

function readDescribeTopicPartitionsResponsePartition(r: Reader, v: number): DescribeTopicPartitionsResponsePartition {
  const flex = true;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _leaderId: number = 0;
  _leaderId = r.int32();
  let _leaderEpoch: number = -1;
  _leaderEpoch = r.int32();
  let _replicaNodes: number[] = [];
  const n7 = r.arrayLength(flex);
  if (n7 < 0) _replicaNodes = [];
  else {
    const a8: number[] = new Array(n7);
    for (let i = 0; i < n7; i++) a8[i] = r.int32();
    _replicaNodes = a8;
  }
  let _isrNodes: number[] = [];
  const n9 = r.arrayLength(flex);
  if (n9 < 0) _isrNodes = [];
  else {
    const a10: number[] = new Array(n9);
    for (let i = 0; i < n9; i++) a10[i] = r.int32();
    _isrNodes = a10;
  }
  let _eligibleLeaderReplicas: number[] | null = null;
  const n11 = r.arrayLength(flex);
  if (n11 < 0) _eligibleLeaderReplicas = null;
  else {
    const a12: number[] = new Array(n11);
    for (let i = 0; i < n11; i++) a12[i] = r.int32();
    _eligibleLeaderReplicas = a12;
  }
  let _lastKnownElr: number[] | null = null;
  const n13 = r.arrayLength(flex);
  if (n13 < 0) _lastKnownElr = null;
  else {
    const a14: number[] = new Array(n13);
    for (let i = 0; i < n13; i++) a14[i] = r.int32();
    _lastKnownElr = a14;
  }
  let _offlineReplicas: number[] = [];
  const n15 = r.arrayLength(flex);
  if (n15 < 0) _offlineReplicas = [];
  else {
    const a16: number[] = new Array(n15);
    for (let i = 0; i < n15; i++) a16[i] = r.int32();
    _offlineReplicas = a16;
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
  return { errorCode: _errorCode, partitionIndex: _partitionIndex, leaderId: _leaderId, leaderEpoch: _leaderEpoch, replicaNodes: _replicaNodes, isrNodes: _isrNodes, eligibleLeaderReplicas: _eligibleLeaderReplicas, lastKnownElr: _lastKnownElr, offlineReplicas: _offlineReplicas };
}

function writeDescribeTopicPartitionsResponsePartition(w: Writer, v: number, o: Input<DescribeTopicPartitionsResponsePartition>): void {
  const flex = true;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int32((o.leaderId === undefined ? 0 : o.leaderId));
  w.int32((o.leaderEpoch === undefined ? -1 : o.leaderEpoch));
  const a17 = (o.replicaNodes === undefined ? [] : o.replicaNodes);
  if (a17 === null || a17 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a17.length, flex);
    for (let i = 0; i < a17.length; i++) w.int32(a17[i]);
  }
  const a18 = (o.isrNodes === undefined ? [] : o.isrNodes);
  if (a18 === null || a18 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a18.length, flex);
    for (let i = 0; i < a18.length; i++) w.int32(a18[i]);
  }
  const a19 = (o.eligibleLeaderReplicas === undefined ? null : o.eligibleLeaderReplicas);
  if (a19 === null || a19 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a19.length, flex);
    for (let i = 0; i < a19.length; i++) w.int32(a19[i]);
  }
  const a20 = (o.lastKnownElr === undefined ? null : o.lastKnownElr);
  if (a20 === null || a20 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a20.length, flex);
    for (let i = 0; i < a20.length; i++) w.int32(a20[i]);
  }
  const a21 = (o.offlineReplicas === undefined ? [] : o.offlineReplicas);
  if (a21 === null || a21 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a21.length, flex);
    for (let i = 0; i < a21.length; i++) w.int32(a21[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Cursor (generated from DescribeTopicPartitionsResponse.json). */
export interface Cursor {
  topicName: string;
  partitionIndex: number;
}

/** A Cursor with every field at its schema default. */
export function defaultCursor(): Cursor {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

function readCursor(r: Reader, v: number): Cursor {
  const flex = true;
  let _topicName: string = "";
  _topicName = r.string(flex);
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { topicName: _topicName, partitionIndex: _partitionIndex };
}

function writeCursor(w: Writer, v: number, o: Input<Cursor>): void {
  const flex = true;
  w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeTopicPartitionsResponse of version `v`. */
export function decodeDescribeTopicPartitionsResponse(r: Reader, v: number): DescribeTopicPartitionsResponse {
  return readDescribeTopicPartitionsResponse(r, v);
}

/** Encodes a DescribeTopicPartitionsResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeTopicPartitionsResponse(w: Writer, v: number, o: Input<DescribeTopicPartitionsResponse>): void {
  writeDescribeTopicPartitionsResponse(w, v, o);
}
