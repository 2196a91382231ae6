// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** FetchSnapshotRequest: versions and flexible versions. */
export const FetchSnapshotRequestMeta = { name: 'FetchSnapshotRequest', apiKey: 59, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** FetchSnapshotRequest (generated from FetchSnapshotRequest.json). */
export interface FetchSnapshotRequest {
  clusterId: string | null;
  replicaId: number;
  maxBytes: number;
  topics: TopicSnapshot[];
}

/** A FetchSnapshotRequest with every field at its schema default. */
export function defaultFetchSnapshotRequest(): FetchSnapshotRequest {
  return {
    clusterId: null,
    replicaId: -1,
    maxBytes: 2147483647,
    topics: [],
  };
}

function readFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequest {
  const flex = true;
  let _clusterId: string | null = null;
  let _replicaId: number = -1;
  _replicaId = r.int32();
  let _maxBytes: number = 2147483647;
  _maxBytes = r.int32();
  let _topics: TopicSnapshot[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicSnapshot[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicSnapshot(r, v);
    _topics = a1;
  }
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (true) {
            _clusterId = r.nullableString(flex);
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { clusterId: _clusterId, replicaId: _replicaId, maxBytes: _maxBytes, topics: _topics };
}

function writeFetchSnapshotRequest(w: Writer, v: number, o: Input<FetchSnapshotRequest>): void {
  const flex = true;
  w.int32((o.replicaId === undefined ? -1 : o.replicaId));
  w.int32((o.maxBytes === undefined ? 2147483647 : o.maxBytes));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicSnapshot(w, v, a2[i]);
  }
  if (flex) {
    let tags = 0;
    const t0 = o.clusterId;
    const has0 = true && t0 !== undefined && t0 !== null;
    if (has0) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        w.nullableString(t0, flex);
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** TopicSnapshot (generated from FetchSnapshotRequest.json). */
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
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: PartitionSnapshot[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readPartitionSnapshot(r, v);
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
  return { name: _name, partitions: _partitions };
}

function writeTopicSnapshot(w: Writer, v: number, o: Input<TopicSnapshot>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writePartitionSnapshot(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionSnapshot (generated from FetchSnapshotRequest.json). */
export interface PartitionSnapshot {
  partition: number;
  currentLeaderEpoch: number;
  snapshotId: SnapshotId;
  position: number;
  replicaDirectoryId: string;
}

/** A PartitionSnapshot with every field at its schema default. */
export function defaultPartitionSnapshot(): PartitionSnapshot {
  return {
    partition: 0,
    currentLeaderEpoch: 0,
    snapshotId: defaultSnapshotId(),
    position: 0,
    replicaDirectoryId: ZERO_UUID,
  };
}

function readPartitionSnapshot(r: Reader, v: number): PartitionSnapshot {
  const flex = true;
  let _partition: number = 0;
  _partition = r.int32();
  let _currentLeaderEpoch: number = 0;
  _currentLeaderEpoch = r.int32();
  let _snapshotId: SnapshotId = defaultSnapshotId();
  _snapshotId = readSnapshotId(r, v);
  let _position: number = 0;
  _position = r.int64();
  let _replicaDirectoryId: string = ZERO_UUID;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 1) {
            _replicaDirectoryId = r.uuid();
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { partition: _partition, currentLeaderEpoch: _currentLeaderEpoch, snapshotId: _snapshotId, position: _position, replicaDirectoryId: _replicaDirectoryId };
}

function writePartitionSnapshot(w: Writer, v: number, o: Input<PartitionSnapshot>): void {
  const flex = true;
  w.int32((o.partition === undefined ? 0 : o.partition));
  w.int32((o.currentLeaderEpoch === undefined ? 0 : o.currentLeaderEpoch));
  writeSnapshotId(w, v, (o.snapshotId === undefined ? defaultSnapshotId() : o.snapshotId) ?? {});
  w.int64((o.position === undefined ? 0 : o.position));
  if (flex) {
    let tags = 0;
    const t0 = o.replicaDirectoryId;
    const has0 = v >= 1 && t0 !== undefined && t0 !== ZERO_UUID;
    if (has0) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        w.uuid(t0);
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** SnapshotId (generated from FetchSnapshotRequest.json). */
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

/** Decodes a FetchSnapshotRequest of version `v`. */
export function decodeFetchSnapshotRequest(r: Reader, v: number): FetchSnapshotRequest {
  return readFetchSnapshotRequest(r, v);
}

/** Encodes a FetchSnapshotRequest of version `v`; missing fields take their defaults. */
export function encodeFetchSnapshotRequest(w: Writer, v: number, o: Input<FetchSnapshotRequest>): void {
  writeFetchSnapshotRequest(w, v, o);
}
