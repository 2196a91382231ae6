// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ShareAcknowledgeResponse: versions and flexible versions. */
export const ShareAcknowledgeResponseMeta = { name: 'ShareAcknowledgeResponse', apiKey: 79, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ShareAcknowledgeResponse (generated from ShareAcknowledgeResponse.json). */
export interface ShareAcknowledgeResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  responses: ShareAcknowledgeTopicResponse[];
  nodeEndpoints: NodeEndpoint[];
}

/** A ShareAcknowledgeResponse with every field at its schema default. */
export function defaultShareAcknowledgeResponse(): ShareAcknowledgeResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
  };
}

function readShareAcknowledgeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
  _errorMessage = r.nullableString(flex);
  let _responses: ShareAcknowledgeTopicResponse[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _responses = [];
  else {
    const a1: ShareAcknowledgeTopicResponse[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readShareAcknowledgeTopicResponse(r, v);
    _responses = a1;
  }
  let _nodeEndpoints: NodeEndpoint[] = [];
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _nodeEndpoints = [];
  else {
    const a3: NodeEndpoint[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = readNodeEndpoint(r, v);
    _nodeEndpoints = a3;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, responses: _responses, nodeEndpoints: _nodeEndpoints };
}

function writeShareAcknowledgeResponse(w: Writer, v: number, o: Input<ShareAcknowledgeResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  const a4 = (o.responses === undefined ? [] : o.responses);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeShareAcknowledgeTopicResponse(w, v, a4[i]);
  }
  const a5 = (o.nodeEndpoints === undefined ? [] : o.nodeEndpoints);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeNodeEndpoint(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ShareAcknowledgeTopicResponse (generated from ShareAcknowledgeResponse.json). */
export interface ShareAcknowledgeTopicResponse {
  topicId: string;
  partitions: PartitionData[];
}

/** A ShareAcknowledgeTopicResponse with every field at its schema default. */
export function defaultShareAcknowledgeTopicResponse(): ShareAcknowledgeTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readShareAcknowledgeTopicResponse(r: Reader, v: number): ShareAcknowledgeTopicResponse {
  const flex = true;
  let _topicId: string = ZERO_UUID;
  _topicId = r.uuid();
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
  return { topicId: _topicId, partitions: _partitions };
}

function writeShareAcknowledgeTopicResponse(w: Writer, v: number, o: Input<ShareAcknowledgeTopicResponse>): void {
  const flex = true;
  w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
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

/** PartitionData (generated from ShareAcknowledgeResponse.json). */
export interface PartitionData {
  partitionIndex: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  currentLeader: LeaderIdAndEpoch;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    currentLeader: defaultLeaderIdAndEpoch(),
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
  _errorMessage = r.nullableString(flex);
  let _currentLeader: LeaderIdAndEpoch = defaultLeaderIdAndEpoch();
  _currentLeader = readLeaderIdAndEpoch(r, v);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, errorCode: _errorCode, errorMessage: _errorMessage, currentLeader: _currentLeader };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  writeLeaderIdAndEpoch(w, v, (o.currentLeader === undefined ? defaultLeaderIdAndEpoch() : o.currentLeader) ?? {});
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderIdAndEpoch (generated from ShareAcknowledgeResponse.json). */
export interface LeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

/** A LeaderIdAndEpoch with every field at its schema default. */
export function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return {
    leaderId: 0,
    leaderEpoch: 0,
  };
}

function readLeaderIdAndEpoch(r: Reader, v: number): LeaderIdAndEpoch {
  const flex = true;
  let _leaderId: number = 0;
  _leaderId = r.int32();
  let _leaderEpoch: number = 0;
  _leaderEpoch = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { leaderId: _leaderId, leaderEpoch: _leaderEpoch };
}

function writeLeaderIdAndEpoch(w: Writer, v: number, o: Input<LeaderIdAndEpoch>): void {
  const flex = true;
  w.int32((o.leaderId === undefined ? 0 : o.leaderId));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** NodeEndpoint (generated from ShareAcknowledgeResponse.json). */
export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
  rack: string | null;
}

/** A NodeEndpoint with every field at its schema default. */
export function defaultNodeEndpoint(): NodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

function readNodeEndpoint(r: Reader, v: number): NodeEndpoint {
  const flex = true;
  let _nodeId: number = 0;
  _nodeId = r.int32();
  let _host: string = "";
  _host = r.string(flex);
  let _port: number = 0;
  _port = r.int32();
  let _rack: string | null = null;
  _rack = r.nullableString(flex);
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

function writeNodeEndpoint(w: Writer, v: number, o: Input<NodeEndpoint>): void {
  const flex = true;
  w.int32((o.nodeId === undefined ? 0 : o.nodeId));
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.int32((o.port === undefined ? 0 : o.port));
  w.nullableString((o.rack === undefined ? null : o.rack), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ShareAcknowledgeResponse of version `v`. */
export function decodeShareAcknowledgeResponse(r: Reader, v: number): ShareAcknowledgeResponse {
  return readShareAcknowledgeResponse(r, v);
}

/** Encodes a ShareAcknowledgeResponse of version `v`; missing fields take their defaults. */
export function encodeShareAcknowledgeResponse(w: Writer, v: number, o: Input<ShareAcknowledgeResponse>): void {
  writeShareAcknowledgeResponse(w, v, o);
}
