// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ControlledShutdownResponse: versions and flexible versions. */
export const ControlledShutdownResponseMeta = { name: 'ControlledShutdownResponse', apiKey: 7, minVersion: 0, maxVersion: 3, flexibleMin: 3 } as const;

/** ControlledShutdownResponse (generated from ControlledShutdownResponse.json). */
export interface ControlledShutdownResponse {
  errorCode: ErrorCode;
  remainingPartitions: RemainingPartition[];
}

/** A ControlledShutdownResponse with every field at its schema default. */
export function defaultControlledShutdownResponse(): ControlledShutdownResponse {
  return {
    errorCode: 0,
    remainingPartitions: [],
  };
}

function readControlledShutdownResponse(r: Reader, v: number): ControlledShutdownResponse {
  const flex = v >= 3;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _remainingPartitions: RemainingPartition[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _remainingPartitions = [];
  else {
    const a1: RemainingPartition[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readRemainingPartition(r, v);
    _remainingPartitions = a1;
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
  return { errorCode: _errorCode, remainingPartitions: _remainingPartitions };
}

function writeControlledShutdownResponse(w: Writer, v: number, o: Input<ControlledShutdownResponse>): void {
  const flex = v >= 3;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a2 = (o.remainingPartitions === undefined ? [] : o.remainingPartitions);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeRemainingPartition(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** RemainingPartition (generated from ControlledShutdownResponse.json). */
export interface RemainingPartition {
  topicName: string;
  partitionIndex: number;
}

/** A RemainingPartition with every field at its schema default. */
export function defaultRemainingPartition(): RemainingPartition {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

function readRemainingPartition(r: Reader, v: number): RemainingPartition {
  const flex = v >= 3;
  let _topicName: string = "";
  _topicName = r.string(flex);
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { topicName: _topicName, partitionIndex: _partitionIndex };
}

function writeRemainingPartition(w: Writer, v: number, o: Input<RemainingPartition>): void {
  const flex = v >= 3;
  w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ControlledShutdownResponse of version `v`. */
export function decodeControlledShutdownResponse(r: Reader, v: number): ControlledShutdownResponse {
  return readControlledShutdownResponse(r, v);
}

/** Encodes a ControlledShutdownResponse of version `v`; missing fields take their defaults. */
export function encodeControlledShutdownResponse(w: Writer, v: number, o: Input<ControlledShutdownResponse>): void {
  writeControlledShutdownResponse(w, v, o);
}
