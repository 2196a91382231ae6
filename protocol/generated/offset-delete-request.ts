// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** OffsetDeleteRequest: versions and flexible versions. */
export const OffsetDeleteRequestMeta = { name: 'OffsetDeleteRequest', apiKey: 47, minVersion: 0, maxVersion: 0, flexibleMin: -1 } as const;

/** OffsetDeleteRequest (generated from OffsetDeleteRequest.json). */
export interface OffsetDeleteRequest {
  groupId: string;
  topics: OffsetDeleteRequestTopic[];
}

/** A OffsetDeleteRequest with every field at its schema default. */
export function defaultOffsetDeleteRequest(): OffsetDeleteRequest {
  return {
    groupId: "",
    topics: [],
  };
}

function readOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  const flex = false;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _topics: OffsetDeleteRequestTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: OffsetDeleteRequestTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readOffsetDeleteRequestTopic(r, v);
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

function writeOffsetDeleteRequest(w: Writer, v: number, o: Input<OffsetDeleteRequest>): void {
  const flex = false;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeOffsetDeleteRequestTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetDeleteRequestTopic (generated from OffsetDeleteRequest.json). */
export interface OffsetDeleteRequestTopic {
  name: string;
  partitions: OffsetDeleteRequestPartition[];
}

/** A OffsetDeleteRequestTopic with every field at its schema default. */
export function defaultOffsetDeleteRequestTopic(): OffsetDeleteRequestTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readOffsetDeleteRequestTopic(r: Reader, v: number): OffsetDeleteRequestTopic {
  const flex = false;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: OffsetDeleteRequestPartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: OffsetDeleteRequestPartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readOffsetDeleteRequestPartition(r, v);
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

function writeOffsetDeleteRequestTopic(w: Writer, v: number, o: Input<OffsetDeleteRequestTopic>): void {
  const flex = false;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeOffsetDeleteRequestPartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetDeleteRequestPartition (generated from OffsetDeleteRequest.json). */
export interface OffsetDeleteRequestPartition {
  partitionIndex: number;
}

/** A OffsetDeleteRequestPartition with every field at its schema default. */
export function defaultOffsetDeleteRequestPartition(): OffsetDeleteRequestPartition {
  return {
    partitionIndex: 0,
  };
}

function readOffsetDeleteRequestPartition(r: Reader, v: number): OffsetDeleteRequestPartition {
  const flex = false;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex };
}

function writeOffsetDeleteRequestPartition(w: Writer, v: number, o: Input<OffsetDeleteRequestPartition>): void {
  const flex = false;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a OffsetDeleteRequest of version `v`. */
export function decodeOffsetDeleteRequest(r: Reader, v: number): OffsetDeleteRequest {
  return readOffsetDeleteRequest(r, v);
}

/** Encodes a OffsetDeleteRequest of version `v`; missing fields take their defaults. */
export function encodeOffsetDeleteRequest(w: Writer, v: number, o: Input<OffsetDeleteRequest>): void {
  writeOffsetDeleteRequest(w, v, o);
}
