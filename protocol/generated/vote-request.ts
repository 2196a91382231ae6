// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** VoteRequest: versions and flexible versions. */
export const VoteRequestMeta = { name: 'VoteRequest', apiKey: 52, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** VoteRequest (generated from VoteRequest.json). */
export interface VoteRequest {
  clusterId: string | null;
  voterId: number;
  topics: TopicData[];
}

/** A VoteRequest with every field at its schema default. */
export function defaultVoteRequest(): VoteRequest {
  return {
    clusterId: null,
    voterId: -1,
    topics: [],
  };
}

function readVoteRequest(r: Reader, v: number): VoteRequest {
  const flex = true;
  let _clusterId: string | null = null;
  _clusterId = r.nullableString(flex);
  let _voterId: number = -1;
  if (v >= 1) {
    _voterId = r.int32();
  }
  let _topics: TopicData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicData(r, v);
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
  return { clusterId: _clusterId, voterId: _voterId, topics: _topics };
}

function writeVoteRequest(w: Writer, v: number, o: Input<VoteRequest>): void {
  const flex = true;
  w.nullableString((o.clusterId === undefined ? null : o.clusterId), flex);
  if (v >= 1) {
    w.int32((o.voterId === undefined ? -1 : o.voterId));
  }
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicData (generated from VoteRequest.json). */
export interface TopicData {
  topicName: string;
  partitions: PartitionData[];
}

/** A TopicData with every field at its schema default. */
export function defaultTopicData(): TopicData {
  return {
    topicName: "",
    partitions: [],
  };
}

function readTopicData(r: Reader, v: number): TopicData {
  const flex = true;
  let _topicName: string = "";
  _topicName = r.string(flex);
  let _partitions: PartitionData[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: PartitionData[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readPartitionData(r, v);
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
  return { topicName: _topicName, partitions: _partitions };
}

function writeTopicData(w: Writer, v: number, o: Input<TopicData>): void {
  const flex = true;
  w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writePartitionData(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionData (generated from VoteRequest.json). */
export interface PartitionData {
  partitionIndex: number;
  candidateEpoch: number;
  candidateId: number;
  candidateDirectoryId: string;
  voterDirectoryId: string;
  lastOffsetEpoch: number;
  lastOffset: number;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    candidateEpoch: 0,
    candidateId: 0,
    candidateDirectoryId: ZERO_UUID,
    voterDirectoryId: ZERO_UUID,
    lastOffsetEpoch: 0,
    lastOffset: 0,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _candidateEpoch: number = 0;
  _candidateEpoch = r.int32();
  let _candidateId: number = 0;
  _candidateId = r.int32();
  let _candidateDirectoryId: string = ZERO_UUID;
  if (v >= 1) {
    _candidateDirectoryId = r.uuid();
  }
  let _voterDirectoryId: string = ZERO_UUID;
  if (v >= 1) {
    _voterDirectoryId = r.uuid();
  }
  let _lastOffsetEpoch: number = 0;
  _lastOffsetEpoch = r.int32();
  let _lastOffset: number = 0;
  _lastOffset = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, candidateEpoch: _candidateEpoch, candidateId: _candidateId, candidateDirectoryId: _candidateDirectoryId, voterDirectoryId: _voterDirectoryId, lastOffsetEpoch: _lastOffsetEpoch, lastOffset: _lastOffset };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int32((o.candidateEpoch === undefined ? 0 : o.candidateEpoch));
  w.int32((o.candidateId === undefined ? 0 : o.candidateId));
  if (v >= 1) {
    w.uuid((o.candidateDirectoryId === undefined ? ZERO_UUID : o.candidateDirectoryId));
  }
  if (v >= 1) {
    w.uuid((o.voterDirectoryId === undefined ? ZERO_UUID : o.voterDirectoryId));
  }
  w.int32((o.lastOffsetEpoch === undefined ? 0 : o.lastOffsetEpoch));
  w.int64((o.lastOffset === undefined ? 0 : o.lastOffset));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a VoteRequest of version `v`. */
export function decodeVoteRequest(r: Reader, v: number): VoteRequest {
  return readVoteRequest(r, v);
}

/** Encodes a VoteRequest of version `v`; missing fields take their defaults. */
export function encodeVoteRequest(w: Writer, v: number, o: Input<VoteRequest>): void {
  writeVoteRequest(w, v, o);
}
