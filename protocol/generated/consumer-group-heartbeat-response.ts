// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ConsumerGroupHeartbeatResponse: versions and flexible versions. */
export const ConsumerGroupHeartbeatResponseMeta = { name: 'ConsumerGroupHeartbeatResponse', apiKey: 68, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** ConsumerGroupHeartbeatResponse (generated from ConsumerGroupHeartbeatResponse.json). */
export interface ConsumerGroupHeartbeatResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  memberId: string | null;
  memberEpoch: number;
  heartbeatIntervalMs: number;
  assignment: Assignment | null;
}

/** A ConsumerGroupHeartbeatResponse with every field at its schema default. */
export function defaultConsumerGroupHeartbeatResponse(): ConsumerGroupHeartbeatResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    memberId: null,
    memberEpoch: 0,
    heartbeatIntervalMs: 0,
    assignment: null,
  };
}

function readConsumerGroupHeartbeatResponse(r: Reader, v: number): ConsumerGroupHeartbeatResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
  _errorMessage = r.nullableString(flex);
  let _memberId: string | null = null;
  _memberId = r.nullableString(flex);
  let _memberEpoch: number = 0;
  _memberEpoch = r.int32();
  let _heartbeatIntervalMs: number = 0;
  _heartbeatIntervalMs = r.int32();
  let _assignment: Assignment | null = null;
  _assignment = r.int8() < 0 ? null : readAssignment(r, v);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, memberId: _memberId, memberEpoch: _memberEpoch, heartbeatIntervalMs: _heartbeatIntervalMs, assignment: _assignment };
}

function writeConsumerGroupHeartbeatResponse(w: Writer, v: number, o: Input<ConsumerGroupHeartbeatResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  w.nullableString((o.memberId === undefined ? null : o.memberId), flex);
  w.int32((o.memberEpoch === undefined ? 0 : o.memberEpoch));
  w.int32((o.heartbeatIntervalMs === undefined ? 0 : o.heartbeatIntervalMs));
  const s0 = (o.assignment === undefined ? null : o.assignment);
  if ((s0 === null || s0 === undefined)) w.int8(-1);
  else {
    w.int8(1);
    writeAssignment(w, v, s0 ?? {});
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicPartitions (generated from ConsumerGroupHeartbeatResponse.json). */
export interface TopicPartitions {
  topicId: string;
  partitions: number[];
}

/** A TopicPartitions with every field at its schema default. */
export function defaultTopicPartitions(): TopicPartitions {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readTopicPartitions(r: Reader, v: number): TopicPartitions {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
  let _partitions: number[] = [];
  const n1 = r.arrayLength(flex);
  if (n1 < 0) _partitions = [];
  else {
    const a2: number[] = new Array(n1);
    for (let i = 0; i < n1; i++) a2[i] = r.int32();
    _partitions = a2;
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

function writeTopicPartitions(w: Writer, v: number, o: Input<TopicPartitions>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  const a3 = (o.partitions === undefined ? [] : o.partitions);
  if (a3 === null || a3 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a3.length, flex);
    for (let i = 0; i < a3.length; i++) w.int32(a3[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Assignment (generated from ConsumerGroupHeartbeatResponse.json). */
export interface Assignment {
  topicPartitions: TopicPartitions[];
}

/** A Assignment with every field at its schema default. */
export function defaultAssignment(): Assignment {
  return {
    topicPartitions: [],
  };
}

function readAssignment(r: Reader, v: number): Assignment {
  const flex = true;
  let _topicPartitions: TopicPartitions[] = [];
  const n4 = r.arrayLength(flex);
  if (n4 < 0) _topicPartitions = [];
  else {
    const a5: TopicPartitions[] = new Array(n4);
    for (let i = 0; i < n4; i++) a5[i] = readTopicPartitions(r, v);
    _topicPartitions = a5;
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
  return { topicPartitions: _topicPartitions };
}

function writeAssignment(w: Writer, v: number, o: Input<Assignment>): void {
  const flex = true;
  const a6 = (o.topicPartitions === undefined ? [] : o.topicPartitions);
  if (a6 === null || a6 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a6.length, flex);
    for (let i = 0; i < a6.length; i++) writeTopicPartitions(w, v, a6[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ConsumerGroupHeartbeatResponse of version `v`. */
export function decodeConsumerGroupHeartbeatResponse(r: Reader, v: number): ConsumerGroupHeartbeatResponse {
  return readConsumerGroupHeartbeatResponse(r, v);
}

/** Encodes a ConsumerGroupHeartbeatResponse of version `v`; missing fields take their defaults. */
export function encodeConsumerGroupHeartbeatResponse(w: Writer, v: number, o: Input<ConsumerGroupHeartbeatResponse>): void {
  writeConsumerGroupHeartbeatResponse(w, v, o);
}
