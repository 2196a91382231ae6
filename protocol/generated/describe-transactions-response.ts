// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DescribeTransactionsResponse: versions and flexible versions. */
export const DescribeTransactionsResponseMeta = { name: 'DescribeTransactionsResponse', apiKey: 65, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DescribeTransactionsResponse (generated from DescribeTransactionsResponse.json). */
export interface DescribeTransactionsResponse {
  throttleTimeMs: number;
  transactionStates: TransactionState[];
}

/** A DescribeTransactionsResponse with every field at its schema default. */
export function defaultDescribeTransactionsResponse(): DescribeTransactionsResponse {
  return {
    throttleTimeMs: 0,
    transactionStates: [],
  };
}

function readDescribeTransactionsResponse(r: Reader, v: number): DescribeTransactionsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _transactionStates: TransactionState[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _transactionStates = [];
  else {
    const a1: TransactionState[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTransactionState(r, v);
    _transactionStates = a1;
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
  return { throttleTimeMs: _throttleTimeMs, transactionStates: _transactionStates };
}

function writeDescribeTransactionsResponse(w: Writer, v: number, o: Input<DescribeTransactionsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.transactionStates === undefined ? [] : o.transactionStates);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTransactionState(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TransactionState (generated from DescribeTransactionsResponse.json). */
export interface TransactionState {
  errorCode: ErrorCode;
  transactionalId: string;
  transactionState: string;
  transactionTimeoutMs: number;
  transactionStartTimeMs: number;
  producerId: number;
  producerEpoch: number;
  topics: TopicData[];
}

/** A TransactionState with every field at its schema default. */
export function defaultTransactionState(): TransactionState {
  return {
    errorCode: 0,
    transactionalId: "",
    transactionState: "",
    transactionTimeoutMs: 0,
    transactionStartTimeMs: 0,
    producerId: 0,
    producerEpoch: 0,
    topics: [],
  };
}

function readTransactionState(r: Reader, v: number): TransactionState {
  const flex = true;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _transactionalId: string = "";
  _transactionalId = r.string(flex);
  let _transactionState: string = "";
  _transactionState = r.string(flex);
  let _transactionTimeoutMs: number = 0;
  _transactionTimeoutMs = r.int32();
  let _transactionStartTimeMs: number = 0;
  _transactionStartTimeMs = r.int64();
  let _producerId: number = 0;
  _producerId = r.int64();
  let _producerEpoch: number = 0;
  _producerEpoch = r.int16();
  let _topics: TopicData[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _topics = [];
  else {
    const a4: TopicData[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readTopicData(r, v);
    _topics = a4;
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
  return { errorCode: _errorCode, transactionalId: _transactionalId, transactionState: _transactionState, transactionTimeoutMs: _transactionTimeoutMs, transactionStartTimeMs: _transactionStartTimeMs, producerId: _producerId, producerEpoch: _producerEpoch, topics: _topics };
}

function writeTransactionState(w: Writer, v: number, o: Input<TransactionState>): void {
  const flex = true;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.string((o.transactionalId === undefined ? "" : o.transactionalId) ?? '', flex);
  w.string((o.transactionState === undefined ? "" : o.transactionState) ?? '', flex);
  w.int32((o.transactionTimeoutMs === undefined ? 0 : o.transactionTimeoutMs));
  w.int64((o.transactionStartTimeMs === undefined ? 0 : o.transactionStartTimeMs));
  w.int64((o.producerId === undefined ? 0 : o.producerId));
  w.int16((o.producerEpoch === undefined ? 0 : o.producerEpoch));
  const a5 = (o.topics === undefined ? [] : o.topics);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeTopicData(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicData (generated from DescribeTransactionsResponse.json). */
export interface TopicData {
  topic: string;
  partitions: number[];
}

/** A TopicData with every field at its schema default. */
export function defaultTopicData(): TopicData {
  return {
    topic: "",
    partitions: [],
  };
}

function readTopicData(r: Reader, v: number): TopicData {
  const flex = true;
  let _topic: string = "";
  _topic = r.string(flex);
  let _partitions: number[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: number[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = r.int32();
    _partitions = a7;
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
  return { topic: _topic, partitions: _partitions };
}

function writeTopicData(w: Writer, v: number, o: Input<TopicData>): void {
  const flex = true;
  w.string((o.topic === undefined ? "" : o.topic) ?? '', flex);
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeTransactionsResponse of version `v`. */
export function decodeDescribeTransactionsResponse(r: Reader, v: number): DescribeTransactionsResponse {
  return readDescribeTransactionsResponse(r, v);
}

/** Encodes a DescribeTransactionsResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeTransactionsResponse(w: Writer, v: number, o: Input<DescribeTransactionsResponse>): void {
  writeDescribeTransactionsResponse(w, v, o);
}
