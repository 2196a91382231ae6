// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** CreatePartitionsRequest: versions and flexible versions. */
export const CreatePartitionsRequestMeta = { name: 'CreatePartitionsRequest', apiKey: 37, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** CreatePartitionsRequest (generated from CreatePartitionsRequest.json). */
export interface CreatePartitionsRequest {
  topics: CreatePartitionsTopic[];
  timeoutMs: number;
  validateOnly: boolean;
}

/** A CreatePartitionsRequest with every field at its schema default. */
export function defaultCreatePartitionsRequest(): CreatePartitionsRequest {
  return {
    topics: [],
    timeoutMs: 0,
    validateOnly: false,
  };
}

function readCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  const flex = v >= 2;
  let _topics: CreatePartitionsTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: CreatePartitionsTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readCreatePartitionsTopic(r, v);
    _topics = a1;
  }
  let _timeoutMs: number = 0;
  _timeoutMs = r.int32();
  let _validateOnly: boolean = false;
  _validateOnly = r.bool();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { topics: _topics, timeoutMs: _timeoutMs, validateOnly: _validateOnly };
}

function writeCreatePartitionsRequest(w: Writer, v: number, o: Input<CreatePartitionsRequest>): void {
  const flex = v >= 2;
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeCreatePartitionsTopic(w, v, a2[i]);
  }
  w.int32((o.timeoutMs === undefined ? 0 : o.timeoutMs));
  w.bool((o.validateOnly === undefined ? false : o.validateOnly));
  if (flex) {
    w.uvarint(0);
  }
}

/** CreatePartitionsTopic (generated from CreatePartitionsRequest.json). */
export interface CreatePartitionsTopic {
  name: string;
  count: number;
  assignments: CreatePartitionsAssignment[] | null;
}

/** A CreatePartitionsTopic with every field at its schema default. */
export function defaultCreatePartitionsTopic(): CreatePartitionsTopic {
  return {
    name: "",
    count: 0,
    assignments: [],
  };
}

function readCreatePartitionsTopic(r: Reader, v: number): CreatePartitionsTopic {
  const flex = v >= 2;
  let _name: string = "";
  _name = r.string(flex);
  let _count: number = 0;
  _count = r.int32();
  let _assignments: CreatePartitionsAssignment[] | null = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _assignments = null;
  else {
    const a4: CreatePartitionsAssignment[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readCreatePartitionsAssignment(r, v);
    _assignments = a4;
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
  return { name: _name, count: _count, assignments: _assignments };
}

function writeCreatePartitionsTopic(w: Writer, v: number, o: Input<CreatePartitionsTopic>): void {
  const flex = v >= 2;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.int32((o.count === undefined ? 0 : o.count));
  const a5 = (o.assignments === undefined ? [] : o.assignments);
  if (a5 === null || a5 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeCreatePartitionsAssignment(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** CreatePartitionsAssignment (generated from CreatePartitionsRequest.json). */
export interface CreatePartitionsAssignment {
  brokerIds: number[];
}

/** A CreatePartitionsAssignment with every field at its schema default. */
export function defaultCreatePartitionsAssignment(): CreatePartitionsAssignment {
  return {
    brokerIds: [],
  };
}

function readCreatePartitionsAssignment(r: Reader, v: number): CreatePartitionsAssignment {
  const flex = v >= 2;
  let _brokerIds: number[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _brokerIds = [];
  else {
    const a7: number[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = r.int32();
    _brokerIds = a7;
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
  return { brokerIds: _brokerIds };
}

function writeCreatePartitionsAssignment(w: Writer, v: number, o: Input<CreatePartitionsAssignment>): void {
  const flex = v >= 2;
  const a8 = (o.brokerIds === undefined ? [] : o.brokerIds);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a CreatePartitionsRequest of version `v`. */
export function decodeCreatePartitionsRequest(r: Reader, v: number): CreatePartitionsRequest {
  return readCreatePartitionsRequest(r, v);
}

/** Encodes a CreatePartitionsRequest of version `v`; missing fields take their defaults. */
export function encodeCreatePartitionsRequest(w: Writer, v: number, o: Input<CreatePartitionsRequest>): void {
  writeCreatePartitionsRequest(w, v, o);
}
