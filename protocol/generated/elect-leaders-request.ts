// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** ElectLeadersRequest: versions and flexible versions. */
export const ElectLeadersRequestMeta = { name: 'ElectLeadersRequest', apiKey: 43, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** ElectLeadersRequest (generated from ElectLeadersRequest.json). */
export interface ElectLeadersRequest {
  electionType: number;
  topicPartitions: TopicPartitions[] | null;
  timeoutMs: number;
}

/** A ElectLeadersRequest with every field at its schema default. */
export function defaultElectLeadersRequest(): ElectLeadersRequest {
  return {
    electionType: 0,
    topicPartitions: [],
    timeoutMs: 60000,
  };
}

function readElectLeadersRequest(r: Reader, v: number): ElectLeadersRequest {
  const flex = v >= 2;
  let _electionType: number = 0;
  if (v >= 1) {
    _electionType = r.int8();
  }
  let _topicPartitions: TopicPartitions[] | null = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topicPartitions = null;
  else {
    const a1: TopicPartitions[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicPartitions(r, v);
    _topicPartitions = a1;
  }
  let _timeoutMs: number = 60000;
  _timeoutMs = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { electionType: _electionType, topicPartitions: _topicPartitions, timeoutMs: _timeoutMs };
}

function writeElectLeadersRequest(w: Writer, v: number, o: Input<ElectLeadersRequest>): void {
  const flex = v >= 2;
  if (v >= 1) {
    w.int8((o.electionType === undefined ? 0 : o.electionType));
  } else {
    if (o.electionType !== undefined && o.electionType !== 0) throw new UnsupportedVersionError('ElectLeadersRequest', 'ElectLeadersRequest.electionType', v, '1+');
  }
  const a2 = (o.topicPartitions === undefined ? [] : o.topicPartitions);
  if (a2 === null || a2 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicPartitions(w, v, a2[i]);
  }
  w.int32((o.timeoutMs === undefined ? 60000 : o.timeoutMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicPartitions (generated from ElectLeadersRequest.json). */
export interface TopicPartitions {
  topic: string;
  partitions: number[];
}

/** A TopicPartitions with every field at its schema default. */
export function defaultTopicPartitions(): TopicPartitions {
  return {
    topic: "",
    partitions: [],
  };
}

function readTopicPartitions(r: Reader, v: number): TopicPartitions {
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

function writeTopicPartitions(w: Writer, v: number, o: Input<TopicPartitions>): void {
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

/** Decodes a ElectLeadersRequest of version `v`. */
export function decodeElectLeadersRequest(r: Reader, v: number): ElectLeadersRequest {
  return readElectLeadersRequest(r, v);
}

/** Encodes a ElectLeadersRequest of version `v`; missing fields take their defaults. */
export function encodeElectLeadersRequest(w: Writer, v: number, o: Input<ElectLeadersRequest>): void {
  writeElectLeadersRequest(w, v, o);
}
