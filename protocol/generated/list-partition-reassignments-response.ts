// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ListPartitionReassignmentsResponse: versions and flexible versions. */
export const ListPartitionReassignmentsResponseMeta = { name: 'ListPartitionReassignmentsResponse', apiKey: 46, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ListPartitionReassignmentsResponse (generated from ListPartitionReassignmentsResponse.json). */
export interface ListPartitionReassignmentsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  topics: OngoingTopicReassignment[];
}

/** A ListPartitionReassignmentsResponse with every field at its schema default. */
export function defaultListPartitionReassignmentsResponse(): ListPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    topics: [],
  };
}

function readListPartitionReassignmentsResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _topics: OngoingTopicReassignment[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: OngoingTopicReassignment[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readOngoingTopicReassignment(r, v);
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, topics: _topics };
}

function writeListPartitionReassignmentsResponse(w: Writer, v: number, o: Input<ListPartitionReassignmentsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeOngoingTopicReassignment(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OngoingTopicReassignment (generated from ListPartitionReassignmentsResponse.json). */
export interface OngoingTopicReassignment {
  name: string;
  partitions: OngoingPartitionReassignment[];
}

/** A OngoingTopicReassignment with every field at its schema default. */
export function defaultOngoingTopicReassignment(): OngoingTopicReassignment {
  return {
    name: "",
    partitions: [],
  };
}

function readOngoingTopicReassignment(r: Reader, v: number): OngoingTopicReassignment {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: OngoingPartitionReassignment[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: OngoingPartitionReassignment[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readOngoingPartitionReassignment(r, v);
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

function writeOngoingTopicReassignment(w: Writer, v: number, o: Input<OngoingTopicReassignment>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeOngoingPartitionReassignment(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OngoingPartitionReassignment (generated from ListPartitionReassignmentsResponse.json). */
export interface OngoingPartitionReassignment {
  partitionIndex: number;
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

/** A OngoingPartitionReassignment with every field at its schema default. */
export function defaultOngoingPartitionReassignment(): OngoingPartitionReassignment {
  return {
    partitionIndex: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
  };
}

function readOngoingPartitionReassignment(r: Reader, v: number): OngoingPartitionReassignment {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _replicas: number[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _replicas = [];
  else {
    const a7: number[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = r.int32();
    _replicas = a7;
  }
  let _addingReplicas: number[] = [];
  const n8 = r.arrayLength(flex);
  if (n8 < 0) _addingReplicas = [];
  else {
    const a9: number[] = new Array(n8);
    for (let i = 0; i < n8; i++) a9[i] = r.int32();
    _addingReplicas = a9;
  }
  let _removingReplicas: number[] = [];
  const n10 = r.arrayLength(flex);
  if (n10 < 0) _removingReplicas = [];
  else {
    const a11: number[] = new Array(n10);
    for (let i = 0; i < n10; i++) a11[i] = r.int32();
    _removingReplicas = a11;
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
  return { partitionIndex: _partitionIndex, replicas: _replicas, addingReplicas: _addingReplicas, removingReplicas: _removingReplicas };
}

function writeOngoingPartitionReassignment(w: Writer, v: number, o: Input<OngoingPartitionReassignment>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  const a12 = (o.replicas === undefined ? [] : o.replicas);
  if (a12 === null || a12 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a12.length, flex);
    for (let i = 0; i < a12.length; i++) w.int32(a12[i]);
  }
  const a13 = (o.addingReplicas === undefined ? [] : o.addingReplicas);
  if (a13 === null || a13 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a13.length, flex);
    for (let i = 0; i < a13.length; i++) w.int32(a13[i]);
  }
  const a14 = (o.removingReplicas === undefined ? [] : o.removingReplicas);
  if (a14 === null || a14 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a14.length, flex);
    for (let i = 0; i < a14.length; i++) w.int32(a14[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListPartitionReassignmentsResponse of version `v`. */
export function decodeListPartitionReassignmentsResponse(r: Reader, v: number): ListPartitionReassignmentsResponse {
  return readListPartitionReassignmentsResponse(r, v);
}

/** Encodes a ListPartitionReassignmentsResponse of version `v`; missing fields take their defaults. */
export function encodeListPartitionReassignmentsResponse(w: Writer, v: number, o: Input<ListPartitionReassignmentsResponse>): void {
  writeListPartitionReassignmentsResponse(w, v, o);
}
