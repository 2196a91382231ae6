// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** AlterPartitionReassignmentsRequest: versions and flexible versions. */
export const AlterPartitionReassignmentsRequestMeta = { name: 'AlterPartitionReassignmentsRequest', apiKey: 45, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** AlterPartitionReassignmentsRequest (generated from AlterPartitionReassignmentsRequest.json). */
export interface AlterPartitionReassignmentsRequest {
  timeoutMs: number;
  topics: ReassignableTopic[];
}

/** A AlterPartitionReassignmentsRequest with every field at its schema default. */
export function defaultAlterPartitionReassignmentsRequest(): AlterPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: [],
  };
}

function readAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
  const flex = true;
  let _timeoutMs: number = 60000;
  _timeoutMs = r.int32();
  let _topics: ReassignableTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: ReassignableTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readReassignableTopic(r, v);
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
  return { timeoutMs: _timeoutMs, topics: _topics };
}

function writeAlterPartitionReassignmentsRequest(w: Writer, v: number, o: Input<AlterPartitionReassignmentsRequest>): void {
  const flex = true;
  w.int32((o.timeoutMs === undefined ? 60000 : o.timeoutMs));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeReassignableTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ReassignableTopic (generated from AlterPartitionReassignmentsRequest.json). */
export interface ReassignableTopic {
  name: string;
  partitions: ReassignablePartition[];
}

/** A ReassignableTopic with every field at its schema default. */
export function defaultReassignableTopic(): ReassignableTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readReassignableTopic(r: Reader, v: number): ReassignableTopic {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: ReassignablePartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: ReassignablePartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readReassignablePartition(r, v);
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

function writeReassignableTopic(w: Writer, v: number, o: Input<ReassignableTopic>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeReassignablePartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ReassignablePartition (generated from AlterPartitionReassignmentsRequest.json). */
export interface ReassignablePartition {
  partitionIndex: number;
  replicas: number[] | null;
}

/** A ReassignablePartition with every field at its schema default. */
export function defaultReassignablePartition(): ReassignablePartition {
  return {
    partitionIndex: 0,
    replicas: null,
  };
}

function readReassignablePartition(r: Reader, v: number): ReassignablePartition {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _replicas: number[] | null = null;
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _replicas = null;
  else {
    const a7: number[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = r.int32();
    _replicas = a7;
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
  return { partitionIndex: _partitionIndex, replicas: _replicas };
}

function writeReassignablePartition(w: Writer, v: number, o: Input<ReassignablePartition>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  const a8 = (o.replicas === undefined ? null : o.replicas);
  if (a8 === null || a8 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterPartitionReassignmentsRequest of version `v`. */
export function decodeAlterPartitionReassignmentsRequest(r: Reader, v: number): AlterPartitionReassignmentsRequest {
  return readAlterPartitionReassignmentsRequest(r, v);
}

/** Encodes a AlterPartitionReassignmentsRequest of version `v`; missing fields take their defaults. */
export function encodeAlterPartitionReassignmentsRequest(w: Writer, v: number, o: Input<AlterPartitionReassignmentsRequest>): void {
  writeAlterPartitionReassignmentsRequest(w, v, o);
}
