// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** AddPartitionsToTxnResponse: versions and flexible versions. */
export const AddPartitionsToTxnResponseMeta = { name: 'AddPartitionsToTxnResponse', apiKey: 24, minVersion: 0, maxVersion: 5, flexibleMin: 3 } as const;

/** AddPartitionsToTxnResponse (generated from AddPartitionsToTxnResponse.json). */
export interface AddPartitionsToTxnResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  resultsByTransaction: AddPartitionsToTxnResult[];
  resultsByTopicV3AndBelow: AddPartitionsToTxnTopicResult[];
}

/** A AddPartitionsToTxnResponse with every field at its schema default. */
export function defaultAddPartitionsToTxnResponse(): AddPartitionsToTxnResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    resultsByTransaction: [],
    resultsByTopicV3AndBelow: [],
  };
}

function readAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  const flex = v >= 3;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  if (v >= 4) {
    _errorCode = r.int16() as ErrorCode;
  }
  let _resultsByTransaction: AddPartitionsToTxnResult[] = [];
  if (v >= 4) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _resultsByTransaction = [];
    else {
      const a1: AddPartitionsToTxnResult[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readAddPartitionsToTxnResult(r, v);
      _resultsByTransaction = a1;
    }
  }
  let _resultsByTopicV3AndBelow: AddPartitionsToTxnTopicResult[] = [];
  if (v <= 3) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _resultsByTopicV3AndBelow = [];
    else {
      const a3: AddPartitionsToTxnTopicResult[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readAddPartitionsToTxnTopicResult(r, v);
      _resultsByTopicV3AndBelow = a3;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, resultsByTransaction: _resultsByTransaction, resultsByTopicV3AndBelow: _resultsByTopicV3AndBelow };
}

