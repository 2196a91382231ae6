// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DescribeLogDirsResponse: versions and flexible versions. */
export const DescribeLogDirsResponseMeta = { name: 'DescribeLogDirsResponse', apiKey: 35, minVersion: 0, maxVersion: 4, flexibleMin: 2 } as const;

/** DescribeLogDirsResponse (generated from DescribeLogDirsResponse.json). */
export interface DescribeLogDirsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  results: DescribeLogDirsResult[];
}

/** A DescribeLogDirsResponse with every field at its schema default. */
export function defaultDescribeLogDirsResponse(): DescribeLogDirsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    results: [],
  };
}

function readDescribeLogDirsResponse(r: Reader, v: number): DescribeLogDirsResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  if (v >= 3) {
    _errorCode = r.int16() as ErrorCode;
  }
  let _results: DescribeLogDirsResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: DescribeLogDirsResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribeLogDirsResult(r, v);
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, results: _results };
}

function writeDescribeLogDirsResponse(w: Writer, v: number, o: Input<DescribeLogDirsResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  if (v >= 3) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  }
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribeLogDirsResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeLogDirsResult (generated from DescribeLogDirsResponse.json). */
export interface DescribeLogDirsResult {
  errorCode: ErrorCode;
  logDir: string;
  topics: DescribeLogDirsTopic[];
  totalBytes: number;
  usableBytes: number;
}

/** A DescribeLogDirsResult with every field at its schema default. */
export function defaultDescribeLogDirsResult(): DescribeLogDirsResult {
  return {
    errorCode: 0,
    logDir: "",
    topics: [],
    totalBytes: -1,
    usableBytes: -1,
  };
}

function readDescribeLogDirsResult(r: Reader, v: number): DescribeLogDirsResult {
  const flex = v >= 2;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _logDir: string = "";
  _logDir = r.string(flex);
  let _topics: DescribeLogDirsTopic[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _topics = [];
  else {
    const a4: DescribeLogDirsTopic[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readDescribeLogDirsTopic(r, v);
    _topics = a4;
  }
  let _totalBytes: number = -1;
  if (v >= 4) {
    _totalBytes = r.int64();
  }
  let _usableBytes: number = -1;
  if (v >= 4) {
    _usableBytes = r.int64();
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
  return { errorCode: _errorCode, logDir: _logDir, topics: _topics, totalBytes: _totalBytes, usableBytes: _usableBytes };
}

function writeDescribeLogDirsResult(w: Writer, v: number, o: Input<DescribeLogDirsResult>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.string((o.logDir === undefined ? "" : o.logDir) ?? '', flex);
  const a5 = (o.topics === undefined ? [] : o.topics);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeDescribeLogDirsTopic(w, v, a5[i]);
  }
  if (v >= 4) {
    w.int64((o.totalBytes === undefined ? -1 : o.totalBytes));
  }
  if (v >= 4) {
    w.int64((o.usableBytes === undefined ? -1 : o.usableBytes));
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeLogDirsTopic (generated from DescribeLogDirsResponse.json). */
export interface DescribeLogDirsTopic {
  name: string;
  partitions: DescribeLogDirsPartition[];
}

/** A DescribeLogDirsTopic with every field at its schema default. */
export function defaultDescribeLogDirsTopic(): DescribeLogDirsTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readDescribeLogDirsTopic(r: Reader, v: number): DescribeLogDirsTopic {
  const flex = v >= 2;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: DescribeLogDirsPartition[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: DescribeLogDirsPartition[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readDescribeLogDirsPartition(r, v);
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
  return { name: _name, partitions: _partitions };
}

function writeDescribeLogDirsTopic(w: Writer, v: number, o: Input<DescribeLogDirsTopic>): void {
  const flex = v >= 2;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeDescribeLogDirsPartition(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeLogDirsPartition (generated from DescribeLogDirsResponse.json). */
export interface DescribeLogDirsPartition {
  partitionIndex: number;
  partitionSize: number;
  offsetLag: number;
  isFutureKey: boolean;
}

/** A DescribeLogDirsPartition with every field at its schema default. */
export function defaultDescribeLogDirsPartition(): DescribeLogDirsPartition {
  return {
    partitionIndex: 0,
    partitionSize: 0,
    offsetLag: 0,
    isFutureKey: false,
  };
}

function readDescribeLogDirsPartition(r: Reader, v: number): DescribeLogDirsPartition {
  const flex = v >= 2;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _partitionSize: number = 0;
  _partitionSize = r.int64();
  let _offsetLag: number = 0;
  _offsetLag = r.int64();
  let _isFutureKey: boolean = false;
  _isFutureKey = r.bool();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, partitionSize: _partitionSize, offsetLag: _offsetLag, isFutureKey: _isFutureKey };
}

function writeDescribeLogDirsPartition(w: Writer, v: number, o: Input<DescribeLogDirsPartition>): void {
  const flex = v >= 2;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int64((o.partitionSize === undefined ? 0 : o.partitionSize));
  w.int64((o.offsetLag === undefined ? 0 : o.offsetLag));
  w.bool((o.isFutureKey === undefined ? false : o.isFutureKey));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeLogDirsResponse of version `v`. */
export function decodeDescribeLogDirsResponse(r: Reader, v: number): DescribeLogDirsResponse {
  return readDescribeLogDirsResponse(r, v);
}

/** Encodes a DescribeLogDirsResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeLogDirsResponse(w: Writer, v: number, o: Input<DescribeLogDirsResponse>): void {
  writeDescribeLogDirsResponse(w, v, o);
}
