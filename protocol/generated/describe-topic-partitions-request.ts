// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DescribeTopicPartitionsRequest: versions and flexible versions. */
export const DescribeTopicPartitionsRequestMeta = { name: 'DescribeTopicPartitionsRequest', apiKey: 75, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DescribeTopicPartitionsRequest (generated from DescribeTopicPartitionsRequest.json). */
export interface DescribeTopicPartitionsRequest {
  topics: TopicRequest[];
  responsePartitionLimit: number;
  cursor: Cursor | null;
}

/** A DescribeTopicPartitionsRequest with every field at its schema default. */
export function defaultDescribeTopicPartitionsRequest(): DescribeTopicPartitionsRequest {
  return {
    topics: [],
    responsePartitionLimit: 2000,
    cursor: null,
  };
}

function readDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
  const flex = true;
  let _topics: TopicRequest[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicRequest[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicRequest(r, v);
    _topics = a1;
  }
  let _responsePartitionLimit: number = 2000;
  _responsePartitionLimit = r.int32();
  let _cursor: Cursor | null = null;
  _cursor = r.int8() < 0 ? null : readCursor(r, v);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { topics: _topics, responsePartitionLimit: _responsePartitionLimit, cursor: _cursor };
}

function writeDescribeTopicPartitionsRequest(w: Writer, v: number, o: Input<DescribeTopicPartitionsRequest>): void {
  const flex = true;
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicRequest(w, v, a2[i]);
  }
  w.int32((o.responsePartitionLimit === undefined ? 2000 : o.responsePartitionLimit));
  const s3 = (o.cursor === undefined ? null : o.cursor);
  if ((s3 === null || s3 === undefined)) w.int8(-1);
  else {
    w.int8(1);
    writeCursor(w, v, s3 ?? {});
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicRequest (generated from DescribeTopicPartitionsRequest.json). */
export interface TopicRequest {
  name: string;
}

/** A TopicRequest with every field at its schema default. */
export function defaultTopicRequest(): TopicRequest {
  return {
    name: "",
  };
}

function readTopicRequest(r: Reader, v: number): TopicRequest {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name };
}

function writeTopicRequest(w: Writer, v: number, o: Input<TopicRequest>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Cursor (generated from DescribeTopicPartitionsRequest.json). */
export interface Cursor {
  topicName: string;
  partitionIndex: number;
}

/** A Cursor with every field at its schema default. */
export function defaultCursor(): Cursor {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

function readCursor(r: Reader, v: number): Cursor {
  const flex = true;
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

function writeCursor(w: Writer, v: number, o: Input<Cursor>): void {
  const flex = true;
  w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeTopicPartitionsRequest of version `v`. */
export function decodeDescribeTopicPartitionsRequest(r: Reader, v: number): DescribeTopicPartitionsRequest {
  return readDescribeTopicPartitionsRequest(r, v);
}

/** Encodes a DescribeTopicPartitionsRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeTopicPartitionsRequest(w: Writer, v: number, o: Input<DescribeTopicPartitionsRequest>): void {
  writeDescribeTopicPartitionsRequest(w, v, o);
}
