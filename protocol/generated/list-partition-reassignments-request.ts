// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ListPartitionReassignmentsRequest: versions and flexible versions. */
export const ListPartitionReassignmentsRequestMeta = { name: 'ListPartitionReassignmentsRequest', apiKey: 46, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ListPartitionReassignmentsRequest (generated from ListPartitionReassignmentsRequest.json). */
export interface ListPartitionReassignmentsRequest {
  timeoutMs: number;
  topics: ListPartitionReassignmentsTopics[] | null;
}

/** A ListPartitionReassignmentsRequest with every field at its schema default. */
export function defaultListPartitionReassignmentsRequest(): ListPartitionReassignmentsRequest {
  return {
    timeoutMs: 60000,
    topics: null,
  };
}

function readListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
  const flex = true;
  let _timeoutMs: number = 60000;
  _timeoutMs = r.int32();
  let _topics: ListPartitionReassignmentsTopics[] | null = null;
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = null;
  else {
    const a1: ListPartitionReassignmentsTopics[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readListPartitionReassignmentsTopics(r, v);
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

function writeListPartitionReassignmentsRequest(w: Writer, v: number, o: Input<ListPartitionReassignmentsRequest>): void {
  const flex = true;
  w.int32((o.timeoutMs === undefined ? 60000 : o.timeoutMs));
  const a2 = (o.topics === undefined ? null : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeListPartitionReassignmentsTopics(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ListPartitionReassignmentsTopics (generated from ListPartitionReassignmentsRequest.json). */
export interface ListPartitionReassignmentsTopics {
  name: string;
  partitionIndexes: number[];
}

/** A ListPartitionReassignmentsTopics with every field at its schema default. */
export function defaultListPartitionReassignmentsTopics(): ListPartitionReassignmentsTopics {
  return {
    name: "",
    partitionIndexes: [],
  };
}

function readListPartitionReassignmentsTopics(r: Reader, v: number): ListPartitionReassignmentsTopics {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _partitionIndexes: number[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitionIndexes = [];
  else {
    const a4: number[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = r.int32();
    _partitionIndexes = a4;
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
  return { name: _name, partitionIndexes: _partitionIndexes };
}

function writeListPartitionReassignmentsTopics(w: Writer, v: number, o: Input<ListPartitionReassignmentsTopics>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitionIndexes === undefined ? [] : o.partitionIndexes);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) w.int32(a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListPartitionReassignmentsRequest of version `v`. */
export function decodeListPartitionReassignmentsRequest(r: Reader, v: number): ListPartitionReassignmentsRequest {
  return readListPartitionReassignmentsRequest(r, v);
}

/** Encodes a ListPartitionReassignmentsRequest of version `v`; missing fields take their defaults. */
export function encodeListPartitionReassignmentsRequest(w: Writer, v: number, o: Input<ListPartitionReassignmentsRequest>): void {
  writeListPartitionReassignmentsRequest(w, v, o);
}
