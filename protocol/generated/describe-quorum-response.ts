// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** DescribeQuorumResponse: versions and flexible versions. */
export const DescribeQuorumResponseMeta = { name: 'DescribeQuorumResponse', apiKey: 55, minVersion: 0, maxVersion: 2, flexibleMin: 0 } as const;

/** DescribeQuorumResponse (generated from DescribeQuorumResponse.json). */
export interface DescribeQuorumResponse {
  errorCode: ErrorCode;
  errorMessage: string | null;
  topics: TopicData[];
  nodes: Node[];
}

/** A DescribeQuorumResponse with every field at its schema default. */
export function defaultDescribeQuorumResponse(): DescribeQuorumResponse {
  return {
    errorCode: 0,
    errorMessage: "",
    topics: [],
    nodes: [],
  };
}

function readDescribeQuorumResponse(r: Reader, v: number): DescribeQuorumResponse {
  const flex = true;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  if (v >= 2) {
    _errorMessage = r.nullableString(flex);
  }
  let _topics: TopicData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicData(r, v);
    _topics = a1;
  }
  let _nodes: Node[] = [];
  if (v >= 2) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _nodes = [];
    else {
      const a3: Node[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readNode(r, v);
      _nodes = a3;
    }
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
  return { errorCode: _errorCode, errorMessage: _errorMessage, topics: _topics, nodes: _nodes };
}

