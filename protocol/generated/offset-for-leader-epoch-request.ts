// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** OffsetForLeaderEpochRequest: versions and flexible versions. */
export const OffsetForLeaderEpochRequestMeta = { name: 'OffsetForLeaderEpochRequest', apiKey: 23, minVersion: 0, maxVersion: 4, flexibleMin: 4 } as const;

/** OffsetForLeaderEpochRequest (generated from OffsetForLeaderEpochRequest.json). */
export interface OffsetForLeaderEpochRequest {
  replicaId: number;
  topics: OffsetForLeaderTopic[];
}

/** A OffsetForLeaderEpochRequest with every field at its schema default. */
export function defaultOffsetForLeaderEpochRequest(): OffsetForLeaderEpochRequest {
  return {
    replicaId: -2,
    topics: [],
  };
}

function readOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  const flex = v >= 4;
  let _replicaId: number = -2;
  if (v >= 3) {
    _replicaId = r.int32();
  }
  let _topics: OffsetForLeaderTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: OffsetForLeaderTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readOffsetForLeaderTopic(r, v);
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
  return { replicaId: _replicaId, topics: _topics };
}

function writeOffsetForLeaderEpochRequest(w: Writer, v: number, o: Input<OffsetForLeaderEpochRequest>): void {
  const flex = v >= 4;
  if (v >= 3) {
    w.int32((o.replicaId === undefined ? -2 : o.replicaId));
  }
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeOffsetForLeaderTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetForLeaderTopic (generated from OffsetForLeaderEpochRequest.json). */
export interface OffsetForLeaderTopic {
  topic: string;
  partitions: OffsetForLeaderPartition[];
}

/** A OffsetForLeaderTopic with every field at its schema default. */
export function defaultOffsetForLeaderTopic(): OffsetForLeaderTopic {
  return {
    topic: "",
    partitions: [],
  };
}

function readOffsetForLeaderTopic(r: Reader, v: number): OffsetForLeaderTopic {
  const flex = v >= 4;
  let _topic: string = "";
  _topic = r.string(flex);
  let _partitions: OffsetForLeaderPartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: OffsetForLeaderPartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readOffsetForLeaderPartition(r, v);
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

function writeOffsetForLeaderTopic(w: Writer, v: number, o: Input<OffsetForLeaderTopic>): void {
  const flex = v >= 4;
  w.string((o.topic === undefined ? "" : o.topic) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeOffsetForLeaderPartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetForLeaderPartition (generated from OffsetForLeaderEpochRequest.json). */
export interface OffsetForLeaderPartition {
  partition: number;
  currentLeaderEpoch: number;
  leaderEpoch: number;
}

/** A OffsetForLeaderPartition with every field at its schema default. */
export function defaultOffsetForLeaderPartition(): OffsetForLeaderPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    leaderEpoch: 0,
  };
}

function readOffsetForLeaderPartition(r: Reader, v: number): OffsetForLeaderPartition {
  const flex = v >= 4;
  let _partition: number = 0;
  _partition = r.int32();
  let _currentLeaderEpoch: number = -1;
  if (v >= 2) {
    _currentLeaderEpoch = r.int32();
  }
  let _leaderEpoch: number = 0;
  _leaderEpoch = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partition: _partition, currentLeaderEpoch: _currentLeaderEpoch, leaderEpoch: _leaderEpoch };
}

function writeOffsetForLeaderPartition(w: Writer, v: number, o: Input<OffsetForLeaderPartition>): void {
  const flex = v >= 4;
  w.int32((o.partition === undefined ? 0 : o.partition));
  if (v >= 2) {
    w.int32((o.currentLeaderEpoch === undefined ? -1 : o.currentLeaderEpoch));
  }
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a OffsetForLeaderEpochRequest of version `v`. */
export function decodeOffsetForLeaderEpochRequest(r: Reader, v: number): OffsetForLeaderEpochRequest {
  return readOffsetForLeaderEpochRequest(r, v);
}

/** Encodes a OffsetForLeaderEpochRequest of version `v`; missing fields take their defaults. */
export function encodeOffsetForLeaderEpochRequest(w: Writer, v: number, o: Input<OffsetForLeaderEpochRequest>): void {
  writeOffsetForLeaderEpochRequest(w, v, o);
}
