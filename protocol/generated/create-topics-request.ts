// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** CreateTopicsRequest: versions and flexible versions. */
export const CreateTopicsRequestMeta = { name: 'CreateTopicsRequest', apiKey: 19, minVersion: 0, maxVersion: 7, flexibleMin: 5 } as const;

/** CreateTopicsRequest (generated from CreateTopicsRequest.json). */
export interface CreateTopicsRequest {
  topics: CreatableTopic[];
  timeoutMs: number;
  validateOnly: boolean;
}

/** A CreateTopicsRequest with every field at its schema default. */
export function defaultCreateTopicsRequest(): CreateTopicsRequest {
  return {
    topics: [],
    timeoutMs: 60000,
    validateOnly: false,
  };
}

function readCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  const flex = v >= 5;
  let _topics: CreatableTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: CreatableTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readCreatableTopic(r, v);
    _topics = a1;
  }
  let _timeoutMs: number = 60000;
  _timeoutMs = r.int32();
  let _validateOnly: boolean = false;
  if (v >= 1) {
    _validateOnly = r.bool();
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
  return { topics: _topics, timeoutMs: _timeoutMs, validateOnly: _validateOnly };
}

function writeCreateTopicsRequest(w: Writer, v: number, o: Input<CreateTopicsRequest>): void {
  const flex = v >= 5;
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeCreatableTopic(w, v, a2[i]);
  }
  w.int32((o.timeoutMs === undefined ? 60000 : o.timeoutMs));
  if (v >= 1) {
    w.bool((o.validateOnly === undefined ? false : o.validateOnly));
  } else {
    if (o.validateOnly !== undefined && o.validateOnly !== false) throw new UnsupportedVersionError('CreateTopicsRequest', 'CreateTopicsRequest.validateOnly', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** CreatableTopic (generated from CreateTopicsRequest.json). */
export interface CreatableTopic {
  name: string;
  numPartitions: number;
  replicationFactor: number;
  assignments: CreatableReplicaAssignment[];
  configs: CreatableTopicConfig[];
}

/** A CreatableTopic with every field at its schema default. */
export function defaultCreatableTopic(): CreatableTopic {
  return {
    name: "",
    numPartitions: 0,
    replicationFactor: 0,
    assignments: [],
    configs: [],
  };
}

function readCreatableTopic(r: Reader, v: number): CreatableTopic {
  const flex = v >= 5;
  let _name: string = "";
  _name = r.string(flex);
  let _numPartitions: number = 0;
  _numPartitions = r.int32();
  let _replicationFactor: number = 0;
  _replicationFactor = r.int16();
  let _assignments: CreatableReplicaAssignment[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _assignments = [];
  else {
    const a4: CreatableReplicaAssignment[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readCreatableReplicaAssignment(r, v);
    _assignments = a4;
  }
  let _configs: CreatableTopicConfig[] = [];
  const n5 = r.arrayLength(flex);
  if (n5 < 0) _configs = [];
  else {
    const a6: CreatableTopicConfig[] = new Array(n5);
    for (let i = 0; i < n5; i++) a6[i] = readCreatableTopicConfig(r, v);
    _configs = a6;
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
  return { name: _name, numPartitions: _numPartitions, replicationFactor: _replicationFactor, assignments: _assignments, configs: _configs };
}

function writeCreatableTopic(w: Writer, v: number, o: Input<CreatableTopic>): void {
  const flex = v >= 5;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.int32((o.numPartitions === undefined ? 0 : o.numPartitions));
  w.int16((o.replicationFactor === undefined ? 0 : o.replicationFactor));
  const a7 = (o.assignments === undefined ? [] : o.assignments);
  if (a7 === null || a7 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a7.length, flex);
    for (let i = 0; i < a7.length; i++) writeCreatableReplicaAssignment(w, v, a7[i]);
  }
  const a8 = (o.configs === undefined ? [] : o.configs);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeCreatableTopicConfig(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** CreatableReplicaAssignment (generated from CreateTopicsRequest.json). */
export interface CreatableReplicaAssignment {
  partitionIndex: number;
  brokerIds: number[];
}

/** A CreatableReplicaAssignment with every field at its schema default. */
export function defaultCreatableReplicaAssignment(): CreatableReplicaAssignment {
  return {
    partitionIndex: 0,
    brokerIds: [],
  };
}

function readCreatableReplicaAssignment(r: Reader, v: number): CreatableReplicaAssignment {
  const flex = v >= 5;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _brokerIds: number[] = [];
  const n9 = r.arrayLength(flex);
  if (n9 < 0) _brokerIds = [];
  else {
    const a10: number[] = new Array(n9);
    for (let i = 0; i < n9; i++) a10[i] = r.int32();
    _brokerIds = a10;
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
  return { partitionIndex: _partitionIndex, brokerIds: _brokerIds };
}

function writeCreatableReplicaAssignment(w: Writer, v: number, o: Input<CreatableReplicaAssignment>): void {
  const flex = v >= 5;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  const a11 = (o.brokerIds === undefined ? [] : o.brokerIds);
  if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a11.length, flex);
    for (let i = 0; i < a11.length; i++) w.int32(a11[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** CreatableTopicConfig (generated from CreateTopicsRequest.json). */
export interface CreatableTopicConfig {
  name: string;
  value: string | null;
}

/** A CreatableTopicConfig with every field at its schema default. */
export function defaultCreatableTopicConfig(): CreatableTopicConfig {
  return {
    name: "",
    value: "",
  };
}

function readCreatableTopicConfig(r: Reader, v: number): CreatableTopicConfig {
  const flex = v >= 5;
  let _name: string = "";
  _name = r.string(flex);
  let _value: string | null = "";
  _value = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name, value: _value };
}

function writeCreatableTopicConfig(w: Writer, v: number, o: Input<CreatableTopicConfig>): void {
  const flex = v >= 5;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.nullableString((o.value === undefined ? "" : o.value), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a CreateTopicsRequest of version `v`. */
export function decodeCreateTopicsRequest(r: Reader, v: number): CreateTopicsRequest {
  return readCreateTopicsRequest(r, v);
}

/** Encodes a CreateTopicsRequest of version `v`; missing fields take their defaults. */
export function encodeCreateTopicsRequest(w: Writer, v: number, o: Input<CreateTopicsRequest>): void {
  writeCreateTopicsRequest(w, v, o);
}
