// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** WriteShareGroupStateRequest: versions and flexible versions. */
export const WriteShareGroupStateRequestMeta = { name: 'WriteShareGroupStateRequest', apiKey: 85, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** WriteShareGroupStateRequest (generated from WriteShareGroupStateRequest.json). */
export interface WriteShareGroupStateRequest {
  groupId: string;
  topics: WriteStateData[];
}

/** A WriteShareGroupStateRequest with every field at its schema default. */
export function defaultWriteShareGroupStateRequest(): WriteShareGroupStateRequest {
  return {
    groupId: "",
    topics: [],
  };
}

function readWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequest {
  const flex = true;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _topics: WriteStateData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: WriteStateData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readWriteStateData(r, v);
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

function writeWriteShareGroupStateRequest(w: Writer, v: number, o: Input<WriteShareGroupStateRequest>): void {
  const flex = true;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeWriteStateData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** WriteStateData (generated from WriteShareGroupStateRequest.json). */
export interface WriteStateData {
  topicId: string;
  partitions: PartitionData[];
}

/** A WriteStateData with every field at its schema default. */
export function defaultWriteStateData(): WriteStateData {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readWriteStateData(r: Reader, v: number): WriteStateData {
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

function writeWriteStateData(w: Writer, v: number, o: Input<WriteStateData>): void {
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

/** PartitionData (generated from WriteShareGroupStateRequest.json). */
export interface PartitionData {
  partition: number;
  stateEpoch: number;
  leaderEpoch: number;
  startOffset: number;
  stateBatches: StateBatch[];
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partition: 0,
    stateEpoch: 0,
    leaderEpoch: 0,
    startOffset: 0,
    stateBatches: [],
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  let _partition: number = 0;
  _partition = r.int32();
  let _stateEpoch: number = 0;
  _stateEpoch = r.int32();
  let _leaderEpoch: number = 0;
  _leaderEpoch = r.int32();
  let _startOffset: number = 0;
  _startOffset = r.int64();
  let _stateBatches: StateBatch[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _stateBatches = [];
  else {
    const a7: StateBatch[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readStateBatch(r, v);
    _stateBatches = a7;
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
  return { partition: _partition, stateEpoch: _stateEpoch, leaderEpoch: _leaderEpoch, startOffset: _startOffset, stateBatches: _stateBatches };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partition === undefined ? 0 : o.partition));
  w.int32((o.stateEpoch === undefined ? 0 : o.stateEpoch));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  w.int64((o.startOffset === undefined ? 0 : o.startOffset));
  const a8 = (o.stateBatches === undefined ? [] : o.stateBatches);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeStateBatch(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** StateBatch (generated from WriteShareGroupStateRequest.json). */
export interface StateBatch {
  firstOffset: number;
  lastOffset: number;
  deliveryState: number;
  deliveryCount: number;
}

/** A StateBatch with every field at its schema default. */
export function defaultStateBatch(): StateBatch {
  return {
    firstOffset: 0,
    lastOffset: 0,
    deliveryState: 0,
    deliveryCount: 0,
  };
}

function readStateBatch(r: Reader, v: number): StateBatch {
  const flex = true;
  let _firstOffset: number = 0;
  _firstOffset = r.int64();
  let _lastOffset: number = 0;
  _lastOffset = r.int64();
  let _deliveryState: number = 0;
  _deliveryState = r.int8();
  let _deliveryCount: number = 0;
  _deliveryCount = r.int16();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { firstOffset: _firstOffset, lastOffset: _lastOffset, deliveryState: _deliveryState, deliveryCount: _deliveryCount };
}

function writeStateBatch(w: Writer, v: number, o: Input<StateBatch>): void {
  const flex = true;
  w.int64((o.firstOffset === undefined ? 0 : o.firstOffset));
  w.int64((o.lastOffset === undefined ? 0 : o.lastOffset));
  w.int8((o.deliveryState === undefined ? 0 : o.deliveryState));
  w.int16((o.deliveryCount === undefined ? 0 : o.deliveryCount));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a WriteShareGroupStateRequest of version `v`. */
export function decodeWriteShareGroupStateRequest(r: Reader, v: number): WriteShareGroupStateRequest {
  return readWriteShareGroupStateRequest(r, v);
}

/** Encodes a WriteShareGroupStateRequest of version `v`; missing fields take their defaults. */
export function encodeWriteShareGroupStateRequest(w: Writer, v: number, o: Input<WriteShareGroupStateRequest>): void {
  writeWriteShareGroupStateRequest(w, v, o);
}