function writeAddPartitionsToTxnResponse(w: Writer, v: number, o: Input<AddPartitionsToTxnResponse>): void {
  const flex = v >= 3;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  if (v >= 4) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  }
  if (v >= 4) {
    const a4 = (o.resultsByTransaction === undefined ? [] : o.resultsByTransaction);
    if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a4.length, flex);
      for (let i = 0; i < a4.length; i++) writeAddPartitionsToTxnResult(w, v, a4[i]);
    }
  } else {
    if (o.resultsByTransaction !== undefined && o.resultsByTransaction !== null && o.resultsByTransaction.length > 0) throw new UnsupportedVersionError('AddPartitionsToTxnResponse', 'AddPartitionsToTxnResponse.resultsByTransaction', v, '4+');
  }
  if (v <= 3) {
    const a5 = (o.resultsByTopicV3AndBelow === undefined ? [] : o.resultsByTopicV3AndBelow);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeAddPartitionsToTxnTopicResult(w, v, a5[i]);
    }
  } else {
    if (o.resultsByTopicV3AndBelow !== undefined && o.resultsByTopicV3AndBelow !== null && o.resultsByTopicV3AndBelow.length > 0) throw new UnsupportedVersionError('AddPartitionsToTxnResponse', 'AddPartitionsToTxnResponse.resultsByTopicV3AndBelow', v, '0-3');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AddPartitionsToTxnTopicResult (generated from AddPartitionsToTxnResponse.json). */
export interface AddPartitionsToTxnTopicResult {
  name: string;
  resultsByPartition: AddPartitionsToTxnPartitionResult[];
}

/** A AddPartitionsToTxnTopicResult with every field at its schema default. */
export function defaultAddPartitionsToTxnTopicResult(): AddPartitionsToTxnTopicResult {
  return {
    name: "",
    resultsByPartition: [],
  };
}

function readAddPartitionsToTxnTopicResult(r: Reader, v: number): AddPartitionsToTxnTopicResult {
  const flex = v >= 3;
  let _name: string = "";
  _name = r.string(flex);
  let _resultsByPartition: AddPartitionsToTxnPartitionResult[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _resultsByPartition = [];
  else {
    const a7: AddPartitionsToTxnPartitionResult[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readAddPartitionsToTxnPartitionResult(r, v);
    _resultsByPartition = a7;
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
  return { name: _name, resultsByPartition: _resultsByPartition };
}

function writeAddPartitionsToTxnTopicResult(w: Writer, v: number, o: Input<AddPartitionsToTxnTopicResult>): void {
  const flex = v >= 3;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a8 = (o.resultsByPartition === undefined ? [] : o.resultsByPartition);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeAddPartitionsToTxnPartitionResult(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AddPartitionsToTxnPartitionResult (generated from AddPartitionsToTxnResponse.json). */
export interface AddPartitionsToTxnPartitionResult {
  partitionIndex: number;
  partitionErrorCode: ErrorCode;
}

/** A AddPartitionsToTxnPartitionResult with every field at its schema default. */
export function defaultAddPartitionsToTxnPartitionResult(): AddPartitionsToTxnPartitionResult {
  return {
    partitionIndex: 0,
    partitionErrorCode: 0,
  };
}

function readAddPartitionsToTxnPartitionResult(r: Reader, v: number): AddPartitionsToTxnPartitionResult {
  const flex = v >= 3;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _partitionErrorCode: ErrorCode = 0;
  _partitionErrorCode = r.int16() as ErrorCode;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, partitionErrorCode: _partitionErrorCode };
}

function writeAddPartitionsToTxnPartitionResult(w: Writer, v: number, o: Input<AddPartitionsToTxnPartitionResult>): void {
  const flex = v >= 3;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.partitionErrorCode === undefined ? 0 : o.partitionErrorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** AddPartitionsToTxnResult (generated from AddPartitionsToTxnResponse.json). */
export interface AddPartitionsToTxnResult {
  transactionalId: string;
  topicResults: AddPartitionsToTxnTopicResult[];
}

/** A AddPartitionsToTxnResult with every field at its schema default. */
export function defaultAddPartitionsToTxnResult(): AddPartitionsToTxnResult {
  return {
    transactionalId: "",
    topicResults: [],
  };
}

function readAddPartitionsToTxnResult(r: Reader, v: number): AddPartitionsToTxnResult {
  const flex = v >= 3;
  let _transactionalId: string = "";
  if (v >= 4) {
    _transactionalId = r.string(flex);
  }
  let _topicResults: AddPartitionsToTxnTopicResult[] = [];
  if (v >= 4) {
    const n9 = r.arrayLength(flex);
    if (n9 < 0) _topicResults = [];
    else {
      const a10: AddPartitionsToTxnTopicResult[] = new Array(n9);
      for (let i = 0; i < n9; i++) a10[i] = readAddPartitionsToTxnTopicResult(r, v);
      _topicResults = a10;
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
  return { transactionalId: _transactionalId, topicResults: _topicResults };
}

function writeAddPartitionsToTxnResult(w: Writer, v: number, o: Input<AddPartitionsToTxnResult>): void {
  const flex = v >= 3;
  if (v >= 4) {
    w.string((o.transactionalId === undefined ? "" : o.transactionalId) ?? '', flex);
  } else {
    if (o.transactionalId !== undefined && o.transactionalId !== "") throw new UnsupportedVersionError('AddPartitionsToTxnResponse', 'AddPartitionsToTxnResult.transactionalId', v, '4+');
  }
  if (v >= 4) {
    const a11 = (o.topicResults === undefined ? [] : o.topicResults);
    if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a11.length, flex);
      for (let i = 0; i < a11.length; i++) writeAddPartitionsToTxnTopicResult(w, v, a11[i]);
    }
  } else {
    if (o.topicResults !== undefined && o.topicResults !== null && o.topicResults.length > 0) throw new UnsupportedVersionError('AddPartitionsToTxnResponse', 'AddPartitionsToTxnResult.topicResults', v, '4+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AddPartitionsToTxnResponse of version `v`. */
export function decodeAddPartitionsToTxnResponse(r: Reader, v: number): AddPartitionsToTxnResponse {
  return readAddPartitionsToTxnResponse(r, v);
}

/** Encodes a AddPartitionsToTxnResponse of version `v`; missing fields take their defaults. */
export function encodeAddPartitionsToTxnResponse(w: Writer, v: number, o: Input<AddPartitionsToTxnResponse>): void {
  writeAddPartitionsToTxnResponse(w, v, o);
}
