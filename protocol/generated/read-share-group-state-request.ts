// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ReadShareGroupStateRequest: versions and flexible versions. */
export const ReadShareGroupStateRequestMeta = { name: 'ReadShareGroupStateRequest', apiKey: 84, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ReadShareGroupStateRequest (generated from ReadShareGroupStateRequest.json). */
export interface ReadShareGroupStateRequest {
  groupId: string;
  topics: ReadStateData[];
}

/** A ReadShareGroupStateRequest with every field at its schema default. */
export function defaultReadShareGroupStateRequest(): ReadShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

function readReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequest {
  const flex = true;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _topics: ReadStateData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: ReadStateData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readReadStateData(r, v);
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
  return { groupId: _groupId, topics: _topics };
}

function writeReadShareGroupStateRequest(w: Writer, v: number, o: Input<ReadShareGroupStateRequest>): void {
  const flex = true;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeReadStateData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ReadStateData (generated from ReadShareGroupStateRequest.json). */
export interface ReadStateData {
  topicId: string;
  partitions: PartitionData[];
}

/** A ReadStateData with every field at its schema default. */
export function defaultReadStateData(): ReadStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readReadStateData(r: Reader, v: number): ReadStateData {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
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
  return { topicId: _topicId, partitions: _partitions };
}

function writeReadStateData(w: Writer, v: number, o: Input<ReadStateData>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
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

/** PartitionData (generated from ReadShareGroupStateRequest.json). */
export interface PartitionData {
  partition: number;
  leaderEpoch: number;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partition: 0,
    leaderEpoch: 0,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  let _partition: number = 0;
  _partition = r.int32();
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
  return { partition: _partition, leaderEpoch: _leaderEpoch };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partition === undefined ? 0 : o.partition));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ReadShareGroupStateRequest of version `v`. */
export function decodeReadShareGroupStateRequest(r: Reader, v: number): ReadShareGroupStateRequest {
  return readReadShareGroupStateRequest(r, v);
}

/** Encodes a ReadShareGroupStateRequest of version `v`; missing fields take their defaults. */
export function encodeReadShareGroupStateRequest(w: Writer, v: number, o: Input<ReadShareGroupStateRequest>): void {
  writeReadShareGroupStateRequest(w, v, o);
}
