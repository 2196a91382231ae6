// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** ConsumerProtocolSubscription: versions and flexible versions. */
export const ConsumerProtocolSubscriptionMeta = { name: 'ConsumerProtocolSubscription', apiKey: -1, minVersion: 0, maxVersion: 3, flexibleMin: -1 } as const;

/** ConsumerProtocolSubscription (generated from ConsumerProtocolSubscription.json). */
export interface ConsumerProtocolSubscription {
  topics: string[];
  userData: Buffer | null;
  ownedPartitions: TopicPartition[];
  generationId: number;
  rackId: string | null;
}

/** A ConsumerProtocolSubscription with every field at its schema default. */
export function defaultConsumerProtocolSubscription(): ConsumerProtocolSubscription {
  return {
    topics: [],
    userData: null,
    ownedPartitions: [],
    generationId: -1,
    rackId: null,
  };
}

function readConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  const flex = false;
  let _topics: string[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _topics = a1;
  }
  let _userData: Buffer | null = null;
  _userData = r.nullableBytes(flex);
  let _ownedPartitions: TopicPartition[] = [];
  if (v >= 1) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _ownedPartitions = [];
    else {
      const a3: TopicPartition[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readTopicPartition(r, v);
      _ownedPartitions = a3;
    }
  }
  let _generationId: number = -1;
  if (v >= 2) {
    _generationId = r.int32();
  }
  let _rackId: string | null = null;
  if (v >= 3) {
    _rackId = r.nullableString(flex);
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
  return { topics: _topics, userData: _userData, ownedPartitions: _ownedPartitions, generationId: _generationId, rackId: _rackId };
}

function writeConsumerProtocolSubscription(w: Writer, v: number, o: Input<ConsumerProtocolSubscription>): void {
  const flex = false;
  const a4 = (o.topics === undefined ? [] : o.topics);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) w.string(a4[i] ?? '', flex);
  }
  w.nullableBytes((o.userData === undefined ? null : o.userData), flex);
  if (v >= 1) {
    const a5 = (o.ownedPartitions === undefined ? [] : o.ownedPartitions);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeTopicPartition(w, v, a5[i]);
    }
  }
  if (v >= 2) {
    w.int32((o.generationId === undefined ? -1 : o.generationId));
  }
  if (v >= 3) {
    w.nullableString((o.rackId === undefined ? null : o.rackId), flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicPartition (generated from ConsumerProtocolSubscription.json). */
export interface TopicPartition {
  topic: string;
  partitions: number[];
}

/** A TopicPartition with every field at its schema default. */
export function defaultTopicPartition(): TopicPartition {
  return {
    topic: "",
    partitions: [],
  };
}

function readTopicPartition(r: Reader, v: number): TopicPartition {
  const flex = false;
  let _topic: string = "";
  if (v >= 1) {
    _topic = r.string(flex);
  }
  let _partitions: number[] = [];
  if (v >= 1) {
    const n6 = r.arrayLength(flex);
    if (n6 < 0) _partitions = [];
    else {
      const a7: number[] = new Array(n6);
      for (let i = 0; i < n6; i++) a7[i] = r.int32();
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
  return { topic: _topic, partitions: _partitions };
}

function writeTopicPartition(w: Writer, v: number, o: Input<TopicPartition>): void {
  const flex = false;
  if (v >= 1) {
    w.string((o.topic === undefined ? "" : o.topic) ?? '', flex);
  } else {
    if (o.topic !== undefined && o.topic !== "") throw new UnsupportedVersionError('ConsumerProtocolSubscription', 'TopicPartition.topic', v, '1+');
  }
  if (v >= 1) {
    const a8 = (o.partitions === undefined ? [] : o.partitions);
    if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a8.length, flex);
      for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
    }
  } else {
    if (o.partitions !== undefined && o.partitions !== null && o.partitions.length > 0) throw new UnsupportedVersionError('ConsumerProtocolSubscription', 'TopicPartition.partitions', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ConsumerProtocolSubscription of version `v`. */
export function decodeConsumerProtocolSubscription(r: Reader, v: number): ConsumerProtocolSubscription {
  return readConsumerProtocolSubscription(r, v);
}

/** Encodes a ConsumerProtocolSubscription of version `v`; missing fields take their defaults. */
export function encodeConsumerProtocolSubscription(w: Writer, v: number, o: Input<ConsumerProtocolSubscription>): void {
  writeConsumerProtocolSubscription(w, v, o);
}
