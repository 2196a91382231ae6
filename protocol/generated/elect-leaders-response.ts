// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** ElectLeadersResponse: versions and flexible versions. */
export const ElectLeadersResponseMeta = { name: 'ElectLeadersResponse', apiKey: 43, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** ElectLeadersResponse (generated from ElectLeadersResponse.json). */
export interface ElectLeadersResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  replicaElectionResults: ReplicaElectionResult[];
}

/** A ElectLeadersResponse with every field at its schema default. */
export function defaultElectLeadersResponse(): ElectLeadersResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    replicaElectionResults: [],
  };
}

function readElectLeadersResponse(r: Reader, v: number): ElectLeadersResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  if (v >= 1) {
    _errorCode = r.int16() as ErrorCode;
  }
  let _replicaElectionResults: ReplicaElectionResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _replicaElectionResults = [];
  else {
    const a1: ReplicaElectionResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readReplicaElectionResult(r, v);
    _replicaElectionResults = a1;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, replicaElectionResults: _replicaElectionResults };
}

function writeElectLeadersResponse(w: Writer, v: number, o: Input<ElectLeadersResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  if (v >= 1) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  } else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw new UnsupportedVersionError('ElectLeadersResponse', 'ElectLeadersResponse.errorCode', v, '1+');
  }
  const a2 = (o.replicaElectionResults === undefined ? [] : o.replicaElectionResults);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeReplicaElectionResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ReplicaElectionResult (generated from ElectLeadersResponse.json). */
export interface ReplicaElectionResult {
  topic: string;
  partitionResult: PartitionResult[];
}

/** A ReplicaElectionResult with every field at its schema default. */
export function defaultReplicaElectionResult(): ReplicaElectionResult {
  return {
    topic: "",
    partitionResult: [],
  };
}

function readReplicaElectionResult(r: Reader, v: number): ReplicaElectionResult {
  const flex = v >= 2;
  let _topic: string = "";
  _topic = r.string(flex);
  let _partitionResult: PartitionResult[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitionResult = [];
  else {
    const a4: PartitionResult[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readPartitionResult(r, v);
    _partitionResult = a4;
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
  return { topic: _topic, partitionResult: _partitionResult };
}

function writeReplicaElectionResult(w: Writer, v: number, o: Input<ReplicaElectionResult>): void {
  const flex = v >= 2;
  w.string((o.topic === undefined ? "" : o.topic) ?? '', flex);
  const a5 = (o.partitionResult === undefined ? [] : o.partitionResult);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writePartitionResult(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionResult (generated from ElectLeadersResponse.json). */
export interface PartitionResult {
  partitionId: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A PartitionResult with every field at its schema default. */
export function defaultPartitionResult(): PartitionResult {
  return {
    partitionId: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

function readPartitionResult(r: Reader, v: number): PartitionResult {
  const flex = v >= 2;
  let _partitionId: number = 0;
  _partitionId = r.int32();
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
  return { partitionId: _partitionId, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writePartitionResult(w: Writer, v: number, o: Input<PartitionResult>): void {
  const flex = v >= 2;
  w.int32((o.partitionId === undefined ? 0 : o.partitionId));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ElectLeadersResponse of version `v`. */
export function decodeElectLeadersResponse(r: Reader, v: number): ElectLeadersResponse {
  return readElectLeadersResponse(r, v);
}

/** Encodes a ElectLeadersResponse of version `v`; missing fields take their defaults. */
export function encodeElectLeadersResponse(w: Writer, v: number, o: Input<ElectLeadersResponse>): void {
  writeElectLeadersResponse(w, v, o);
}
