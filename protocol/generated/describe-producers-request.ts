// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DescribeProducersRequest: versions and flexible versions. */
export const DescribeProducersRequestMeta = { name: 'DescribeProducersRequest', apiKey: 61, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DescribeProducersRequest (generated from DescribeProducersRequest.json). */
export interface DescribeProducersRequest {
  topics: TopicRequest[];
}

/** A DescribeProducersRequest with every field at its schema default. */
export function defaultDescribeProducersRequest(): DescribeProducersRequest {
  return {
    topics: [],
  };
}

function readDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  const flex = true;
  let _topics: TopicRequest[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicRequest[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicRequest(r, v);
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

function writeDescribeProducersRequest(w: Writer, v: number, o: Input<DescribeProducersRequest>): void {
  const flex = true;
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicRequest(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicRequest (generated from DescribeProducersRequest.json). */
export interface TopicRequest {
  name: string;
  partitionIndexes: number[];
}

/** A TopicRequest with every field at its schema default. */
export function defaultTopicRequest(): TopicRequest {
  return {
    name: "",
    partitionIndexes: [],
  };
}

function readTopicRequest(r: Reader, v: number): TopicRequest {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _partitionIndexes: number[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitionIndexes = [];
  else {
    const a4: number[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = r.int32();
    _partitionIndexes = a4;
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
  return { name: _name, partitionIndexes: _partitionIndexes };
}

function writeTopicRequest(w: Writer, v: number, o: Input<TopicRequest>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitionIndexes === undefined ? [] : o.partitionIndexes);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) w.int32(a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeProducersRequest of version `v`. */
export function decodeDescribeProducersRequest(r: Reader, v: number): DescribeProducersRequest {
  return readDescribeProducersRequest(r, v);
}

/** Encodes a DescribeProducersRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeProducersRequest(w: Writer, v: number, o: Input<DescribeProducersRequest>): void {
  writeDescribeProducersRequest(w, v, o);
}
