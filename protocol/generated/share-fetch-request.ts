// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ShareFetchRequest: versions and flexible versions. */
export const ShareFetchRequestMeta = { name: 'ShareFetchRequest', apiKey: 78, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ShareFetchRequest (generated from ShareFetchRequest.json). */
export interface ShareFetchRequest {
  groupId: string | null;
  memberId: string | null;
  shareSessionEpoch: number;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  topics: FetchTopic[];
  forgottenTopicsData: ForgottenTopic[];
}

/** A ShareFetchRequest with every field at its schema default. */
export function defaultShareFetchRequest(): ShareFetchRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    topics: [],
    forgottenTopicsData: [],
  };
}

function readShareFetchRequest(r: Reader, v: number): ShareFetchRequest {
  const flex = true;
  let _groupId: string | null = null;
  _groupId = r.nullableString(flex);
  let _memberId: string | null = "";
  _memberId = r.nullableString(flex);
  let _shareSessionEpoch: number = 0;
  _shareSessionEpoch = r.int32();
  let _maxWaitMs: number = 0;
  _maxWaitMs = r.int32();
  let _minBytes: number = 0;
  _minBytes = r.int32();
  let _maxBytes: number = 2147483647;
  _maxBytes = r.int32();
  let _topics: FetchTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: FetchTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readFetchTopic(r, v);
    _topics = a1;
  }
  let _forgottenTopicsData: ForgottenTopic[] = [];
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _forgottenTopicsData = [];
  else {
    const a3: ForgottenTopic[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = readForgottenTopic(r, v);
    _forgottenTopicsData = a3;
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
  return { groupId: _groupId, memberId: _memberId, shareSessionEpoch: _shareSessionEpoch, maxWaitMs: _maxWaitMs, minBytes: _minBytes, maxBytes: _maxBytes, topics: _topics, forgottenTopicsData: _forgottenTopicsData };
}

function writeShareFetchRequest(w: Writer, v: number, o: Input<ShareFetchRequest>): void {
  const flex = true;
  w.nullableString((o.groupId === undefined ? null : o.groupId), flex);
  w.nullableString((o.memberId === undefined ? "" : o.memberId), flex);
  w.int32((o.shareSessionEpoch === undefined ? 0 : o.shareSessionEpoch));
  w.int32((o.maxWaitMs === undefined ? 0 : o.maxWaitMs));
  w.int32((o.minBytes === undefined ? 0 : o.minBytes));
  w.int32((o.maxBytes === undefined ? 2147483647 : o.maxBytes));
  const a4 = (o.topics === undefined ? [] : o.topics);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeFetchTopic(w, v, a4[i]);
  }
  const a5 = (o.forgottenTopicsData === undefined ? [] : o.forgottenTopicsData);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeForgottenTopic(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** FetchTopic (generated from ShareFetchRequest.json). */
export interface FetchTopic {
  topicId: string;
  partitions: FetchPartition[];
}

/** A FetchTopic with every field at its schema default. */
export function defaultFetchTopic(): FetchTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readFetchTopic(r: Reader, v: number): FetchTopic {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
  let _partitions: FetchPartition[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: FetchPartition[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readFetchPartition(r, v);
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
  return { topicId: _topicId, partitions: _partitions };
}

function writeFetchTopic(w: Writer, v: number, o: Input<FetchTopic>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeFetchPartition(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** FetchPartition (generated from ShareFetchRequest.json). */
export interface FetchPartition {
  partitionIndex: number;
  partitionMaxBytes: number;
  acknowledgementBatches: AcknowledgementBatch[];
}

/** A FetchPartition with every field at its schema default. */
export function defaultFetchPartition(): FetchPartition {
  return {
    partitionIndex: 0,
    partitionMaxBytes: 0,
    acknowledgementBatches: [],
  };
}

function readFetchPartition(r: Reader, v: number): FetchPartition {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _partitionMaxBytes: number = 0;
  _partitionMaxBytes = r.int32();
  let _acknowledgementBatches: AcknowledgementBatch[] = [];
  const n9 = r.arrayLength(flex);
  if (n9 < 0) _acknowledgementBatches = [];
  else {
    const a10: AcknowledgementBatch[] = new Array(n9);
    for (let i = 0; i < n9; i++) a10[i] = readAcknowledgementBatch(r, v);
    _acknowledgementBatches = a10;
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
  return { partitionIndex: _partitionIndex, partitionMaxBytes: _partitionMaxBytes, acknowledgementBatches: _acknowledgementBatches };
}

function writeFetchPartition(w: Writer, v: number, o: Input<FetchPartition>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int32((o.partitionMaxBytes === undefined ? 0 : o.partitionMaxBytes));
  const a11 = (o.acknowledgementBatches === undefined ? [] : o.acknowledgementBatches);
  if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a11.length, flex);
    for (let i = 0; i < a11.length; i++) writeAcknowledgementBatch(w, v, a11[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AcknowledgementBatch (generated from ShareFetchRequest.json). */
export interface AcknowledgementBatch {
  firstOffset: number;
  lastOffset: number;
  acknowledgeTypes: number[];
}

/** A AcknowledgementBatch with every field at its schema default. */
export function defaultAcknowledgementBatch(): AcknowledgementBatch {
  return {
    firstOffset: 0,
    lastOffset: 0,
    acknowledgeTypes: [],
  };
}

function readAcknowledgementBatch(r: Reader, v: number): AcknowledgementBatch {
  const flex = true;
  let _firstOffset: number = 0;
  _firstOffset = r.int64();
  let _lastOffset: number = 0;
  _lastOffset = r.int64();
  let _acknowledgeTypes: number[] = [];
  const n12 = r.arrayLength(flex);
  if (n12 < 0) _acknowledgeTypes = [];
  else {
    const a13: number[] = new Array(n12);
    for (let i = 0; i < n12; i++) a13[i] = r.int8();
    _acknowledgeTypes = a13;
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
  return { firstOffset: _firstOffset, lastOffset: _lastOffset, acknowledgeTypes: _acknowledgeTypes };
}

function writeAcknowledgementBatch(w: Writer, v: number, o: Input<AcknowledgementBatch>): void {
  const flex = true;
  w.int64((o.firstOffset === undefined ? 0 : o.firstOffset));
  w.int64((o.lastOffset === undefined ? 0 : o.lastOffset));
  const a14 = (o.acknowledgeTypes === undefined ? [] : o.acknowledgeTypes);
  if (a14 === null || a14 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a14.length, flex);
    for (let i = 0; i < a14.length; i++) w.int8(a14[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ForgottenTopic (generated from ShareFetchRequest.json). */
export interface ForgottenTopic {
  topicId: string;
  partitions: number[];
}

/** A ForgottenTopic with every field at its schema default. */
export function defaultForgottenTopic(): ForgottenTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readForgottenTopic(r: Reader, v: number): ForgottenTopic {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
  let _partitions: number[] = [];
  const n15 = r.arrayLength(flex);
  if (n15 < 0) _partitions = [];
  else {
    const a16: number[] = new Array(n15);
    for (let i = 0; i < n15; i++) a16[i] = r.int32();
    _partitions = a16;
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
  return { topicId: _topicId, partitions: _partitions };
}

function writeForgottenTopic(w: Writer, v: number, o: Input<ForgottenTopic>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  const a17 = (o.partitions === undefined ? [] : o.partitions);
  if (a17 === null || a17 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a17.length, flex);
    for (let i = 0; i < a17.length; i++) w.int32(a17[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ShareFetchRequest of version `v`. */
export function decodeShareFetchRequest(r: Reader, v: number): ShareFetchRequest {
  return readShareFetchRequest(r, v);
}

/** Encodes a ShareFetchRequest of version `v`; missing fields take their defaults. */
export function encodeShareFetchRequest(w: Writer, v: number, o: Input<ShareFetchRequest>): void {
  writeShareFetchRequest(w, v, o);
}
