// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** TxnOffsetCommitResponse: versions and flexible versions. */
export const TxnOffsetCommitResponseMeta = { name: 'TxnOffsetCommitResponse', apiKey: 28, minVersion: 0, maxVersion: 4, flexibleMin: 3 } as const;

/** TxnOffsetCommitResponse (generated from TxnOffsetCommitResponse.json). */
export interface TxnOffsetCommitResponse {
  throttleTimeMs: number;
  topics: TxnOffsetCommitResponseTopic[];
}

/** A TxnOffsetCommitResponse with every field at its schema default. */
export function defaultTxnOffsetCommitResponse(): TxnOffsetCommitResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

function readTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  const flex = v >= 3;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _topics: TxnOffsetCommitResponseTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TxnOffsetCommitResponseTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTxnOffsetCommitResponseTopic(r, v);
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

function writeTxnOffsetCommitResponse(w: Writer, v: number, o: Input<TxnOffsetCommitResponse>): void {
  const flex = v >= 3;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTxnOffsetCommitResponseTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TxnOffsetCommitResponseTopic (generated from TxnOffsetCommitResponse.json). */
export interface TxnOffsetCommitResponseTopic {
  name: string;
  partitions: TxnOffsetCommitResponsePartition[];
}

/** A TxnOffsetCommitResponseTopic with every field at its schema default. */
export function defaultTxnOffsetCommitResponseTopic(): TxnOffsetCommitResponseTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readTxnOffsetCommitResponseTopic(r: Reader, v: number): TxnOffsetCommitResponseTopic {
  const flex = v >= 3;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: TxnOffsetCommitResponsePartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: TxnOffsetCommitResponsePartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readTxnOffsetCommitResponsePartition(r, v);
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

function writeTxnOffsetCommitResponseTopic(w: Writer, v: number, o: Input<TxnOffsetCommitResponseTopic>): void {
  const flex = v >= 3;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeTxnOffsetCommitResponsePartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TxnOffsetCommitResponsePartition (generated from TxnOffsetCommitResponse.json). */
export interface TxnOffsetCommitResponsePartition {
  partitionIndex: number;
  errorCode: ErrorCode;
}

/** A TxnOffsetCommitResponsePartition with every field at its schema default. */
export function defaultTxnOffsetCommitResponsePartition(): TxnOffsetCommitResponsePartition {
  return {
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readTxnOffsetCommitResponsePartition(r: Reader, v: number): TxnOffsetCommitResponsePartition {
  const flex = v >= 3;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, errorCode: _errorCode };
}

function writeTxnOffsetCommitResponsePartition(w: Writer, v: number, o: Input<TxnOffsetCommitResponsePartition>): void {
  const flex = v >= 3;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a TxnOffsetCommitResponse of version `v`. */
export function decodeTxnOffsetCommitResponse(r: Reader, v: number): TxnOffsetCommitResponse {
  return readTxnOffsetCommitResponse(r, v);
}

/** Encodes a TxnOffsetCommitResponse of version `v`; missing fields take their defaults. */
export function encodeTxnOffsetCommitResponse(w: Writer, v: number, o: Input<TxnOffsetCommitResponse>): void {
  writeTxnOffsetCommitResponse(w, v, o);
}
