// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** FetchResponse: versions and flexible versions. */
export const FetchResponseMeta = { name: 'FetchResponse', apiKey: 1, minVersion: 0, maxVersion: 17, flexibleMin: 12 } as const;

/** FetchResponse (generated from FetchResponse.json). */
export interface FetchResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  sessionId: number;
  responses: FetchableTopicResponse[];
  nodeEndpoints: NodeEndpoint[];
}

/** A FetchResponse with every field at its schema default. */
export function defaultFetchResponse(): FetchResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 0,
    responses: [],
    nodeEndpoints: [],
  };
}

function readFetchResponse(r: Reader, v: number): FetchResponse {
  const flex = v >= 12;
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
  }
  let _errorCode: ErrorCode = 0;
  if (v >= 7) {
    _errorCode = r.int16() as ErrorCode;
  }
  let _sessionId: number = 0;
  if (v >= 7) {
    _sessionId = r.int32();
  }
  let _responses: FetchableTopicResponse[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _responses = [];
  else {
    const a1: FetchableTopicResponse[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readFetchableTopicResponse(r, v);
    _responses = a1;
  }
  let _nodeEndpoints: NodeEndpoint[] = [];
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 16) {
            const n2 = r.arrayLength(flex);
            if (n2 < 0) _nodeEndpoints = [];
            else {
              const a3: NodeEndpoint[] = new Array(n2);
              for (let i = 0; i < n2; i++) a3[i] = readNodeEndpoint(r, v);
              _nodeEndpoints = a3;
            }
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, sessionId: _sessionId, responses: _responses, nodeEndpoints: _nodeEndpoints };
}

