// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** StopReplicaResponse: versions and flexible versions. */
export const StopReplicaResponseMeta = { name: 'StopReplicaResponse', apiKey: 5, minVersion: 0, maxVersion: 4, flexibleMin: 2 } as const;

/** StopReplicaResponse (generated from StopReplicaResponse.json). */
export interface StopReplicaResponse {
  errorCode: ErrorCode;
  partitionErrors: StopReplicaPartitionError[];
}

/** A StopReplicaResponse with every field at its schema default. */
export function defaultStopReplicaResponse(): StopReplicaResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
  };
}

function readStopReplicaResponse(r: Reader, v: number): StopReplicaResponse {
  const flex = v >= 2;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _partitionErrors: StopReplicaPartitionError[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _partitionErrors = [];
  else {
    const a1: StopReplicaPartitionError[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readStopReplicaPartitionError(r, v);
    _partitionErrors = a1;
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
  return { errorCode: _errorCode, partitionErrors: _partitionErrors };
}

function writeStopReplicaResponse(w: Writer, v: number, o: Input<StopReplicaResponse>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a2 = (o.partitionErrors === undefined ? [] : o.partitionErrors);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeStopReplicaPartitionError(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** StopReplicaPartitionError (generated from StopReplicaResponse.json). */
export interface StopReplicaPartitionError {
  topicName: string;
  partitionIndex: number;
  errorCode: ErrorCode;
}

/** A StopReplicaPartitionError with every field at its schema default. */
export function defaultStopReplicaPartitionError(): StopReplicaPartitionError {
  return {
    topicName: "",
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readStopReplicaPartitionError(r: Reader, v: number): StopReplicaPartitionError {
  const flex = v >= 2;
  let _topicName: string = "";
  _topicName = r.string(flex);
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
  return { topicName: _topicName, partitionIndex: _partitionIndex, errorCode: _errorCode };
}

function writeStopReplicaPartitionError(w: Writer, v: number, o: Input<StopReplicaPartitionError>): void {
  const flex = v >= 2;
  w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a StopReplicaResponse of version `v`. */
export function decodeStopReplicaResponse(r: Reader, v: number): StopReplicaResponse {
  return readStopReplicaResponse(r, v);
}

/** Encodes a StopReplicaResponse of version `v`; missing fields take their defaults. */
export function encodeStopReplicaResponse(w: Writer, v: number, o: Input<StopReplicaResponse>): void {
  writeStopReplicaResponse(w, v, o);
}
