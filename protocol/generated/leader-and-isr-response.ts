// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** LeaderAndIsrResponse: versions and flexible versions. */
export const LeaderAndIsrResponseMeta = { name: 'LeaderAndIsrResponse', apiKey: 4, minVersion: 0, maxVersion: 7, flexibleMin: 4 } as const;

/** LeaderAndIsrResponse (generated from LeaderAndIsrResponse.json). */
export interface LeaderAndIsrResponse {
  errorCode: ErrorCode;
  partitionErrors: LeaderAndIsrPartitionError[];
  topics: LeaderAndIsrTopicError[];
}

/** A LeaderAndIsrResponse with every field at its schema default. */
export function defaultLeaderAndIsrResponse(): LeaderAndIsrResponse {
  return {
    errorCode: 0,
    partitionErrors: [],
    topics: [],
  };
}

function readLeaderAndIsrResponse(r: Reader, v: number): LeaderAndIsrResponse {
  const flex = v >= 4;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _partitionErrors: LeaderAndIsrPartitionError[] = [];
  if (v <= 4) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _partitionErrors = [];
    else {
      const a1: LeaderAndIsrPartitionError[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readLeaderAndIsrPartitionError(r, v);
      _partitionErrors = a1;
    }
  }
  let _topics: LeaderAndIsrTopicError[] = [];
  if (v >= 5) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _topics = [];
    else {
      const a3: LeaderAndIsrTopicError[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readLeaderAndIsrTopicError(r, v);
      _topics = a3;
    }
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
  return { errorCode: _errorCode, partitionErrors: _partitionErrors, topics: _topics };
}

function writeLeaderAndIsrResponse(w: Writer, v: number, o: Input<LeaderAndIsrResponse>): void {
  const flex = v >= 4;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v <= 4) {
    const a4 = (o.partitionErrors === undefined ? [] : o.partitionErrors);
    if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a4.length, flex);
      for (let i = 0; i < a4.length; i++) writeLeaderAndIsrPartitionError(w, v, a4[i]);
    }
  } else {
    if (o.partitionErrors !== undefined && o.partitionErrors !== null && o.partitionErrors.length > 0) throw new UnsupportedVersionError('LeaderAndIsrResponse', 'LeaderAndIsrResponse.partitionErrors', v, '0-4');
  }
  if (v >= 5) {
    const a5 = (o.topics === undefined ? [] : o.topics);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeLeaderAndIsrTopicError(w, v, a5[i]);
    }
  } else {
    if (o.topics !== undefined && o.topics !== null && o.topics.length > 0) throw new UnsupportedVersionError('LeaderAndIsrResponse', 'LeaderAndIsrResponse.topics', v, '5+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderAndIsrPartitionError (generated from LeaderAndIsrResponse.json). */
export interface LeaderAndIsrPartitionError {
  topicName: string;
  partitionIndex: number;
  errorCode: ErrorCode;
}

/** A LeaderAndIsrPartitionError with every field at its schema default. */
export function defaultLeaderAndIsrPartitionError(): LeaderAndIsrPartitionError {
  return {
    topicName: "",
    partitionIndex: 0,
    errorCode: 0,
  };
}

function readLeaderAndIsrPartitionError(r: Reader, v: number): LeaderAndIsrPartitionError {
  const flex = v >= 4;
  let _topicName: string = "";
  if (v <= 4) {
    _topicName = r.string(flex);
  }
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

function writeLeaderAndIsrPartitionError(w: Writer, v: number, o: Input<LeaderAndIsrPartitionError>): void {
  const flex = v >= 4;
  if (v <= 4) {
    w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  }
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderAndIsrTopicError (generated from LeaderAndIsrResponse.json). */
export interface LeaderAndIsrTopicError {
  topicId: string;
  partitionErrors: LeaderAndIsrPartitionError[];
}

/** A LeaderAndIsrTopicError with every field at its schema default. */
export function defaultLeaderAndIsrTopicError(): LeaderAndIsrTopicError {
  return {
    topicId: ZERO_UUID,
    partitionErrors: [],
  };
}

function readLeaderAndIsrTopicError(r: Reader, v: number): LeaderAndIsrTopicError {
  const flex = v >= 4;
  let _topicId: string = ZERO_UUID;
  if (v >= 5) {
    _topicId = r.uuid();
  }
  let _partitionErrors: LeaderAndIsrPartitionError[] = [];
  if (v >= 5) {
    const n6 = r.arrayLength(flex);
    if (n6 < 0) _partitionErrors = [];
    else {
      const a7: LeaderAndIsrPartitionError[] = new Array(n6);
      for (let i = 0; i < n6; i++) a7[i] = readLeaderAndIsrPartitionError(r, v);
      _partitionErrors = a7;
    }
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
  return { topicId: _topicId, partitionErrors: _partitionErrors };
}

function writeLeaderAndIsrTopicError(w: Writer, v: number, o: Input<LeaderAndIsrTopicError>): void {
  const flex = v >= 4;
  if (v >= 5) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  } else {
    if (o.topicId !== undefined && o.topicId !== ZERO_UUID) throw new UnsupportedVersionError('LeaderAndIsrResponse', 'LeaderAndIsrTopicError.topicId', v, '5+');
  }
  if (v >= 5) {
    const a8 = (o.partitionErrors === undefined ? [] : o.partitionErrors);
    if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a8.length, flex);
      for (let i = 0; i < a8.length; i++) writeLeaderAndIsrPartitionError(w, v, a8[i]);
    }
  } else {
    if (o.partitionErrors !== undefined && o.partitionErrors !== null && o.partitionErrors.length > 0) throw new UnsupportedVersionError('LeaderAndIsrResponse', 'LeaderAndIsrTopicError.partitionErrors', v, '5+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a LeaderAndIsrResponse of version `v`. */
export function decodeLeaderAndIsrResponse(r: Reader, v: number): LeaderAndIsrResponse {
  return readLeaderAndIsrResponse(r, v);
}

/** Encodes a LeaderAndIsrResponse of version `v`; missing fields take their defaults. */
export function encodeLeaderAndIsrResponse(w: Writer, v: number, o: Input<LeaderAndIsrResponse>): void {
  writeLeaderAndIsrResponse(w, v, o);
}
