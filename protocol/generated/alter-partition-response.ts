// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AlterPartitionResponse: versions and flexible versions. */
export const AlterPartitionResponseMeta = { name: 'AlterPartitionResponse', apiKey: 56, minVersion: 0, maxVersion: 3, flexibleMin: 0 } as const;

/** AlterPartitionResponse (generated from AlterPartitionResponse.json). */
export interface AlterPartitionResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  topics: TopicData[];
}

/** A AlterPartitionResponse with every field at its schema default. */
export function defaultAlterPartitionResponse(): AlterPartitionResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
  };
}

function readAlterPartitionResponse(r: Reader, v: number): AlterPartitionResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _topics: TopicData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicData(r, v);
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, topics: _topics };
}

function writeAlterPartitionResponse(w: Writer, v: number, o: Input<AlterPartitionResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicData (generated from AlterPartitionResponse.json). */
export interface TopicData {
  topicName: string;
  topicId: string;
  partitions: PartitionData[];
}

/** A TopicData with every field at its schema default. */
export function defaultTopicData(): TopicData {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readTopicData(r: Reader, v: number): TopicData {
  const flex = true;
  let _topicName: string = "";
  if (v <= 1) {
    _topicName = r.string(flex);
  }
  let _topicId: string = ZERO_UUID;
  if (v >= 2) {
    _topicId = r.uuid();
  }
  let _partitions: PartitionData[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: PartitionData[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readPartitionData(r, v);
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
  return { topicName: _topicName, topicId: _topicId, partitions: _partitions };
}

function writeTopicData(w: Writer, v: number, o: Input<TopicData>): void {
  const flex = true;
  if (v <= 1) {
    w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  }
  if (v >= 2) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writePartitionData(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionData (generated from AlterPartitionResponse.json). */
export interface PartitionData {
  partitionIndex: number;
  errorCode: ErrorCode;
  leaderId: number;
  leaderEpoch: number;
  isr: number[];
  leaderRecoveryState: number;
  partitionEpoch: number;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
    isr: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _leaderId: number = 0;
  _leaderId = r.int32();
  let _leaderEpoch: number = 0;
  _leaderEpoch = r.int32();
  let _isr: number[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _isr = [];
  else {
    const a7: number[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = r.int32();
    _isr = a7;
  }
  let _leaderRecoveryState: number = 0;
  if (v >= 1) {
    _leaderRecoveryState = r.int8();
  }
  let _partitionEpoch: number = 0;
  _partitionEpoch = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, errorCode: _errorCode, leaderId: _leaderId, leaderEpoch: _leaderEpoch, isr: _isr, leaderRecoveryState: _leaderRecoveryState, partitionEpoch: _partitionEpoch };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int32((o.leaderId === undefined ? 0 : o.leaderId));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  const a8 = (o.isr === undefined ? [] : o.isr);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
  }
  if (v >= 1) {
    w.int8((o.leaderRecoveryState === undefined ? 0 : o.leaderRecoveryState));
  }
  w.int32((o.partitionEpoch === undefined ? 0 : o.partitionEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterPartitionResponse of version `v`. */
export function decodeAlterPartitionResponse(r: Reader, v: number): AlterPartitionResponse {
  return readAlterPartitionResponse(r, v);
}

/** Encodes a AlterPartitionResponse of version `v`; missing fields take their defaults. */
export function encodeAlterPartitionResponse(w: Writer, v: number, o: Input<AlterPartitionResponse>): void {
  writeAlterPartitionResponse(w, v, o);
}