function writeDescribeQuorumResponse(w: Writer, v: number, o: Input<DescribeQuorumResponse>): void {
  const flex = true;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v >= 2) {
    w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  }
  const a4 = (o.topics === undefined ? [] : o.topics);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeTopicData(w, v, a4[i]);
  }
  if (v >= 2) {
    const a5 = (o.nodes === undefined ? [] : o.nodes);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeNode(w, v, a5[i]);
    }
  } else {
    if (o.nodes !== undefined && o.nodes !== null && o.nodes.length > 0) throw new UnsupportedVersionError('DescribeQuorumResponse', 'DescribeQuorumResponse.nodes', v, '2+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ReplicaState (generated from DescribeQuorumResponse.json). */
export interface ReplicaState {
  replicaId: number;
  replicaDirectoryId: string;
  logEndOffset: number;
  lastFetchTimestamp: number;
  lastCaughtUpTimestamp: number;
}

/** A ReplicaState with every field at its schema default. */
export function defaultReplicaState(): ReplicaState {
  return {
    replicaId: 0,
    replicaDirectoryId: ZERO_UUID,
    logEndOffset: 0,
    lastFetchTimestamp: -1,
    lastCaughtUpTimestamp: -1,
  };
}

function readReplicaState(r: Reader, v: number): ReplicaState {
  const flex = true;
  let _replicaId: number = 0;
  _replicaId = r.int32();
  let _replicaDirectoryId: string = ZERO_UUID;
  if (v >= 2) {
    _replicaDirectoryId = r.uuid();
  }
  let _logEndOffset: number = 0;
  _logEndOffset = r.int64();
  let _lastFetchTimestamp: number = -1;
  if (v >= 1) {
    _lastFetchTimestamp = r.int64();
  }
  let _lastCaughtUpTimestamp: number = -1;
  if (v >= 1) {
    _lastCaughtUpTimestamp = r.int64();
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
  return { replicaId: _replicaId, replicaDirectoryId: _replicaDirectoryId, logEndOffset: _logEndOffset, lastFetchTimestamp: _lastFetchTimestamp, lastCaughtUpTimestamp: _lastCaughtUpTimestamp };
}

function writeReplicaState(w: Writer, v: number, o: Input<ReplicaState>): void {
  const flex = true;
  w.int32((o.replicaId === undefined ? 0 : o.replicaId));
  if (v >= 2) {
    w.uuid((o.replicaDirectoryId === undefined ? ZERO_UUID : o.replicaDirectoryId));
  } else {
    if (o.replicaDirectoryId !== undefined && o.replicaDirectoryId !== ZERO_UUID) throw new UnsupportedVersionError('DescribeQuorumResponse', 'ReplicaState.replicaDirectoryId', v, '2+');
  }
  w.int64((o.logEndOffset === undefined ? 0 : o.logEndOffset));
  if (v >= 1) {
    w.int64((o.lastFetchTimestamp === undefined ? -1 : o.lastFetchTimestamp));
  }
  if (v >= 1) {
    w.int64((o.lastCaughtUpTimestamp === undefined ? -1 : o.lastCaughtUpTimestamp));
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicData (generated from DescribeQuorumResponse.json). */
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
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: PartitionData[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readPartitionData(r, v);
    _partitions = a7;
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
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writePartitionData(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionData (generated from DescribeQuorumResponse.json). */
export interface PartitionData {
  partitionIndex: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  leaderId: number;
  leaderEpoch: number;
  highWatermark: number;
  currentVoters: ReplicaState[];
  observers: ReplicaState[];
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: "",
    leaderId: 0,
    leaderEpoch: 0,
    highWatermark: 0,
    currentVoters: [],
    observers: [],
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  if (v >= 2) {
    _errorMessage = r.nullableString(flex);
  }
  let _leaderId: number = 0;
  _leaderId = r.int32();
  let _leaderEpoch: number = 0;
  _leaderEpoch = r.int32();
  let _highWatermark: number = 0;
  _highWatermark = r.int64();
  let _currentVoters: ReplicaState[] = [];
  const n9 = r.arrayLength(flex);
  if (n9 < 0) _currentVoters = [];
  else {
    const a10: ReplicaState[] = new Array(n9);
    for (let i = 0; i < n9; i++) a10[i] = readReplicaState(r, v);
    _currentVoters = a10;
  }
  let _observers: ReplicaState[] = [];
  const n11 = r.arrayLength(flex);
  if (n11 < 0) _observers = [];
  else {
    const a12: ReplicaState[] = new Array(n11);
    for (let i = 0; i < n11; i++) a12[i] = readReplicaState(r, v);
    _observers = a12;
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
  return { partitionIndex: _partitionIndex, errorCode: _errorCode, errorMessage: _errorMessage, leaderId: _leaderId, leaderEpoch: _leaderEpoch, highWatermark: _highWatermark, currentVoters: _currentVoters, observers: _observers };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v >= 2) {
    w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  }
  w.int32((o.leaderId === undefined ? 0 : o.leaderId));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  w.int64((o.highWatermark === undefined ? 0 : o.highWatermark));
  const a13 = (o.currentVoters === undefined ? [] : o.currentVoters);
  if (a13 === null || a13 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a13.length, flex);
    for (let i = 0; i < a13.length; i++) writeReplicaState(w, v, a13[i]);
  }
  const a14 = (o.observers === undefined ? [] : o.observers);
  if (a14 === null || a14 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a14.length, flex);
    for (let i = 0; i < a14.length; i++) writeReplicaState(w, v, a14[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Node (generated from DescribeQuorumResponse.json). */
export interface Node {
  nodeId: number;
  listeners: Listener[];
}

/** A Node with every field at its schema default. */
export function defaultNode(): Node {
  return {
    nodeId: 0,
    listeners: [],
  };
}

function readNode(r: Reader, v: number): Node {
  const flex = true;
  let _nodeId: number = 0;
  if (v >= 2) {
    _nodeId = r.int32();
  }
  let _listeners: Listener[] = [];
  if (v >= 2) {
    const n15 = r.arrayLength(flex);
    if (n15 < 0) _listeners = [];
    else {
      const a16: Listener[] = new Array(n15);
      for (let i = 0; i < n15; i++) a16[i] = readListener(r, v);
      _listeners = a16;
    }
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
  return { nodeId: _nodeId, listeners: _listeners };
}

function writeNode(w: Writer, v: number, o: Input<Node>): void {
  const flex = true;
  if (v >= 2) {
    w.int32((o.nodeId === undefined ? 0 : o.nodeId));
  } else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw new UnsupportedVersionError('DescribeQuorumResponse', 'Node.nodeId', v, '2+');
  }
  if (v >= 2) {
    const a17 = (o.listeners === undefined ? [] : o.listeners);
    if (a17 === null || a17 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a17.length, flex);
      for (let i = 0; i < a17.length; i++) writeListener(w, v, a17[i]);
    }
  } else {
    if (o.listeners !== undefined && o.listeners !== null && o.listeners.length > 0) throw new UnsupportedVersionError('DescribeQuorumResponse', 'Node.listeners', v, '2+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Listener (generated from DescribeQuorumResponse.json). */
export interface Listener {
  name: string;
  host: string;
  port: number;
}

/** A Listener with every field at its schema default. */
export function defaultListener(): Listener {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

function readListener(r: Reader, v: number): Listener {
  const flex = true;
  let _name: string = "";
  if (v >= 2) {
    _name = r.string(flex);
  }
  let _host: string = "";
  if (v >= 2) {
    _host = r.string(flex);
  }
  let _port: number = 0;
  if (v >= 2) {
    _port = r.uint16();
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
  return { name: _name, host: _host, port: _port };
}

function writeListener(w: Writer, v: number, o: Input<Listener>): void {
  const flex = true;
  if (v >= 2) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('DescribeQuorumResponse', 'Listener.name', v, '2+');
  }
  if (v >= 2) {
    w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  } else {
    if (o.host !== undefined && o.host !== "") throw new UnsupportedVersionError('DescribeQuorumResponse', 'Listener.host', v, '2+');
  }
  if (v >= 2) {
    w.uint16((o.port === undefined ? 0 : o.port));
  } else {
    if (o.port !== undefined && o.port !== 0) throw new UnsupportedVersionError('DescribeQuorumResponse', 'Listener.port', v, '2+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeQuorumResponse of version `v`. */
export function decodeDescribeQuorumResponse(r: Reader, v: number): DescribeQuorumResponse {
  return readDescribeQuorumResponse(r, v);
}

/** Encodes a DescribeQuorumResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeQuorumResponse(w: Writer, v: number, o: Input<DescribeQuorumResponse>): void {
  writeDescribeQuorumResponse(w, v, o);
}
