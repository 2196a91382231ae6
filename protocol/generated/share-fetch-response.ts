// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ShareFetchResponse: versions and flexible versions. */
export const ShareFetchResponseMeta = { name: 'ShareFetchResponse', apiKey: 78, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ShareFetchResponse (generated from ShareFetchResponse.json). */
export interface ShareFetchResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  responses: ShareFetchableTopicResponse[];
  nodeEndpoints: NodeEndpoint[];
}

/** A ShareFetchResponse with every field at its schema default. */
export function defaultShareFetchResponse(): ShareFetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    responses: [],
    nodeEndpoints: [],
  };
}

function readShareFetchResponse(r: Reader, v: number): ShareFetchResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
  _errorMessage = r.nullableString(flex);
  let _responses: ShareFetchableTopicResponse[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _responses = [];
  else {
    const a1: ShareFetchableTopicResponse[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readShareFetchableTopicResponse(r, v);
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

function writeShareFetchResponse(w: Writer, v: number, o: Input<ShareFetchResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  const a4 = (o.responses === undefined ? [] : o.responses);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeShareFetchableTopicResponse(w, v, a4[i]);
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

/** ShareFetchableTopicResponse (generated from ShareFetchResponse.json). */
export interface ShareFetchableTopicResponse {
  topicId: string;
  partitions: PartitionData[];
}

/** A ShareFetchableTopicResponse with every field at its schema default. */
export function defaultShareFetchableTopicResponse(): ShareFetchableTopicResponse {
  return {
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readShareFetchableTopicResponse(r: Reader, v: number): ShareFetchableTopicResponse {
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

function writeShareFetchableTopicResponse(w: Writer, v: number, o: Input<ShareFetchableTopicResponse>): void {
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

/** PartitionData (generated from ShareFetchResponse.json). */
export interface PartitionData {
  partitionIndex: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  acknowledgeErrorCode: ErrorCode;
  acknowledgeErrorMessage: string | null;
  currentLeader: LeaderIdAndEpoch;
  records: Buffer | null;
  acquiredRecords: AcquiredRecords[];
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    errorMessage: null,
    acknowledgeErrorCode: 0,
    acknowledgeErrorMessage: null,
    currentLeader: defaultLeaderIdAndEpoch(),
    records: null,
    acquiredRecords: [],
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
  let _acknowledgeErrorCode: ErrorCode = 0;
  _acknowledgeErrorCode = r.int16() as ErrorCode;
  let _acknowledgeErrorMessage: string | null = null;
  _acknowledgeErrorMessage = r.nullableString(flex);
  let _currentLeader: LeaderIdAndEpoch = defaultLeaderIdAndEpoch();
  _currentLeader = readLeaderIdAndEpoch(r, v);
  let _records: Buffer | null = null;
  _records = r.nullableBytes(flex);
  let _acquiredRecords: AcquiredRecords[] = [];
  const n9 = r.arrayLength(flex);
  if (n9 < 0) _acquiredRecords = [];
  else {
    const a10: AcquiredRecords[] = new Array(n9);
    for (let i = 0; i < n9; i++) a10[i] = readAcquiredRecords(r, v);
    _acquiredRecords = a10;
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
  return { partitionIndex: _partitionIndex, errorCode: _errorCode, errorMessage: _errorMessage, acknowledgeErrorCode: _acknowledgeErrorCode, acknowledgeErrorMessage: _acknowledgeErrorMessage, currentLeader: _currentLeader, records: _records, acquiredRecords: _acquiredRecords };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  w.int16((o.acknowledgeErrorCode === undefined ? 0 : o.acknowledgeErrorCode));
  w.nullableString((o.acknowledgeErrorMessage === undefined ? null : o.acknowledgeErrorMessage), flex);
  writeLeaderIdAndEpoch(w, v, (o.currentLeader === undefined ? defaultLeaderIdAndEpoch() : o.currentLeader) ?? {});
  w.nullableBytes((o.records === undefined ? null : o.records), flex);
  const a11 = (o.acquiredRecords === undefined ? [] : o.acquiredRecords);
  if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a11.length, flex);
    for (let i = 0; i < a11.length; i++) writeAcquiredRecords(w, v, a11[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderIdAndEpoch (generated from ShareFetchResponse.json). */
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

/** AcquiredRecords (generated from ShareFetchResponse.json). */
export interface AcquiredRecords {
  firstOffset: number;
  lastOffset: number;
  deliveryCount: number;
}

/** A AcquiredRecords with every field at its schema default. */
export function defaultAcquiredRecords(): AcquiredRecords {
  return {
    firstOffset: 0,
    lastOffset: 0,
    deliveryCount: 0,
  };
}

function readAcquiredRecords(r: Reader, v: number): AcquiredRecords {
  const flex = true;
  let _firstOffset: number = 0;
  _firstOffset = r.int64();
  let _lastOffset: number = 0;
  _lastOffset = r.int64();
  let _deliveryCount: number = 0;
  _deliveryCount = r.int16();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { firstOffset: _firstOffset, lastOffset: _lastOffset, deliveryCount: _deliveryCount };
}

function writeAcquiredRecords(w: Writer, v: number, o: Input<AcquiredRecords>): void {
  const flex = true;
  w.int64((o.firstOffset === undefined ? 0 : o.firstOffset));
  w.int64((o.lastOffset === undefined ? 0 : o.lastOffset));
  w.int16((o.deliveryCount === undefined ? 0 : o.deliveryCount));
  if (flex) {
    w.uvarint(0);
  }
}

/** NodeEndpoint (generated from ShareFetchResponse.json). */
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

/** Decodes a ShareFetchResponse of version `v`. */
export function decodeShareFetchResponse(r: Reader, v: number): ShareFetchResponse {
  return readShareFetchResponse(r, v);
}

/** Encodes a ShareFetchResponse of version `v`; missing fields take their defaults. */
export function encodeShareFetchResponse(w: Writer, v: number, o: Input<ShareFetchResponse>): void {
  writeShareFetchResponse(w, v, o);
}
