// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** FetchSnapshotResponse: versions and flexible versions. */
export const FetchSnapshotResponseMeta = { name: 'FetchSnapshotResponse', apiKey: 59, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** FetchSnapshotResponse (generated from FetchSnapshotResponse.json). */
export interface FetchSnapshotResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  topics: TopicSnapshot[];
  nodeEndpoints: NodeEndpoint[];
}

/** A FetchSnapshotResponse with every field at its schema default. */
export function defaultFetchSnapshotResponse(): FetchSnapshotResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

function readFetchSnapshotResponse(r: Reader, v: number): FetchSnapshotResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _topics: TopicSnapshot[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicSnapshot[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicSnapshot(r, v);
    _topics = a1;
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
          if (v >= 1) {
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, topics: _topics, nodeEndpoints: _nodeEndpoints };
}

function writeFetchSnapshotResponse(w: Writer, v: number, o: Input<FetchSnapshotResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a4 = (o.topics === undefined ? [] : o.topics);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeTopicSnapshot(w, v, a4[i]);
  }
  if (!(v >= 1) && o.nodeEndpoints !== undefined && o.nodeEndpoints !== null && o.nodeEndpoints.length > 0) throw new UnsupportedVersionError('FetchSnapshotResponse', 'FetchSnapshotResponse.nodeEndpoints', v, '1+ (tagged)');
  if (flex) {
    let tags = 0;
    const t0 = o.nodeEndpoints;
    const has0 = v >= 1 && t0 !== undefined && t0 !== null && t0.length > 0;
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

/** TopicSnapshot (generated from FetchSnapshotResponse.json). */
export interface TopicSnapshot {
  name: string;
  partitions: PartitionSnapshot[];
}

/** A TopicSnapshot with every field at its schema default. */
export function defaultTopicSnapshot(): TopicSnapshot {
  return {
    name: "",
    partitions: [],
  };
}

function readTopicSnapshot(r: Reader, v: number): TopicSnapshot {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: PartitionSnapshot[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: PartitionSnapshot[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readPartitionSnapshot(r, v);
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
  return { name: _name, partitions: _partitions };
}

function writeTopicSnapshot(w: Writer, v: number, o: Input<TopicSnapshot>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writePartitionSnapshot(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionSnapshot (generated from FetchSnapshotResponse.json). */
export interface PartitionSnapshot {
  index: number;
  errorCode: ErrorCode;
  snapshotId: SnapshotId;
  currentLeader: LeaderIdAndEpoch | null;
  size: number;
  position: number;
  unalignedRecords: Buffer | null;
}

/** A PartitionSnapshot with every field at its schema default. */
export function defaultPartitionSnapshot(): PartitionSnapshot {
  return {
    index: 0,
    errorCode: 0,
    snapshotId: defaultSnapshotId(),
    currentLeader: null,
    size: 0,
    position: 0,
    unalignedRecords: null,
  };
}

function readPartitionSnapshot(r: Reader, v: number): PartitionSnapshot {
  const flex = true;
  let _index: number = 0;
  _index = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _snapshotId: SnapshotId = defaultSnapshotId();
  _snapshotId = readSnapshotId(r, v);
  let _currentLeader: LeaderIdAndEpoch | null = null;
  let _size: number = 0;
  _size = r.int64();
  let _position: number = 0;
  _position = r.int64();
  let _unalignedRecords: Buffer | null = null;
  _unalignedRecords = r.nullableBytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (true) {
            _currentLeader = readLeaderIdAndEpoch(r, v);
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { index: _index, errorCode: _errorCode, snapshotId: _snapshotId, currentLeader: _currentLeader, size: _size, position: _position, unalignedRecords: _unalignedRecords };
}

function writePartitionSnapshot(w: Writer, v: number, o: Input<PartitionSnapshot>): void {
  const flex = true;
  w.int32((o.index === undefined ? 0 : o.index));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  writeSnapshotId(w, v, (o.snapshotId === undefined ? defaultSnapshotId() : o.snapshotId) ?? {});
  w.int64((o.size === undefined ? 0 : o.size));
  w.int64((o.position === undefined ? 0 : o.position));
  w.nullableBytes((o.unalignedRecords === undefined ? null : o.unalignedRecords), flex);
  if (flex) {
    let tags = 0;
    const t0 = o.currentLeader;
    const has0 = true && t0 !== null && t0 !== undefined && !isDefaultLeaderIdAndEpoch(t0);
    if (has0) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        writeLeaderIdAndEpoch(w, v, t0 ?? {});
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** SnapshotId (generated from FetchSnapshotResponse.json). */
export interface SnapshotId {
  endOffset: number;
  epoch: number;
}

/** A SnapshotId with every field at its schema default. */
export function defaultSnapshotId(): SnapshotId {
  return {
    endOffset: 0,
    epoch: 0,
  };
}

function readSnapshotId(r: Reader, v: number): SnapshotId {
  const flex = true;
  let _endOffset: number = 0;
  _endOffset = r.int64();
  let _epoch: number = 0;
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
  const flex = true;
  w.int64((o.endOffset === undefined ? 0 : o.endOffset));
  w.int32((o.epoch === undefined ? 0 : o.epoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderIdAndEpoch (generated from FetchSnapshotResponse.json). */
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

/** NodeEndpoint (generated from FetchSnapshotResponse.json). */
export interface NodeEndpoint {
  nodeId: number;
  host: string;
  port: number;
}

/** A NodeEndpoint with every field at its schema default. */
export function defaultNodeEndpoint(): NodeEndpoint {
  return {
    nodeId: 0,
    host: "",
    port: 0,
  };
}

function readNodeEndpoint(r: Reader, v: number): NodeEndpoint {
  const flex = true;
  let _nodeId: number = 0;
  if (v >= 1) {
    _nodeId = r.int32();
  }
  let _host: string = "";
  if (v >= 1) {
    _host = r.string(flex);
  }
  let _port: number = 0;
  if (v >= 1) {
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
  return { nodeId: _nodeId, host: _host, port: _port };
}

function writeNodeEndpoint(w: Writer, v: number, o: Input<NodeEndpoint>): void {
  const flex = true;
  if (v >= 1) {
    w.int32((o.nodeId === undefined ? 0 : o.nodeId));
  } else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw new UnsupportedVersionError('FetchSnapshotResponse', 'NodeEndpoint.nodeId', v, '1+');
  }
  if (v >= 1) {
    w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  } else {
    if (o.host !== undefined && o.host !== "") throw new UnsupportedVersionError('FetchSnapshotResponse', 'NodeEndpoint.host', v, '1+');
  }
  if (v >= 1) {
    w.uint16((o.port === undefined ? 0 : o.port));
  } else {
    if (o.port !== undefined && o.port !== 0) throw new UnsupportedVersionError('FetchSnapshotResponse', 'NodeEndpoint.port', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

function isDefaultLeaderIdAndEpoch(o: Input<LeaderIdAndEpoch>): boolean {
  return !(o.leaderId !== undefined && o.leaderId !== 0) && !(o.leaderEpoch !== undefined && o.leaderEpoch !== 0);
}

/** Decodes a FetchSnapshotResponse of version `v`. */
export function decodeFetchSnapshotResponse(r: Reader, v: number): FetchSnapshotResponse {
  return readFetchSnapshotResponse(r, v);
}

/** Encodes a FetchSnapshotResponse of version `v`; missing fields take their defaults. */
export function encodeFetchSnapshotResponse(w: Writer, v: number, o: Input<FetchSnapshotResponse>): void {
  writeFetchSnapshotResponse(w, v, o);
}
