// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** OffsetForLeaderEpochResponse: versions and flexible versions. */
export const OffsetForLeaderEpochResponseMeta = { name: 'OffsetForLeaderEpochResponse', apiKey: 23, minVersion: 0, maxVersion: 4, flexibleMin: 4 } as const;

/** OffsetForLeaderEpochResponse (generated from OffsetForLeaderEpochResponse.json). */
export interface OffsetForLeaderEpochResponse {
  throttleTimeMs: number;
  topics: OffsetForLeaderTopicResult[];
}

/** A OffsetForLeaderEpochResponse with every field at its schema default. */
export function defaultOffsetForLeaderEpochResponse(): OffsetForLeaderEpochResponse {
  return {
    throttleTimeMs: 0,
    topics: [],
  };
}

function readOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  const flex = v >= 4;
  let _throttleTimeMs: number = 0;
  if (v >= 2) {
    _throttleTimeMs = r.int32();
  }
  let _topics: OffsetForLeaderTopicResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: OffsetForLeaderTopicResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readOffsetForLeaderTopicResult(r, v);
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

function writeOffsetForLeaderEpochResponse(w: Writer, v: number, o: Input<OffsetForLeaderEpochResponse>): void {
  const flex = v >= 4;
  if (v >= 2) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeOffsetForLeaderTopicResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetForLeaderTopicResult (generated from OffsetForLeaderEpochResponse.json). */
export interface OffsetForLeaderTopicResult {
  topic: string;
  partitions: EpochEndOffset[];
}

/** A OffsetForLeaderTopicResult with every field at its schema default. */
export function defaultOffsetForLeaderTopicResult(): OffsetForLeaderTopicResult {
  return {
    topic: "",
    partitions: [],
  };
}

function readOffsetForLeaderTopicResult(r: Reader, v: number): OffsetForLeaderTopicResult {
  const flex = v >= 4;
  let _topic: string = "";
  _topic = r.string(flex);
  let _partitions: EpochEndOffset[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: EpochEndOffset[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readEpochEndOffset(r, v);
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
  return { topic: _topic, partitions: _partitions };
}

function writeOffsetForLeaderTopicResult(w: Writer, v: number, o: Input<OffsetForLeaderTopicResult>): void {
  const flex = v >= 4;
  w.string((o.topic === undefined ? "" : o.topic) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeEpochEndOffset(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** EpochEndOffset (generated from OffsetForLeaderEpochResponse.json). */
export interface EpochEndOffset {
  errorCode: ErrorCode;
  partition: number;
  leaderEpoch: number;
  endOffset: number;
}

/** A EpochEndOffset with every field at its schema default. */
export function defaultEpochEndOffset(): EpochEndOffset {
  return {
    errorCode: 0,
    partition: 0,
    leaderEpoch: -1,
    endOffset: -1,
  };
}

function readEpochEndOffset(r: Reader, v: number): EpochEndOffset {
  const flex = v >= 4;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _partition: number = 0;
  _partition = r.int32();
  let _leaderEpoch: number = -1;
  if (v >= 1) {
    _leaderEpoch = r.int32();
  }
  let _endOffset: number = -1;
  _endOffset = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { errorCode: _errorCode, partition: _partition, leaderEpoch: _leaderEpoch, endOffset: _endOffset };
}

function writeEpochEndOffset(w: Writer, v: number, o: Input<EpochEndOffset>): void {
  const flex = v >= 4;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int32((o.partition === undefined ? 0 : o.partition));
  if (v >= 1) {
    w.int32((o.leaderEpoch === undefined ? -1 : o.leaderEpoch));
  }
  w.int64((o.endOffset === undefined ? -1 : o.endOffset));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a OffsetForLeaderEpochResponse of version `v`. */
export function decodeOffsetForLeaderEpochResponse(r: Reader, v: number): OffsetForLeaderEpochResponse {
  return readOffsetForLeaderEpochResponse(r, v);
}

/** Encodes a OffsetForLeaderEpochResponse of version `v`; missing fields take their defaults. */
export function encodeOffsetForLeaderEpochResponse(w: Writer, v: number, o: Input<OffsetForLeaderEpochResponse>): void {
  writeOffsetForLeaderEpochResponse(w, v, o);
}
