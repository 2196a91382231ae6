// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ShareAcknowledgeRequest: versions and flexible versions. */
export const ShareAcknowledgeRequestMeta = { name: 'ShareAcknowledgeRequest', apiKey: 79, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ShareAcknowledgeRequest (generated from ShareAcknowledgeRequest.json). */
export interface ShareAcknowledgeRequest {
  groupId: string | null;
  memberId: string | null;
  shareSessionEpoch: number;
  topics: AcknowledgeTopic[];
}

/** A ShareAcknowledgeRequest with every field at its schema default. */
export function defaultShareAcknowledgeRequest(): ShareAcknowledgeRequest {
  return {
    groupId: null,
    memberId: "",
    shareSessionEpoch: 0,
    topics: [],
  };
}

function readShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
  const flex = true;
  let _groupId: string | null = null;
  _groupId = r.nullableString(flex);
  let _memberId: string | null = "";
  _memberId = r.nullableString(flex);
  let _shareSessionEpoch: number = 0;
  _shareSessionEpoch = r.int32();
  let _topics: AcknowledgeTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: AcknowledgeTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readAcknowledgeTopic(r, v);
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
  return { groupId: _groupId, memberId: _memberId, shareSessionEpoch: _shareSessionEpoch, topics: _topics };
}

function writeShareAcknowledgeRequest(w: Writer, v: number, o: Input<ShareAcknowledgeRequest>): void {
  const flex = true;
  w.nullableString((o.groupId === undefined ? null : o.groupId), flex);
  w.nullableString((o.memberId === undefined ? "" : o.memberId), flex);
  w.int32((o.shareSessionEpoch === undefined ? 0 : o.shareSessionEpoch));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeAcknowledgeTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AcknowledgeTopic (generated from ShareAcknowledgeRequest.json). */
export interface AcknowledgeTopic {
  topicId: string;
  partitions: AcknowledgePartition[];
}

/** A AcknowledgeTopic with every field at its schema default. */
export function defaultAcknowledgeTopic(): AcknowledgeTopic {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readAcknowledgeTopic(r: Reader, v: number): AcknowledgeTopic {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
  let _partitions: AcknowledgePartition[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: AcknowledgePartition[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readAcknowledgePartition(r, v);
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
  return { topicId: _topicId, partitions: _partitions };
}

function writeAcknowledgeTopic(w: Writer, v: number, o: Input<AcknowledgeTopic>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeAcknowledgePartition(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AcknowledgePartition (generated from ShareAcknowledgeRequest.json). */
export interface AcknowledgePartition {
  partitionIndex: number;
  acknowledgementBatches: AcknowledgementBatch[];
}

/** A AcknowledgePartition with every field at its schema default. */
export function defaultAcknowledgePartition(): AcknowledgePartition {
  return {
    partitionIndex: 0,
    acknowledgementBatches: [],
  };
}

function readAcknowledgePartition(r: Reader, v: number): AcknowledgePartition {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _acknowledgementBatches: AcknowledgementBatch[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _acknowledgementBatches = [];
  else {
    const a7: AcknowledgementBatch[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readAcknowledgementBatch(r, v);
    _acknowledgementBatches = a7;
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
  return { partitionIndex: _partitionIndex, acknowledgementBatches: _acknowledgementBatches };
}

function writeAcknowledgePartition(w: Writer, v: number, o: Input<AcknowledgePartition>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  const a8 = (o.acknowledgementBatches === undefined ? [] : o.acknowledgementBatches);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeAcknowledgementBatch(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AcknowledgementBatch (generated from ShareAcknowledgeRequest.json). */
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
  const n9 = r.arrayLength(flex);
  if (n9 < 0) _acknowledgeTypes = [];
  else {
    const a10: number[] = new Array(n9);
    for (let i = 0; i < n9; i++) a10[i] = r.int8();
    _acknowledgeTypes = a10;
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
  const a11 = (o.acknowledgeTypes === undefined ? [] : o.acknowledgeTypes);
  if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a11.length, flex);
    for (let i = 0; i < a11.length; i++) w.int8(a11[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ShareAcknowledgeRequest of version `v`. */
export function decodeShareAcknowledgeRequest(r: Reader, v: number): ShareAcknowledgeRequest {
  return readShareAcknowledgeRequest(r, v);
}

/** Encodes a ShareAcknowledgeRequest of version `v`; missing fields take their defaults. */
export function encodeShareAcknowledgeRequest(w: Writer, v: number, o: Input<ShareAcknowledgeRequest>): void {
  writeShareAcknowledgeRequest(w, v, o);
}