function writeFetchResponse(w: Writer, v: number, o: Input<FetchResponse>): void {
  const flex = v >= 12;
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  if (v >= 7) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  }
  if (v >= 7) {
    w.int32((o.sessionId === undefined ? 0 : o.sessionId));
  } else {
    if (o.sessionId !== undefined && o.sessionId !== 0) throw new UnsupportedVersionError('FetchResponse', 'FetchResponse.sessionId', v, '7+');
  }
  const a4 = (o.responses === undefined ? [] : o.responses);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeFetchableTopicResponse(w, v, a4[i]);
  }
  if (!(v >= 16) && o.nodeEndpoints !== undefined && o.nodeEndpoints !== null && o.nodeEndpoints.length > 0) throw new UnsupportedVersionError('FetchResponse', 'FetchResponse.nodeEndpoints', v, '16+ (tagged)');
  if (flex) {
    let tags = 0;
    const t0 = o.nodeEndpoints;
    const has0 = v >= 16 && t0 !== undefined && t0 !== null && t0.length > 0;
    if (has0) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        const a5 = t0;
        if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
        else {
          w.arrayLength(a5.length, flex);
          for (let i = 0; i < a5.length; i++) writeNodeEndpoint(w, v, a5[i]);
        }
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** FetchableTopicResponse (generated from FetchResponse.json). */
export interface FetchableTopicResponse {
  topic: string;
  topicId: string;
  partitions: PartitionData[];
}

/** A FetchableTopicResponse with every field at its schema default. */
export function defaultFetchableTopicResponse(): FetchableTopicResponse {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readFetchableTopicResponse(r: Reader, v: number): FetchableTopicResponse {
  const flex = v >= 12;
  let _topic: string = "";
  if (v <= 12) {
    _topic = r.string(flex);
  }
  let _topicId: string = ZERO_UUID;
  if (v >= 13) {
    _topicId = r.uuid();
  }
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
  return { topic: _topic, topicId: _topicId, partitions: _partitions };
}

function writeFetchableTopicResponse(w: Writer, v: number, o: Input<FetchableTopicResponse>): void {
  const flex = v >= 12;
  if (v <= 12) {
    w.string((o.topic === undefined ? "" : o.topic) ?? '', flex);
  }
  if (v >= 13) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
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

/** PartitionData (generated from FetchResponse.json). */
export interface PartitionData {
  partitionIndex: number;
  errorCode: ErrorCode;
  highWatermark: number;
  lastStableOffset: number;
  logStartOffset: number;
  divergingEpoch: EpochEndOffset | null;
  currentLeader: LeaderIdAndEpoch | null;
  snapshotId: SnapshotId | null;
  abortedTransactions: AbortedTransaction[] | null;
  preferredReadReplica: number;
  records: Buffer | null;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    highWatermark: 0,
    lastStableOffset: -1,
    logStartOffset: -1,
    divergingEpoch: null,
    currentLeader: null,
    snapshotId: null,
    abortedTransactions: [],
    preferredReadReplica: -1,
    records: null,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = v >= 12;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _highWatermark: number = 0;
  _highWatermark = r.int64();
  let _lastStableOffset: number = -1;
  if (v >= 4) {
    _lastStableOffset = r.int64();
  }
  let _logStartOffset: number = -1;
  if (v >= 5) {
    _logStartOffset = r.int64();
  }
  let _divergingEpoch: EpochEndOffset | null = null;
  let _currentLeader: LeaderIdAndEpoch | null = null;
  let _snapshotId: SnapshotId | null = null;
  let _abortedTransactions: AbortedTransaction[] | null = [];
  if (v >= 4) {
    const n9 = r.arrayLength(flex);
    if (n9 < 0) _abortedTransactions = null;
    else {
      const a10: AbortedTransaction[] = new Array(n9);
      for (let i = 0; i < n9; i++) a10[i] = readAbortedTransaction(r, v);
      _abortedTransactions = a10;
    }
  }
  let _preferredReadReplica: number = -1;
  if (v >= 11) {
    _preferredReadReplica = r.int32();
  }
  let _records: Buffer | null = null;
  _records = r.nullableBytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 12) {
            _divergingEpoch = readEpochEndOffset(r, v);
          }
          break;
        }
        case 1: {
          if (v >= 12) {
            _currentLeader = readLeaderIdAndEpoch(r, v);
          }
          break;
        }
        case 2: {
          if (v >= 12) {
            _snapshotId = readSnapshotId(r, v);
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, errorCode: _errorCode, highWatermark: _highWatermark, lastStableOffset: _lastStableOffset, logStartOffset: _logStartOffset, divergingEpoch: _divergingEpoch, currentLeader: _currentLeader, snapshotId: _snapshotId, abortedTransactions: _abortedTransactions, preferredReadReplica: _preferredReadReplica, records: _records };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = v >= 12;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int64((o.highWatermark === undefined ? 0 : o.highWatermark));
  if (v >= 4) {
    w.int64((o.lastStableOffset === undefined ? -1 : o.lastStableOffset));
  }
  if (v >= 5) {
    w.int64((o.logStartOffset === undefined ? -1 : o.logStartOffset));
  }
  if (v >= 4) {
    const a11 = (o.abortedTransactions === undefined ? [] : o.abortedTransactions);
    if (a11 === null || a11 === undefined) w.arrayLength(-1, flex);
    else {
      w.arrayLength(a11.length, flex);
      for (let i = 0; i < a11.length; i++) writeAbortedTransaction(w, v, a11[i]);
    }
  }
  if (v >= 11) {
    w.int32((o.preferredReadReplica === undefined ? -1 : o.preferredReadReplica));
  } else {
    if (o.preferredReadReplica !== undefined && o.preferredReadReplica !== -1) throw new UnsupportedVersionError('FetchResponse', 'PartitionData.preferredReadReplica', v, '11+');
  }
  w.nullableBytes((o.records === undefined ? null : o.records), flex);
  if (!(v >= 12) && o.divergingEpoch !== null && o.divergingEpoch !== undefined && !isDefaultEpochEndOffset(o.divergingEpoch)) throw new UnsupportedVersionError('FetchResponse', 'PartitionData.divergingEpoch', v, '12+ (tagged)');
  if (!(v >= 12) && o.currentLeader !== null && o.currentLeader !== undefined && !isDefaultLeaderIdAndEpoch(o.currentLeader)) throw new UnsupportedVersionError('FetchResponse', 'PartitionData.currentLeader', v, '12+ (tagged)');
  if (!(v >= 12) && o.snapshotId !== null && o.snapshotId !== undefined && !isDefaultSnapshotId(o.snapshotId)) throw new UnsupportedVersionError('FetchResponse', 'PartitionData.snapshotId', v, '12+ (tagged)');
  if (flex) {
    let tags = 0;
    const t0 = o.divergingEpoch;
    const has0 = v >= 12 && t0 !== null && t0 !== undefined && !isDefaultEpochEndOffset(t0);
    if (has0) tags++;
    const t1 = o.currentLeader;
    const has1 = v >= 12 && t1 !== null && t1 !== undefined && !isDefaultLeaderIdAndEpoch(t1);
    if (has1) tags++;
    const t2 = o.snapshotId;
    const has2 = v >= 12 && t2 !== null && t2 !== undefined && !isDefaultSnapshotId(t2);
    if (has2) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        writeEpochEndOffset(w, v, t0 ?? {});
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
    if (has1) {
      w.uvarint(1);
      const tw = Writer.acquire();
      {
        const w = tw;
        writeLeaderIdAndEpoch(w, v, t1 ?? {});
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
    if (has2) {
      w.uvarint(2);
      const tw = Writer.acquire();
      {
        const w = tw;
        writeSnapshotId(w, v, t2 ?? {});
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** EpochEndOffset (generated from FetchResponse.json). */
export interface EpochEndOffset {
  epoch: number;
  endOffset: number;
}

/** A EpochEndOffset with every field at its schema default. */
export function defaultEpochEndOffset(): EpochEndOffset {
  return {
    epoch: -1,
    endOffset: -1,
  };
}

function readEpochEndOffset(r: Reader, v: number): EpochEndOffset {
  const flex = v >= 12;
  let _epoch: number = -1;
  if (v >= 12) {
    _epoch = r.int32();
  }
  let _endOffset: number = -1;
  if (v >= 12) {
    _endOffset = r.int64();
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
  return { epoch: _epoch, endOffset: _endOffset };
}

function writeEpochEndOffset(w: Writer, v: number, o: Input<EpochEndOffset>): void {
  const flex = v >= 12;
  if (v >= 12) {
    w.int32((o.epoch === undefined ? -1 : o.epoch));
  } else {
    if (o.epoch !== undefined && o.epoch !== -1) throw new UnsupportedVersionError('FetchResponse', 'EpochEndOffset.epoch', v, '12+');
  }
  if (v >= 12) {
    w.int64((o.endOffset === undefined ? -1 : o.endOffset));
  } else {
    if (o.endOffset !== undefined && o.endOffset !== -1) throw new UnsupportedVersionError('FetchResponse', 'EpochEndOffset.endOffset', v, '12+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderIdAndEpoch (generated from FetchResponse.json). */
export interface LeaderIdAndEpoch {
  leaderId: number;
  leaderEpoch: number;
}

/** A LeaderIdAndEpoch with every field at its schema default. */
export function defaultLeaderIdAndEpoch(): LeaderIdAndEpoch {
  return {
    leaderId: -1,
    leaderEpoch: -1,
  };
}

function readLeaderIdAndEpoch(r: Reader, v: number): LeaderIdAndEpoch {
  const flex = v >= 12;
  let _leaderId: number = -1;
  if (v >= 12) {
    _leaderId = r.int32();
  }
  let _leaderEpoch: number = -1;
  if (v >= 12) {
    _leaderEpoch = r.int32();
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
  return { leaderId: _leaderId, leaderEpoch: _leaderEpoch };
}

function writeLeaderIdAndEpoch(w: Writer, v: number, o: Input<LeaderIdAndEpoch>): void {
  const flex = v >= 12;
  if (v >= 12) {
    w.int32((o.leaderId === undefined ? -1 : o.leaderId));
  } else {
    if (o.leaderId !== undefined && o.leaderId !== -1) throw new UnsupportedVersionError('FetchResponse', 'LeaderIdAndEpoch.leaderId', v, '12+');
  }
  if (v >= 12) {
    w.int32((o.leaderEpoch === undefined ? -1 : o.leaderEpoch));
  } else {
    if (o.leaderEpoch !== undefined && o.leaderEpoch !== -1) throw new UnsupportedVersionError('FetchResponse', 'LeaderIdAndEpoch.leaderEpoch', v, '12+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** SnapshotId (generated from FetchResponse.json). */
export interface SnapshotId {
  endOffset: number;
  epoch: number;
}

/** A SnapshotId with every field at its schema default. */
export function defaultSnapshotId(): SnapshotId {
  return {
    endOffset: -1,
    epoch: -1,
  };
}

function readSnapshotId(r: Reader, v: number): SnapshotId {
  const flex = v >= 12;
  let _endOffset: number = -1;
  _endOffset = r.int64();
  let _epoch: number = -1;
  _epoch = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { endOffset: _endOffset, epoch: _epoch };
}

function writeSnapshotId(w: Writer, v: number, o: Input<SnapshotId>): void {
  const flex = v >= 12;
  w.int64((o.endOffset === undefined ? -1 : o.endOffset));
  w.int32((o.epoch === undefined ? -1 : o.epoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** AbortedTransaction (generated from FetchResponse.json). */
export interface AbortedTransaction {
  producerId: number;
  firstOffset: number;
}

/** A AbortedTransaction with every field at its schema default. */
export function defaultAbortedTransaction(): AbortedTransaction {
  return {
    producerId: 0,
    firstOffset: 0,
  };
}

function readAbortedTransaction(r: Reader, v: number): AbortedTransaction {
  const flex = v >= 12;
  let _producerId: number = 0;
  if (v >= 4) {
    _producerId = r.int64();
  }
  let _firstOffset: number = 0;
  if (v >= 4) {
    _firstOffset = r.int64();
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
  return { producerId: _producerId, firstOffset: _firstOffset };
}

function writeAbortedTransaction(w: Writer, v: number, o: Input<AbortedTransaction>): void {
  const flex = v >= 12;
  if (v >= 4) {
    w.int64((o.producerId === undefined ? 0 : o.producerId));
  } else {
    if (o.producerId !== undefined && o.producerId !== 0) throw new UnsupportedVersionError('FetchResponse', 'AbortedTransaction.producerId', v, '4+');
  }
  if (v >= 4) {
    w.int64((o.firstOffset === undefined ? 0 : o.firstOffset));
  } else {
    if (o.firstOffset !== undefined && o.firstOffset !== 0) throw new UnsupportedVersionError('FetchResponse', 'AbortedTransaction.firstOffset', v, '4+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** NodeEndpoint (generated from FetchResponse.json). */
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
  const flex = v >= 12;
  let _nodeId: number = 0;
  if (v >= 16) {
    _nodeId = r.int32();
  }
  let _host: string = "";
  if (v >= 16) {
    _host = r.string(flex);
  }
  let _port: number = 0;
  if (v >= 16) {
    _port = r.int32();
  }
  let _rack: string | null = null;
  if (v >= 16) {
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

function writeNodeEndpoint(w: Writer, v: number, o: Input<NodeEndpoint>): void {
  const flex = v >= 12;
  if (v >= 16) {
    w.int32((o.nodeId === undefined ? 0 : o.nodeId));
  } else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw new UnsupportedVersionError('FetchResponse', 'NodeEndpoint.nodeId', v, '16+');
  }
  if (v >= 16) {
    w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  } else {
    if (o.host !== undefined && o.host !== "") throw new UnsupportedVersionError('FetchResponse', 'NodeEndpoint.host', v, '16+');
  }
  if (v >= 16) {
    w.int32((o.port === undefined ? 0 : o.port));
  } else {
    if (o.port !== undefined && o.port !== 0) throw new UnsupportedVersionError('FetchResponse', 'NodeEndpoint.port', v, '16+');
  }
  if (v >= 16) {
    w.nullableString((o.rack === undefined ? null : o.rack), flex);
  } else {
    if (o.rack !== undefined && o.rack !== null) throw new UnsupportedVersionError('FetchResponse', 'NodeEndpoint.rack', v, '16+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

function isDefaultEpochEndOffset(o: Input<EpochEndOffset>): boolean {
  return !(o.epoch !== undefined && o.epoch !== -1) && !(o.endOffset !== undefined && o.endOffset !== -1);
}

function isDefaultLeaderIdAndEpoch(o: Input<LeaderIdAndEpoch>): boolean {
  return !(o.leaderId !== undefined && o.leaderId !== -1) && !(o.leaderEpoch !== undefined && o.leaderEpoch !== -1);
}

function isDefaultSnapshotId(o: Input<SnapshotId>): boolean {
  return !(o.endOffset !== undefined && o.endOffset !== -1) && !(o.epoch !== undefined && o.epoch !== -1);
}

/** Decodes a FetchResponse of version `v`. */
export function decodeFetchResponse(r: Reader, v: number): FetchResponse {
  return readFetchResponse(r, v);
}

/** Encodes a FetchResponse of version `v`; missing fields take their defaults. */
export function encodeFetchResponse(w: Writer, v: number, o: Input<FetchResponse>): void {
  writeFetchResponse(w, v, o);
}
