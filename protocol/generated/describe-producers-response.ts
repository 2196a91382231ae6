// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DescribeProducersResponse: versions and flexible versions. */
export const DescribeProducersResponseMeta = { name: 'DescribeProducersResponse', apiKey: 61, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DescribeProducersResponse (generated from DescribeProducersResponse.json). */
export interface DescribeProducersResponse {
  throttleTimeMs: number;
  topics: TopicResponse[];
}

/** A DescribeProducersResponse with every field at its schema default. */
export function defaultDescribeProducersResponse(): DescribeProducersResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

function readDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _topics: TopicResponse[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicResponse[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicResponse(r, v);
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
  return { throttleTimeMs: _throttleTimeMs, topics: _topics };
}

function writeDescribeProducersResponse(w: Writer, v: number, o: Input<DescribeProducersResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicResponse(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicResponse (generated from DescribeProducersResponse.json). */
export interface TopicResponse {
  name: string;
  partitions: PartitionResponse[];
}

/** A TopicResponse with every field at its schema default. */
export function defaultTopicResponse(): TopicResponse {
  return {
    name: "",
    partitions: [],
  };
}

function readTopicResponse(r: Reader, v: number): TopicResponse {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: PartitionResponse[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: PartitionResponse[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readPartitionResponse(r, v);
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

function writeTopicResponse(w: Writer, v: number, o: Input<TopicResponse>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writePartitionResponse(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionResponse (generated from DescribeProducersResponse.json). */
export interface PartitionResponse {
  partitionIndex: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  activeProducers: ProducerState[];
}

/** A PartitionResponse with every field at its schema default. */
export function defaultPartitionResponse(): PartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    activeProducers: [],
  };
}

function readPartitionResponse(r: Reader, v: number): PartitionResponse {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
  _errorMessage = r.nullableString(flex);
  let _activeProducers: ProducerState[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _activeProducers = [];
  else {
    const a7: ProducerState[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readProducerState(r, v);
    _activeProducers = a7;
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
  return { partitionIndex: _partitionIndex, errorCode: _errorCode, errorMessage: _errorMessage, activeProducers: _activeProducers };
}

function writePartitionResponse(w: Writer, v: number, o: Input<PartitionResponse>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  const a8 = (o.activeProducers === undefined ? [] : o.activeProducers);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeProducerState(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ProducerState (generated from DescribeProducersResponse.json). */
export interface ProducerState {
  producerId: number;
  producerEpoch: number;
  lastSequence: number;
  lastTimestamp: number;
  coordinatorEpoch: number;
  currentTxnStartOffset: number;
}

/** A ProducerState with every field at its schema default. */
export function defaultProducerState(): ProducerState {
  return {
    producerId: 0,
    producerEpoch: 0,
    lastSequence: -1,
    lastTimestamp: -1,
    coordinatorEpoch: 0,
    currentTxnStartOffset: -1,
  };
}

function readProducerState(r: Reader, v: number): ProducerState {
  const flex = true;
  let _producerId: number = 0;
  _producerId = r.int64();
  let _producerEpoch: number = 0;
  _producerEpoch = r.int32();
  let _lastSequence: number = -1;
  _lastSequence = r.int32();
  let _lastTimestamp: number = -1;
  _lastTimestamp = r.int64();
  let _coordinatorEpoch: number = 0;
  _coordinatorEpoch = r.int32();
  let _currentTxnStartOffset: number = -1;
  _currentTxnStartOffset = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { producerId: _producerId, producerEpoch: _producerEpoch, lastSequence: _lastSequence, lastTimestamp: _lastTimestamp, coordinatorEpoch: _coordinatorEpoch, currentTxnStartOffset: _currentTxnStartOffset };
}

function writeProducerState(w: Writer, v: number, o: Input<ProducerState>): void {
  const flex = true;
  w.int64((o.producerId === undefined ? 0 : o.producerId));
  w.int32((o.producerEpoch === undefined ? 0 : o.producerEpoch));
  w.int32((o.lastSequence === undefined ? -1 : o.lastSequence));
  w.int64((o.lastTimestamp === undefined ? -1 : o.lastTimestamp));
  w.int32((o.coordinatorEpoch === undefined ? 0 : o.coordinatorEpoch));
  w.int64((o.currentTxnStartOffset === undefined ? -1 : o.currentTxnStartOffset));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeProducersResponse of version `v`. */
export function decodeDescribeProducersResponse(r: Reader, v: number): DescribeProducersResponse {
  return readDescribeProducersResponse(r, v);
}

/** Encodes a DescribeProducersResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeProducersResponse(w: Writer, v: number, o: Input<DescribeProducersResponse>): void {
  writeDescribeProducersResponse(w, v, o);
}
