// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ReadShareGroupStateResponse: versions and flexible versions. */
export const ReadShareGroupStateResponseMeta = { name: 'ReadShareGroupStateResponse', apiKey: 84, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ReadShareGroupStateResponse (generated from ReadShareGroupStateResponse.json). */
export interface ReadShareGroupStateResponse {
  results: ReadStateResult[];
}

/** A ReadShareGroupStateResponse with every field at its schema default. */
export function defaultReadShareGroupStateResponse(): ReadShareGroupStateResponse {
  return {
    results: [],
  };
}

function readReadShareGroupStateResponse(r: Reader, v: number): ReadShareGroupStateResponse {
  const flex = true;
  let _results: ReadStateResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: ReadStateResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readReadStateResult(r, v);
    _results = a1;
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
  return { results: _results };
}

function writeReadShareGroupStateResponse(w: Writer, v: number, o: Input<ReadShareGroupStateResponse>): void {
  const flex = true;
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeReadStateResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ReadStateResult (generated from ReadShareGroupStateResponse.json). */
export interface ReadStateResult {
  topicId: string;
  partitions: PartitionResult[];
}

/** A ReadStateResult with every field at its schema default. */
export function defaultReadStateResult(): ReadStateResult {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readReadStateResult(r: Reader, v: number): ReadStateResult {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
  let _partitions: PartitionResult[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: PartitionResult[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readPartitionResult(r, v);
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

function writeReadStateResult(w: Writer, v: number, o: Input<ReadStateResult>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writePartitionResult(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionResult (generated from ReadShareGroupStateResponse.json). */
export interface PartitionResult {
  partition: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  stateEpoch: number;
  startOffset: number;
  stateBatches: StateBatch[];
}

/** A PartitionResult with every field at its schema default. */
export function defaultPartitionResult(): PartitionResult {
  return {
    partition: 0,
    errorCode: 0,
    errorMessage: null,
    stateEpoch: 0,
    startOffset: 0,
    stateBatches: [],
  };
}

function readPartitionResult(r: Reader, v: number): PartitionResult {
  const flex = true;
  let _partition: number = 0;
  _partition = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
  _errorMessage = r.nullableString(flex);
  let _stateEpoch: number = 0;
  _stateEpoch = r.int32();
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
  return { partition: _partition, errorCode: _errorCode, errorMessage: _errorMessage, stateEpoch: _stateEpoch, startOffset: _startOffset, stateBatches: _stateBatches };
}

function writePartitionResult(w: Writer, v: number, o: Input<PartitionResult>): void {
  const flex = true;
  w.int32((o.partition === undefined ? 0 : o.partition));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  w.int32((o.stateEpoch === undefined ? 0 : o.stateEpoch));
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

/** StateBatch (generated from ReadShareGroupStateResponse.json). */
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

/** Decodes a ReadShareGroupStateResponse of version `v`. */
export function decodeReadShareGroupStateResponse(r: Reader, v: number): ReadShareGroupStateResponse {
  return readReadShareGroupStateResponse(r, v);
}

/** Encodes a ReadShareGroupStateResponse of version `v`; missing fields take their defaults. */
export function encodeReadShareGroupStateResponse(w: Writer, v: number, o: Input<ReadShareGroupStateResponse>): void {
  writeReadShareGroupStateResponse(w, v, o);
}
