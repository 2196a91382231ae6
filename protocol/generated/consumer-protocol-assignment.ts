// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ConsumerProtocolAssignment: versions and flexible versions. */
export const ConsumerProtocolAssignmentMeta = { name: 'ConsumerProtocolAssignment', apiKey: -1, minVersion: 0, maxVersion: 3, flexibleMin: -1 } as const;

/** ConsumerProtocolAssignment (generated from ConsumerProtocolAssignment.json). */
export interface ConsumerProtocolAssignment {
  assignedPartitions: TopicPartition[];
  userData: Buffer | null;
}

/** A ConsumerProtocolAssignment with every field at its schema default. */
export function defaultConsumerProtocolAssignment(): ConsumerProtocolAssignment {
  return {
    assignedPartitions: [],
    userData: null,
  };
}

function readConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  const flex = false;
  let _assignedPartitions: TopicPartition[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _assignedPartitions = [];
  else {
    const a1: TopicPartition[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicPartition(r, v);
    _assignedPartitions = a1;
  }
  let _userData: Buffer | null = null;
  _userData = r.nullableBytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { assignedPartitions: _assignedPartitions, userData: _userData };
}

function writeConsumerProtocolAssignment(w: Writer, v: number, o: Input<ConsumerProtocolAssignment>): void {
  const flex = false;
  const a2 = (o.assignedPartitions === undefined ? [] : o.assignedPartitions);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicPartition(w, v, a2[i]);
  }
  w.nullableBytes((o.userData === undefined ? null : o.userData), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicPartition (generated from ConsumerProtocolAssignment.json). */
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
  _topic = r.string(flex);
  let _partitions: number[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: number[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = r.int32();
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
  return { topic: _topic, partitions: _partitions };
}

function writeTopicPartition(w: Writer, v: number, o: Input<TopicPartition>): void {
  const flex = false;
  w.string((o.topic === undefined ? "" : o.topic) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) w.int32(a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ConsumerProtocolAssignment of version `v`. */
export function decodeConsumerProtocolAssignment(r: Reader, v: number): ConsumerProtocolAssignment {
  return readConsumerProtocolAssignment(r, v);
}

/** Encodes a ConsumerProtocolAssignment of version `v`; missing fields take their defaults. */
export function encodeConsumerProtocolAssignment(w: Writer, v: number, o: Input<ConsumerProtocolAssignment>): void {
  writeConsumerProtocolAssignment(w, v, o);
}
