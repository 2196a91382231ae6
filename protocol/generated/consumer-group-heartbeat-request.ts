// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** ConsumerGroupHeartbeatRequest: versions and flexible versions. */
export const ConsumerGroupHeartbeatRequestMeta = { name: 'ConsumerGroupHeartbeatRequest', apiKey: 68, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** ConsumerGroupHeartbeatRequest (generated from ConsumerGroupHeartbeatRequest.json). */
export interface ConsumerGroupHeartbeatRequest {
  groupId: string;
  memberId: string;
  memberEpoch: number;
  instanceId: string | null;
  rackId: string | null;
  rebalanceTimeoutMs: number;
  subscribedTopicNames: string[] | null;
  subscribedTopicRegex: string | null;
  serverAssignor: string | null;
  topicPartitions: TopicPartitions[] | null;
}

/** A ConsumerGroupHeartbeatRequest with every field at its schema default. */
export function defaultConsumerGroupHeartbeatRequest(): ConsumerGroupHeartbeatRequest {
  return {
    groupId: "",
    memberId: "",
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    subscribedTopicNames: null,
    subscribedTopicRegex: null,
    serverAssignor: null,
    topicPartitions: null,
  };
}

function readConsumerGroupHeartbeatRequest(r: Reader, v: number): ConsumerGroupHeartbeatRequest {
  const flex = true;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _memberEpoch: number = 0;
  _memberEpoch = r.int32();
  let _instanceId: string | null = null;
  _instanceId = r.nullableString(flex);
  let _rackId: string | null = null;
  _rackId = r.nullableString(flex);
  let _rebalanceTimeoutMs: number = -1;
  _rebalanceTimeoutMs = r.int32();
  let _subscribedTopicNames: string[] | null = null;
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _subscribedTopicNames = null;
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _subscribedTopicNames = a1;
  }
  let _subscribedTopicRegex: string | null = null;
  if (v >= 1) {
    _subscribedTopicRegex = r.nullableString(flex);
  }
  let _serverAssignor: string | null = null;
  _serverAssignor = r.nullableString(flex);
  let _topicPartitions: TopicPartitions[] | null = null;
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _topicPartitions = null;
  else {
    const a3: TopicPartitions[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = readTopicPartitions(r, v);
    _topicPartitions = a3;
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
  return { groupId: _groupId, memberId: _memberId, memberEpoch: _memberEpoch, instanceId: _instanceId, rackId: _rackId, rebalanceTimeoutMs: _rebalanceTimeoutMs, subscribedTopicNames: _subscribedTopicNames, subscribedTopicRegex: _subscribedTopicRegex, serverAssignor: _serverAssignor, topicPartitions: _topicPartitions };
}

function writeConsumerGroupHeartbeatRequest(w: Writer, v: number, o: Input<ConsumerGroupHeartbeatRequest>): void {
  const flex = true;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  w.int32((o.memberEpoch === undefined ? 0 : o.memberEpoch));
  w.nullableString((o.instanceId === undefined ? null : o.instanceId), flex);
  w.nullableString((o.rackId === undefined ? null : o.rackId), flex);
  w.int32((o.rebalanceTimeoutMs === undefined ? -1 : o.rebalanceTimeoutMs));
  const a4 = (o.subscribedTopicNames === undefined ? null : o.subscribedTopicNames);
  if (a4 === null || a4 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) w.string(a4[i] ?? '', flex);
  }
  if (v >= 1) {
    w.nullableString((o.subscribedTopicRegex === undefined ? null : o.subscribedTopicRegex), flex);
  } else {
    if (o.subscribedTopicRegex !== undefined && o.subscribedTopicRegex !== null) throw new UnsupportedVersionError('ConsumerGroupHeartbeatRequest', 'ConsumerGroupHeartbeatRequest.subscribedTopicRegex', v, '1+');
  }
  w.nullableString((o.serverAssignor === undefined ? null : o.serverAssignor), flex);
  const a5 = (o.topicPartitions === undefined ? null : o.topicPartitions);
  if (a5 === null || a5 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeTopicPartitions(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicPartitions (generated from ConsumerGroupHeartbeatRequest.json). */
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
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: number[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = r.int32();
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

function writeTopicPartitions(w: Writer, v: number, o: Input<TopicPartitions>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ConsumerGroupHeartbeatRequest of version `v`. */
export function decodeConsumerGroupHeartbeatRequest(r: Reader, v: number): ConsumerGroupHeartbeatRequest {
  return readConsumerGroupHeartbeatRequest(r, v);
}

/** Encodes a ConsumerGroupHeartbeatRequest of version `v`; missing fields take their defaults. */
export function encodeConsumerGroupHeartbeatRequest(w: Writer, v: number, o: Input<ConsumerGroupHeartbeatRequest>): void {
  writeConsumerGroupHeartbeatRequest(w, v, o);
}
