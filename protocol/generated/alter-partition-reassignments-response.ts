// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AlterPartitionReassignmentsResponse: versions and flexible versions. */
export const AlterPartitionReassignmentsResponseMeta = { name: 'AlterPartitionReassignmentsResponse', apiKey: 45, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** AlterPartitionReassignmentsResponse (generated from AlterPartitionReassignmentsResponse.json). */
export interface AlterPartitionReassignmentsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  responses: ReassignableTopicResponse[];
}

/** A AlterPartitionReassignmentsResponse with every field at its schema default. */
export function defaultAlterPartitionReassignmentsResponse(): AlterPartitionReassignmentsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    responses: [],
  };
}

function readAlterPartitionReassignmentsResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _responses: ReassignableTopicResponse[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _responses = [];
  else {
    const a1: ReassignableTopicResponse[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readReassignableTopicResponse(r, v);
    _responses = a1;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, responses: _responses };
}

function writeAlterPartitionReassignmentsResponse(w: Writer, v: number, o: Input<AlterPartitionReassignmentsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  const a2 = (o.responses === undefined ? [] : o.responses);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeReassignableTopicResponse(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ReassignableTopicResponse (generated from AlterPartitionReassignmentsResponse.json). */
export interface ReassignableTopicResponse {
  name: string;
  partitions: ReassignablePartitionResponse[];
}

/** A ReassignableTopicResponse with every field at its schema default. */
export function defaultReassignableTopicResponse(): ReassignableTopicResponse {
  return {
    name: "",
    partitions: [],
  };
}

function readReassignableTopicResponse(r: Reader, v: number): ReassignableTopicResponse {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: ReassignablePartitionResponse[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: ReassignablePartitionResponse[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readReassignablePartitionResponse(r, v);
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

function writeReassignableTopicResponse(w: Writer, v: number, o: Input<ReassignableTopicResponse>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeReassignablePartitionResponse(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ReassignablePartitionResponse (generated from AlterPartitionReassignmentsResponse.json). */
export interface ReassignablePartitionResponse {
  partitionIndex: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A ReassignablePartitionResponse with every field at its schema default. */
export function defaultReassignablePartitionResponse(): ReassignablePartitionResponse {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

function readReassignablePartitionResponse(r: Reader, v: number): ReassignablePartitionResponse {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writeReassignablePartitionResponse(w: Writer, v: number, o: Input<ReassignablePartitionResponse>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterPartitionReassignmentsResponse of version `v`. */
export function decodeAlterPartitionReassignmentsResponse(r: Reader, v: number): AlterPartitionReassignmentsResponse {
  return readAlterPartitionReassignmentsResponse(r, v);
}

/** Encodes a AlterPartitionReassignmentsResponse of version `v`; missing fields take their defaults. */
export function encodeAlterPartitionReassignmentsResponse(w: Writer, v: number, o: Input<AlterPartitionReassignmentsResponse>): void {
  writeAlterPartitionReassignmentsResponse(w, v, o);
}
