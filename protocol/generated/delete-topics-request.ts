// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** DeleteTopicsRequest: versions and flexible versions. */
export const DeleteTopicsRequestMeta = { name: 'DeleteTopicsRequest', apiKey: 20, minVersion: 0, maxVersion: 6, flexibleMin: 4 } as const;

/** DeleteTopicsRequest (generated from DeleteTopicsRequest.json). */
export interface DeleteTopicsRequest {
  topics: DeleteTopicState[];
  topicNames: string[];
  timeoutMs: number;
}

/** A DeleteTopicsRequest with every field at its schema default. */
export function defaultDeleteTopicsRequest(): DeleteTopicsRequest {
  return {
    topics: [],
    topicNames: [],
    timeoutMs: 0,
  };
}

function readDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  const flex = v >= 4;
  let _topics: DeleteTopicState[] = [];
  if (v >= 6) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _topics = [];
    else {
      const a1: DeleteTopicState[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readDeleteTopicState(r, v);
      _topics = a1;
    }
  }
  let _topicNames: string[] = [];
  if (v <= 5) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _topicNames = [];
    else {
      const a3: string[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = r.string(flex);
      _topicNames = a3;
    }
  }
  let _timeoutMs: number = 0;
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
  return { topics: _topics, topicNames: _topicNames, timeoutMs: _timeoutMs };
}

function writeDeleteTopicsRequest(w: Writer, v: number, o: Input<DeleteTopicsRequest>): void {
  const flex = v >= 4;
  if (v >= 6) {
    const a4 = (o.topics === undefined ? [] : o.topics);
    if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a4.length, flex);
      for (let i = 0; i < a4.length; i++) writeDeleteTopicState(w, v, a4[i]);
    }
  } else {
    if (o.topics !== undefined && o.topics !== null && o.topics.length > 0) throw new UnsupportedVersionError('DeleteTopicsRequest', 'DeleteTopicsRequest.topics', v, '6+');
  }
  if (v <= 5) {
    const a5 = (o.topicNames === undefined ? [] : o.topicNames);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) w.string(a5[i] ?? '', flex);
    }
  }
  w.int32((o.timeoutMs === undefined ? 0 : o.timeoutMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteTopicState (generated from DeleteTopicsRequest.json). */
export interface DeleteTopicState {
  name: string | null;
  topicId: string;
}

/** A DeleteTopicState with every field at its schema default. */
export function defaultDeleteTopicState(): DeleteTopicState {
  return {
    name: null,
    topicId: ZERO_UUID,
  };
}

function readDeleteTopicState(r: Reader, v: number): DeleteTopicState {
  const flex = v >= 4;
  let _name: string | null = null;
  if (v >= 6) {
    _name = r.nullableString(flex);
  }
  let _topicId: string = ZERO_UUID;
  if (v >= 6) {
    _topicId = r.uuid();
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
  return { name: _name, topicId: _topicId };
}

function writeDeleteTopicState(w: Writer, v: number, o: Input<DeleteTopicState>): void {
  const flex = v >= 4;
  if (v >= 6) {
    w.nullableString((o.name === undefined ? null : o.name), flex);
  } else {
    if (o.name !== undefined && o.name !== null) throw new UnsupportedVersionError('DeleteTopicsRequest', 'DeleteTopicState.name', v, '6+');
  }
  if (v >= 6) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  } else {
    if (o.topicId !== undefined && o.topicId !== ZERO_UUID) throw new UnsupportedVersionError('DeleteTopicsRequest', 'DeleteTopicState.topicId', v, '6+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteTopicsRequest of version `v`. */
export function decodeDeleteTopicsRequest(r: Reader, v: number): DeleteTopicsRequest {
  return readDeleteTopicsRequest(r, v);
}

/** Encodes a DeleteTopicsRequest of version `v`; missing fields take their defaults. */
export function encodeDeleteTopicsRequest(w: Writer, v: number, o: Input<DeleteTopicsRequest>): void {
  writeDeleteTopicsRequest(w, v, o);
}
