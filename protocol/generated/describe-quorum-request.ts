// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DescribeQuorumRequest: versions and flexible versions. */
export const DescribeQuorumRequestMeta = { name: 'DescribeQuorumRequest', apiKey: 55, minVersion: 0, maxVersion: 2, flexibleMin: 0 } as const;

/** DescribeQuorumRequest (generated from DescribeQuorumRequest.json). */
export interface DescribeQuorumRequest {
  topics: TopicData[];
}

/** A DescribeQuorumRequest with every field at its schema default. */
export function defaultDescribeQuorumRequest(): DescribeQuorumRequest {
  return {
    topics: [],
  };
}

function readDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequest {
  const flex = true;
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
  return { topics: _topics };
}

function writeDescribeQuorumRequest(w: Writer, v: number, o: Input<DescribeQuorumRequest>): void {
  const flex = true;
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

/** TopicData (generated from DescribeQuorumRequest.json). */
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

/** PartitionData (generated from DescribeQuorumRequest.json). */
export interface PartitionData {
  partitionIndex: number;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
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
  return { partitionIndex: _partitionIndex };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeQuorumRequest of version `v`. */
export function decodeDescribeQuorumRequest(r: Reader, v: number): DescribeQuorumRequest {
  return readDescribeQuorumRequest(r, v);
}

/** Encodes a DescribeQuorumRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeQuorumRequest(w: Writer, v: number, o: Input<DescribeQuorumRequest>): void {
  writeDescribeQuorumRequest(w, v, o);
}
