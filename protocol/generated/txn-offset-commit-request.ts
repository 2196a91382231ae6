// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** TxnOffsetCommitRequest: versions and flexible versions. */
export const TxnOffsetCommitRequestMeta = { name: 'TxnOffsetCommitRequest', apiKey: 28, minVersion: 0, maxVersion: 4, flexibleMin: 3 } as const;

/** TxnOffsetCommitRequest (generated from TxnOffsetCommitRequest.json). */
export interface TxnOffsetCommitRequest {
  transactionalId: string;
  groupId: string;
  producerId: number;
  producerEpoch: number;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  topics: TxnOffsetCommitRequestTopic[];
}

/** A TxnOffsetCommitRequest with every field at its schema default. */
export function defaultTxnOffsetCommitRequest(): TxnOffsetCommitRequest {
  return {
    transactionalId: "",
    groupId: "",
    producerId: 0,
    producerEpoch: 0,
    generationId: -1,
    memberId: "",
    groupInstanceId: null,
    topics: [],
  };
}

function readTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  const flex = v >= 3;
  let _transactionalId: string = "";
  _transactionalId = r.string(flex);
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _producerId: number = 0;
  _producerId = r.int64();
  let _producerEpoch: number = 0;
  _producerEpoch = r.int16();
  let _generationId: number = -1;
  if (v >= 3) {
    _generationId = r.int32();
  }
  let _memberId: string = "";
  if (v >= 3) {
    _memberId = r.string(flex);
  }
  let _groupInstanceId: string | null = null;
  if (v >= 3) {
    _groupInstanceId = r.nullableString(flex);
  }
  let _topics: TxnOffsetCommitRequestTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TxnOffsetCommitRequestTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTxnOffsetCommitRequestTopic(r, v);
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
  return { transactionalId: _transactionalId, groupId: _groupId, producerId: _producerId, producerEpoch: _producerEpoch, generationId: _generationId, memberId: _memberId, groupInstanceId: _groupInstanceId, topics: _topics };
}

function writeTxnOffsetCommitRequest(w: Writer, v: number, o: Input<TxnOffsetCommitRequest>): void {
  const flex = v >= 3;
  w.string((o.transactionalId === undefined ? "" : o.transactionalId) ?? '', flex);
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.int64((o.producerId === undefined ? 0 : o.producerId));
  w.int16((o.producerEpoch === undefined ? 0 : o.producerEpoch));
  if (v >= 3) {
    w.int32((o.generationId === undefined ? -1 : o.generationId));
  } else {
    if (o.generationId !== undefined && o.generationId !== -1) throw new UnsupportedVersionError('TxnOffsetCommitRequest', 'TxnOffsetCommitRequest.generationId', v, '3+');
  }
  if (v >= 3) {
    w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  } else {
    if (o.memberId !== undefined && o.memberId !== "") throw new UnsupportedVersionError('TxnOffsetCommitRequest', 'TxnOffsetCommitRequest.memberId', v, '3+');
  }
  if (v >= 3) {
    w.nullableString((o.groupInstanceId === undefined ? null : o.groupInstanceId), flex);
  } else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw new UnsupportedVersionError('TxnOffsetCommitRequest', 'TxnOffsetCommitRequest.groupInstanceId', v, '3+');
  }
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTxnOffsetCommitRequestTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TxnOffsetCommitRequestTopic (generated from TxnOffsetCommitRequest.json). */
export interface TxnOffsetCommitRequestTopic {
  name: string;
  partitions: TxnOffsetCommitRequestPartition[];
}

/** A TxnOffsetCommitRequestTopic with every field at its schema default. */
export function defaultTxnOffsetCommitRequestTopic(): TxnOffsetCommitRequestTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readTxnOffsetCommitRequestTopic(r: Reader, v: number): TxnOffsetCommitRequestTopic {
  const flex = v >= 3;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: TxnOffsetCommitRequestPartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: TxnOffsetCommitRequestPartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readTxnOffsetCommitRequestPartition(r, v);
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

function writeTxnOffsetCommitRequestTopic(w: Writer, v: number, o: Input<TxnOffsetCommitRequestTopic>): void {
  const flex = v >= 3;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeTxnOffsetCommitRequestPartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TxnOffsetCommitRequestPartition (generated from TxnOffsetCommitRequest.json). */
export interface TxnOffsetCommitRequestPartition {
  partitionIndex: number;
  committedOffset: number;
  committedLeaderEpoch: number;
  committedMetadata: string | null;
}

/** A TxnOffsetCommitRequestPartition with every field at its schema default. */
export function defaultTxnOffsetCommitRequestPartition(): TxnOffsetCommitRequestPartition {
  return {
    partitionIndex: 0,
    committedOffset: 0,
    committedLeaderEpoch: -1,
    committedMetadata: "",
  };
}

function readTxnOffsetCommitRequestPartition(r: Reader, v: number): TxnOffsetCommitRequestPartition {
  const flex = v >= 3;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _committedOffset: number = 0;
  _committedOffset = r.int64();
  let _committedLeaderEpoch: number = -1;
  if (v >= 2) {
    _committedLeaderEpoch = r.int32();
  }
  let _committedMetadata: string | null = "";
  _committedMetadata = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, committedOffset: _committedOffset, committedLeaderEpoch: _committedLeaderEpoch, committedMetadata: _committedMetadata };
}

function writeTxnOffsetCommitRequestPartition(w: Writer, v: number, o: Input<TxnOffsetCommitRequestPartition>): void {
  const flex = v >= 3;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int64((o.committedOffset === undefined ? 0 : o.committedOffset));
  if (v >= 2) {
    w.int32((o.committedLeaderEpoch === undefined ? -1 : o.committedLeaderEpoch));
  }
  w.nullableString((o.committedMetadata === undefined ? "" : o.committedMetadata), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a TxnOffsetCommitRequest of version `v`. */
export function decodeTxnOffsetCommitRequest(r: Reader, v: number): TxnOffsetCommitRequest {
  return readTxnOffsetCommitRequest(r, v);
}

/** Encodes a TxnOffsetCommitRequest of version `v`; missing fields take their defaults. */
export function encodeTxnOffsetCommitRequest(w: Writer, v: number, o: Input<TxnOffsetCommitRequest>): void {
  writeTxnOffsetCommitRequest(w, v, o);
}
