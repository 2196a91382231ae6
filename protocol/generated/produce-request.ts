// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** ProduceRequest: versions and flexible versions. */
export const ProduceRequestMeta = { name: 'ProduceRequest', apiKey: 0, minVersion: 0, maxVersion: 11, flexibleMin: 9 } as const;

/** ProduceRequest (generated from ProduceRequest.json). */
export interface ProduceRequest {
  transactionalId: string | null;
  acks: number;
  timeoutMs: number;
  topicData: TopicProduceData[];
}

/** A ProduceRequest with every field at its schema default. */
export function defaultProduceRequest(): ProduceRequest {
  return {
    transactionalId: null,
    acks: 0,
    timeoutMs: 0,
    topicData: [],
  };
}

function readProduceRequest(r: Reader, v: number): ProduceRequest {
  const flex = v >= 9;
  let _transactionalId: string | null = null;
  if (v >= 3) {
    _transactionalId = r.nullableString(flex);
  }
  let _acks: number = 0;
  _acks = r.int16();
  let _timeoutMs: number = 0;
  _timeoutMs = r.int32();
  let _topicData: TopicProduceData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topicData = [];
  else {
    const a1: TopicProduceData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicProduceData(r, v);
    _topicData = a1;
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
  return { transactionalId: _transactionalId, acks: _acks, timeoutMs: _timeoutMs, topicData: _topicData };
}

function writeProduceRequest(w: Writer, v: number, o: Input<ProduceRequest>): void {
  const flex = v >= 9;
  if (v >= 3) {
    w.nullableString((o.transactionalId === undefined ? null : o.transactionalId), flex);
  } else {
    if (o.transactionalId !== undefined && o.transactionalId !== null) throw new UnsupportedVersionError('ProduceRequest', 'ProduceRequest.transactionalId', v, '3+');
  }
  w.int16((o.acks === undefined ? 0 : o.acks));
  w.int32((o.timeoutMs === undefined ? 0 : o.timeoutMs));
  const a2 = (o.topicData === undefined ? [] : o.topicData);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicProduceData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicProduceData (generated from ProduceRequest.json). */
export interface TopicProduceData {
  name: string;
  partitionData: PartitionProduceData[];
}

/** A TopicProduceData with every field at its schema default. */
export function defaultTopicProduceData(): TopicProduceData {
  return {
    name: "",
    partitionData: [],
  };
}

function readTopicProduceData(r: Reader, v: number): TopicProduceData {
  const flex = v >= 9;
  let _name: string = "";
  _name = r.string(flex);
  let _partitionData: PartitionProduceData[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitionData = [];
  else {
    const a4: PartitionProduceData[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readPartitionProduceData(r, v);
    _partitionData = a4;
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
  return { name: _name, partitionData: _partitionData };
}

function writeTopicProduceData(w: Writer, v: number, o: Input<TopicProduceData>): void {
  const flex = v >= 9;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitionData === undefined ? [] : o.partitionData);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writePartitionProduceData(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionProduceData (generated from ProduceRequest.json). */
export interface PartitionProduceData {
  index: number;
  records: Buffer | null;
}

/** A PartitionProduceData with every field at its schema default. */
export function defaultPartitionProduceData(): PartitionProduceData {
  return {
    index: 0,
    records: null,
  };
}

function readPartitionProduceData(r: Reader, v: number): PartitionProduceData {
  const flex = v >= 9;
  let _index: number = 0;
  _index = r.int32();
  let _records: Buffer | null = null;
  _records = r.nullableBytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { index: _index, records: _records };
}

function writePartitionProduceData(w: Writer, v: number, o: Input<PartitionProduceData>): void {
  const flex = v >= 9;
  w.int32((o.index === undefined ? 0 : o.index));
  w.nullableBytes((o.records === undefined ? null : o.records), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ProduceRequest of version `v`. */
export function decodeProduceRequest(r: Reader, v: number): ProduceRequest {
  return readProduceRequest(r, v);
}

/** Encodes a ProduceRequest of version `v`; missing fields take their defaults. */
export function encodeProduceRequest(w: Writer, v: number, o: Input<ProduceRequest>): void {
  writeProduceRequest(w, v, o);
}
