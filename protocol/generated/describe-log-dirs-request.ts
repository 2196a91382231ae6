// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DescribeLogDirsRequest: versions and flexible versions. */
export const DescribeLogDirsRequestMeta = { name: 'DescribeLogDirsRequest', apiKey: 35, minVersion: 0, maxVersion: 4, flexibleMin: 2 } as const;

/** DescribeLogDirsRequest (generated from DescribeLogDirsRequest.json). */
export interface DescribeLogDirsRequest {
  topics: DescribableLogDirTopic[] | null;
}

/** A DescribeLogDirsRequest with every field at its schema default. */
export function defaultDescribeLogDirsRequest(): DescribeLogDirsRequest {
  return {
    topics: [],
  };
}

function readDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequest {
  const flex = v >= 2;
  let _topics: DescribableLogDirTopic[] | null = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = null;
  else {
    const a1: DescribableLogDirTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribableLogDirTopic(r, v);
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

function writeDescribeLogDirsRequest(w: Writer, v: number, o: Input<DescribeLogDirsRequest>): void {
  const flex = v >= 2;
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribableLogDirTopic(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribableLogDirTopic (generated from DescribeLogDirsRequest.json). */
export interface DescribableLogDirTopic {
  topic: string;
  partitions: number[];
}

/** A DescribableLogDirTopic with every field at its schema default. */
export function defaultDescribableLogDirTopic(): DescribableLogDirTopic {
  return {
    topic: "",
    partitions: [],
  };
}

function readDescribableLogDirTopic(r: Reader, v: number): DescribableLogDirTopic {
  const flex = v >= 2;
  let _topic: string = "";
  _topic = r.string(flex);
  let _partitions: number[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: number[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = r.int32();
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

function writeDescribableLogDirTopic(w: Writer, v: number, o: Input<DescribableLogDirTopic>): void {
  const flex = v >= 2;
  w.string((o.topic === undefined ? "" : o.topic) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) w.int32(a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeLogDirsRequest of version `v`. */
export function decodeDescribeLogDirsRequest(r: Reader, v: number): DescribeLogDirsRequest {
  return readDescribeLogDirsRequest(r, v);
}

/** Encodes a DescribeLogDirsRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeLogDirsRequest(w: Writer, v: number, o: Input<DescribeLogDirsRequest>): void {
  writeDescribeLogDirsRequest(w, v, o);
}
