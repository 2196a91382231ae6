// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** MetadataResponse: versions and flexible versions. */
export const MetadataResponseMeta = { name: 'MetadataResponse', apiKey: 3, minVersion: 0, maxVersion: 12, flexibleMin: 9 } as const;

/** MetadataResponse (generated from MetadataResponse.json). */
export interface MetadataResponse {
  throttleTimeMs: number;
  brokers: MetadataResponseBroker[];
  clusterId: string | null;
  controllerId: number;
  topics: MetadataResponseTopic[];
  clusterAuthorizedOperations: number;
}

/** A MetadataResponse with every field at its schema default. */
export function defaultMetadataResponse(): MetadataResponse {
  return {
    throttleTimeMs: 0,
    brokers: [],
    clusterId: null,
    controllerId: -1,
    topics: [],
    clusterAuthorizedOperations: -2147483648,
  };
}

function readMetadataResponse(r: Reader, v: number): MetadataResponse {
  const flex = v >= 9;
  let _throttleTimeMs: number = 0;
  if (v >= 3) {
    _throttleTimeMs = r.int32();
  }
  let _brokers: MetadataResponseBroker[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _brokers = [];
  else {
    const a1: MetadataResponseBroker[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readMetadataResponseBroker(r, v);
    _brokers = a1;
  }
  let _clusterId: string | null = null;
  if (v >= 2) {
    _clusterId = r.nullableString(flex);
  }
  let _controllerId: number = -1;
  if (v >= 1) {
    _controllerId = r.int32();
  }
  let _topics: MetadataResponseTopic[] = [];
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _topics = [];
  else {
    const a3: MetadataResponseTopic[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = readMetadataResponseTopic(r, v);
    _topics = a3;
  }
  let _clusterAuthorizedOperations: number = -2147483648;
  if (v >= 8 && v <= 10) {
    _clusterAuthorizedOperations = r.int32();
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
  return { throttleTimeMs: _throttleTimeMs, brokers: _brokers, clusterId: _clusterId, controllerId: _controllerId, topics: _topics, clusterAuthorizedOperations: _clusterAuthorizedOperations };
}

function writeMetadataResponse(w: Writer, v: number, o: Input<MetadataResponse>): void {
  const flex = v >= 9;
  if (v >= 3) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  const a4 = (o.brokers === undefined ? [] : o.brokers);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeMetadataResponseBroker(w, v, a4[i]);
  }
  if (v >= 2) {
    w.nullableString((o.clusterId === undefined ? null : o.clusterId), flex);
  }
  if (v >= 1) {
    w.int32((o.controllerId === undefined ? -1 : o.controllerId));
  }
  const a5 = (o.topics === undefined ? [] : o.topics);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeMetadataResponseTopic(w, v, a5[i]);
  }
  if (v >= 8 && v <= 10) {
    w.int32((o.clusterAuthorizedOperations === undefined ? -2147483648 : o.clusterAuthorizedOperations));
  } else {
    if (o.clusterAuthorizedOperations !== undefined && o.clusterAuthorizedOperations !== -2147483648) throw new UnsupportedVersionError('MetadataResponse', 'MetadataResponse.clusterAuthorizedOperations', v, '8-10');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** MetadataResponseBroker (generated from MetadataResponse.json). */
export interface MetadataResponseBroker {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

/** A MetadataResponseBroker with every field at its schema default. */
export function defaultMetadataResponseBroker(): MetadataResponseBroker {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

function readMetadataResponseBroker(r: Reader, v: number): MetadataResponseBroker {
  const flex = v >= 9;
  let _nodeId: number = 0;
  _nodeId = r.int32();
  let _host: string = "";
  _host = r.string(flex);
  let _port: number = 0;
  _port = r.int32();
  let _rack: string | null = null;
  if (v >= 1) {
    _rack = r.nullableString(flex);
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
  return { nodeId: _nodeId, host: _host, port: _port, rack: _rack };
}

function writeMetadataResponseBroker(w: Writer, v: number, o: Input<MetadataResponseBroker>): void {
  const flex = v >= 9;
  w.int32((o.nodeId === undefined ? 0 : o.nodeId));
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.int32((o.port === undefined ? 0 : o.port));
  if (v >= 1) {
    w.nullableString((o.rack === undefined ? null : o.rack), flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** MetadataResponseTopic (generated from MetadataResponse.json). */
export interface MetadataResponseTopic {
  errorCode: ErrorCode;
  name: string | null;
  topicId: string;
  isInternal: boolean;
  partitions: MetadataResponsePartition[];
  topicAuthorizedOperations: number;
}

/** A MetadataResponseTopic with every field at its schema default. */
export function defaultMetadataResponseTopic(): MetadataResponseTopic {
  return {
    errorCode: 0,
    name: "",
    topicId: ZERO_UUID,
    isInternal: false,
    partitions: [],
    topicAuthorizedOperations: -2147483648,
  };
}

function readMetadataResponseTopic(r: Reader, v: number): MetadataResponseTopic {
  const flex = v >= 9;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _name: string | null = "";
  _name = (v >= 12 ? r.nullableString(flex) : r.string(flex));
  let _topicId: string = ZERO_UUID;
  if (v >= 10) {
    _topicId = r.uuid();
  }
  let _isInternal: boolean = false;
  if (v >= 1) {
    _isInternal = r.bool();
  }
  let _partitions: MetadataResponsePartition[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: MetadataResponsePartition[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readMetadataResponsePartition(r, v);
    _partitions = a7;
  }
  let _topicAuthorizedOperations: number = -2147483648;
  if (v >= 8) {
    _topicAuthorizedOperations = r.int32();
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
  return { errorCode: _errorCode, name: _name, topicId: _topicId, isInternal: _isInternal, partitions: _partitions, topicAuthorizedOperations: _topicAuthorizedOperations };
}

function writeMetadataResponseTopic(w: Writer, v: number, o: Input<MetadataResponseTopic>): void {
  const flex = v >= 9;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v >= 12) w.nullableString((o.name === undefined ? "" : o.name), flex); else w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  if (v >= 10) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
  if (v >= 1) {
    w.bool((o.isInternal === undefined ? false : o.isInternal));
  }
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeMetadataResponsePartition(w, v, a8[i]);
  }
  if (v >= 8) {
    w.int32((o.topicAuthorizedOperations === undefined ? -2147483648 : o.topicAuthorizedOperations));
  } else {
    if (o.topicAuthorizedOperations !== undefined && o.topicAuthorizedOperations !== -2147483648) throw new UnsupportedVersionError('MetadataResponse', 'MetadataResponseTopic.topicAuthorizedOperations', v, '8+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** MetadataResponsePartition (generated from MetadataResponse.json). */
export interface MetadataResponsePartition {
  errorCode: ErrorCode;
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number;
  replicaNodes: number[];
  isrNodes: number[];
  offlineReplicas: number[];
}

/** A MetadataResponsePartition with every field at its schema default. */
export function defaultMetadataResponsePartition(): MetadataResponsePartition {
  return {
    errorCode: 0,
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: -1,
    replicaNodes: [],
    isrNodes: [],
    offlineReplicas: [],
  };
}

function readMetadataResponsePartition(r: Reader, v: number): MetadataResponsePartition {
  const flex = v >= 9;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _leaderId: number = 0;
  _leaderId = r.int32();
  let _leaderEpoch: number = -1;
  if (v >= 7) {
    _leaderEpoch = r.int32();
  }
  let _replicaNodes: number[] = [];
  const n9 = r.arrayLength(flex);
  if (n9 < 0) _replicaNodes = [];
  else {
    const a10: number[] = new Array(n9);
    for (let i = 0; i < n9; i++) a10[i] = r.int32();
    _replicaNodes = a10;
  }
  let _isrNodes: number[] = [];
  const n11 = r.arrayLength(flex);
  if (n11 < 0) _isrNodes = [];
  else {
    const a12: number[] = new Array(n11);
    for (let i = 0; i < n11; i++) a12[i] = r.int32();
    _isrNodes = a12;
  }
  let _offlineReplicas: number[] = [];
  if (v >= 5) {
    const n13 = r.arrayLength(flex);
    if (n13 < 0) _offlineReplicas = [];
    else {
      const a14: number[] = new Array(n13);
      for (let i = 0; i < n13; i++) a14[i] = r.int32();
      _offlineReplicas = a14;
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
  return { errorCode: _errorCode, partitionIndex: _partitionIndex, leaderId: _leaderId, leaderEpoch: _leaderEpoch, replicaNodes: _replicaNodes, isrNodes: _isrNodes, offlineReplicas: _offlineReplicas };
}

function writeMetadataResponsePartition(w: Writer, v: number, o: Input<MetadataResponsePartition>): void {
  const flex = v >= 9;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int32((o.leaderId === undefined ? 0 : o.leaderId));
  if (v >= 7) {
    w.int32((o.leaderEpoch === undefined ? -1 : o.leaderEpoch));
  }
  const a15 = (o.replicaNodes === undefined ? [] : o.replicaNodes);
  if (a15 === null || a15 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a15.length, flex);
    for (let i = 0; i < a15.length; i++) w.int32(a15[i]);
  }
  const a16 = (o.isrNodes === undefined ? [] : o.isrNodes);
  if (a16 === null || a16 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a16.length, flex);
    for (let i = 0; i < a16.length; i++) w.int32(a16[i]);
  }
  if (v >= 5) {
    const a17 = (o.offlineReplicas === undefined ? [] : o.offlineReplicas);
    if (a17 === null || a17 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a17.length, flex);
      for (let i = 0; i < a17.length; i++) w.int32(a17[i]);
    }
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a MetadataResponse of version `v`. */
export function decodeMetadataResponse(r: Reader, v: number): MetadataResponse {
  return readMetadataResponse(r, v);
}

/** Encodes a MetadataResponse of version `v`; missing fields take their defaults. */
export function encodeMetadataResponse(w: Writer, v: number, o: Input<MetadataResponse>): void {
  writeMetadataResponse(w, v, o);
}
