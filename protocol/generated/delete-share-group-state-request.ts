// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DeleteShareGroupStateRequest: versions and flexible versions. */
export const DeleteShareGroupStateRequestMeta = { name: 'DeleteShareGroupStateRequest', apiKey: 86, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DeleteShareGroupStateRequest (generated from DeleteShareGroupStateRequest.json). */
export interface DeleteShareGroupStateRequest {
  groupId: string;
  topics: DeleteStateData[];
}

/** A DeleteShareGroupStateRequest with every field at its schema default. */
export function defaultDeleteShareGroupStateRequest(): DeleteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

function readDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
  const flex = true;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _topics: DeleteStateData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: DeleteStateData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDeleteStateData(r, v);
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

function writeDeleteShareGroupStateRequest(w: Writer, v: number, o: Input<DeleteShareGroupStateRequest>): void {
  const flex = true;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDeleteStateData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteStateData (generated from DeleteShareGroupStateRequest.json). */
export interface DeleteStateData {
  topicId: string;
  partitions: PartitionData[];
}

/** A DeleteStateData with every field at its schema default. */
export function defaultDeleteStateData(): DeleteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readDeleteStateData(r: Reader, v: number): DeleteStateData {
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

function writeDeleteStateData(w: Writer, v: number, o: Input<DeleteStateData>): void {
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

/** PartitionData (generated from DeleteShareGroupStateRequest.json). */
export interface PartitionData {
  partition: number;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partition: 0,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  let _partition: number = 0;
  _partition = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partition: _partition };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partition === undefined ? 0 : o.partition));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteShareGroupStateRequest of version `v`. */
export function decodeDeleteShareGroupStateRequest(r: Reader, v: number): DeleteShareGroupStateRequest {
  return readDeleteShareGroupStateRequest(r, v);
}

/** Encodes a DeleteShareGroupStateRequest of version `v`; missing fields take their defaults. */
export function encodeDeleteShareGroupStateRequest(w: Writer, v: number, o: Input<DeleteShareGroupStateRequest>): void {
  writeDeleteShareGroupStateRequest(w, v, o);
}
