// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** InitializeShareGroupStateRequest: versions and flexible versions. */
export const InitializeShareGroupStateRequestMeta = { name: 'InitializeShareGroupStateRequest', apiKey: 83, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** InitializeShareGroupStateRequest (generated from InitializeShareGroupStateRequest.json). */
export interface InitializeShareGroupStateRequest {
  groupId: string;
  topics: InitializeStateData[];
}

/** A InitializeShareGroupStateRequest with every field at its schema default. */
export function defaultInitializeShareGroupStateRequest(): InitializeShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

function readInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
  const flex = true;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _topics: InitializeStateData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: InitializeStateData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readInitializeStateData(r, v);
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

function writeInitializeShareGroupStateRequest(w: Writer, v: number, o: Input<InitializeShareGroupStateRequest>): void {
  const flex = true;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeInitializeStateData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** InitializeStateData (generated from InitializeShareGroupStateRequest.json). */
export interface InitializeStateData {
  topicId: string;
  partitions: PartitionData[];
}

/** A InitializeStateData with every field at its schema default. */
export function defaultInitializeStateData(): InitializeStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readInitializeStateData(r: Reader, v: number): InitializeStateData {
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

function writeInitializeStateData(w: Writer, v: number, o: Input<InitializeStateData>): void {
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

/** PartitionData (generated from InitializeShareGroupStateRequest.json). */
export interface PartitionData {
  partition: number;
  stateEpoch: number;
  startOffset: number;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    startOffset: 0,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  let _partition: number = 0;
  _partition = r.int32();
  let _stateEpoch: number = 0;
  _stateEpoch = r.int32();
  let _startOffset: number = 0;
  _startOffset = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partition: _partition, stateEpoch: _stateEpoch, startOffset: _startOffset };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partition === undefined ? 0 : o.partition));
  w.int32((o.stateEpoch === undefined ? 0 : o.stateEpoch));
  w.int64((o.startOffset === undefined ? 0 : o.startOffset));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a InitializeShareGroupStateRequest of version `v`. */
export function decodeInitializeShareGroupStateRequest(r: Reader, v: number): InitializeShareGroupStateRequest {
  return readInitializeShareGroupStateRequest(r, v);
}

/** Encodes a InitializeShareGroupStateRequest of version `v`; missing fields take their defaults. */
export function encodeInitializeShareGroupStateRequest(w: Writer, v: number, o: Input<InitializeShareGroupStateRequest>): void {
  writeInitializeShareGroupStateRequest(w, v, o);
}
