// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** FetchRequest: versions and flexible versions. */
export const FetchRequestMeta = { name: 'FetchRequest', apiKey: 1, minVersion: 0, maxVersion: 17, flexibleMin: 12 } as const;

/** FetchRequest (generated from FetchRequest.json). */
export interface FetchRequest {
  clusterId: string | null;
  replicaId: number;
  replicaState: ReplicaState | null;
  maxWaitMs: number;
  minBytes: number;
  maxBytes: number;
  isolationLevel: number;
  sessionId: number;
  sessionEpoch: number;
  topics: FetchTopic[];
  forgottenTopicsData: ForgottenTopic[];
  rackId: string;
}

/** A FetchRequest with every field at its schema default. */
export function defaultFetchRequest(): FetchRequest {
  return {
    clusterId: null,
    replicaId: -1,
    replicaState: null,
    maxWaitMs: 0,
    minBytes: 0,
    maxBytes: 2147483647,
    isolationLevel: 0,
    sessionId: 0,
    sessionEpoch: -1,
    topics: [],
    forgottenTopicsData: [],
    rackId: "",
  };
}

function readFetchRequest(r: Reader, v: number): FetchRequest {
  const flex = v >= 12;
  let _clusterId: string | null = null;
  let _replicaId: number = -1;
  if (v <= 14) {
    _replicaId = r.int32();
  }
  let _replicaState: ReplicaState | null = null;
  let _maxWaitMs: number = 0;
  _maxWaitMs = r.int32();
  let _minBytes: number = 0;
  _minBytes = r.int32();
  let _maxBytes: number = 2147483647;
  if (v >= 3) {
    _maxBytes = r.int32();
  }
  let _isolationLevel: number = 0;
  if (v >= 4) {
    _isolationLevel = r.int8();
  }
  let _sessionId: number = 0;
  if (v >= 7) {
    _sessionId = r.int32();
  }
  let _sessionEpoch: number = -1;
  if (v >= 7) {
    _sessionEpoch = r.int32();
  }
  let _topics: FetchTopic[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: FetchTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readFetchTopic(r, v);
    _topics = a1;
  }
  let _forgottenTopicsData: ForgottenTopic[] = [];
  if (v >= 7) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _forgottenTopicsData = [];
    else {
      const a3: ForgottenTopic[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readForgottenTopic(r, v);
      _forgottenTopicsData = a3;
    }
  }
  let _rackId: string = "";
  if (v >= 11) {
    _rackId = r.string(flex);
  }
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 12) {
            _clusterId = r.nullableString(flex);
          }
          break;
        }
        case 1: {
          if (v >= 15) {
            _replicaState = readReplicaState(r, v);
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { clusterId: _clusterId, replicaId: _replicaId, replicaState: _replicaState, maxWaitMs: _maxWaitMs, minBytes: _minBytes, maxBytes: _maxBytes, isolationLevel: _isolationLevel, sessionId: _sessionId, sessionEpoch: _sessionEpoch, topics: _topics, forgottenTopicsData: _forgottenTopicsData, rackId: _rackId };
}

function writeFetchRequest(w: Writer, v: number, o: Input<FetchRequest>): void {
  const flex = v >= 12;
  if (v <= 14) {
    w.int32((o.replicaId === undefined ? -1 : o.replicaId));
  } else {
    if (o.replicaId !== undefined && o.replicaId !== -1) throw new UnsupportedVersionError('FetchRequest', 'FetchRequest.replicaId', v, '0-14');
  }
  w.int32((o.maxWaitMs === undefined ? 0 : o.maxWaitMs));
  w.int32((o.minBytes === undefined ? 0 : o.minBytes));
  if (v >= 3) {
    w.int32((o.maxBytes === undefined ? 2147483647 : o.maxBytes));
  }
  if (v >= 4) {
    w.int8((o.isolationLevel === undefined ? 0 : o.isolationLevel));
  }
  if (v >= 7) {
    w.int32((o.sessionId === undefined ? 0 : o.sessionId));
  }
  if (v >= 7) {
    w.int32((o.sessionEpoch === undefined ? -1 : o.sessionEpoch));
  }
  const a4 = (o.topics === undefined ? [] : o.topics);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeFetchTopic(w, v, a4[i]);
  }
  if (v >= 7) {
    const a5 = (o.forgottenTopicsData === undefined ? [] : o.forgottenTopicsData);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeForgottenTopic(w, v, a5[i]);
    }
  } else {
    if (o.forgottenTopicsData !== undefined && o.forgottenTopicsData !== null && o.forgottenTopicsData.length > 0) throw new UnsupportedVersionError('FetchRequest', 'FetchRequest.forgottenTopicsData', v, '7+');
  }
  if (v >= 11) {
    w.string((o.rackId === undefined ? "" : o.rackId) ?? '', flex);
  }
  if (!(v >= 15) && o.replicaState !== null && o.replicaState !== undefined && !isDefaultReplicaState(o.replicaState)) throw new UnsupportedVersionError('FetchRequest', 'FetchRequest.replicaState', v, '15+ (tagged)');
  if (flex) {
    let tags = 0;
    const t0 = o.clusterId;
    const has0 = v >= 12 && t0 !== undefined && t0 !== null;
    if (has0) tags++;
    const t1 = o.replicaState;
    const has1 = v >= 15 && t1 !== null && t1 !== undefined && !isDefaultReplicaState(t1);
    if (has1) tags++;
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
    if (has1) {
      w.uvarint(1);
      const tw = Writer.acquire();
      {
        const w = tw;
        writeReplicaState(w, v, t1 ?? {});
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** ReplicaState (generated from FetchRequest.json). */
export interface ReplicaState {
  replicaId: number;
  replicaEpoch: number;
}

/** A ReplicaState with every field at its schema default. */
export function defaultReplicaState(): ReplicaState {
  return {
    replicaId: -1,
    replicaEpoch: -1,
  };
}

function readReplicaState(r: Reader, v: number): ReplicaState {
  const flex = v >= 12;
  let _replicaId: number = -1;
  if (v >= 15) {
    _replicaId = r.int32();
  }
  let _replicaEpoch: number = -1;
  if (v >= 15) {
    _replicaEpoch = r.int64();
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
  return { replicaId: _replicaId, replicaEpoch: _replicaEpoch };
}

function writeReplicaState(w: Writer, v: number, o: Input<ReplicaState>): void {
  const flex = v >= 12;
  if (v >= 15) {
    w.int32((o.replicaId === undefined ? -1 : o.replicaId));
  } else {
    if (o.replicaId !== undefined && o.replicaId !== -1) throw new UnsupportedVersionError('FetchRequest', 'ReplicaState.replicaId', v, '15+');
  }
  if (v >= 15) {
    w.int64((o.replicaEpoch === undefined ? -1 : o.replicaEpoch));
  } else {
    if (o.replicaEpoch !== undefined && o.replicaEpoch !== -1) throw new UnsupportedVersionError('FetchRequest', 'ReplicaState.replicaEpoch', v, '15+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** FetchTopic (generated from FetchRequest.json). */
export interface FetchTopic {
  topic: string;
  topicId: string;
  partitions: FetchPartition[];
}

/** A FetchTopic with every field at its schema default. */
export function defaultFetchTopic(): FetchTopic {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readFetchTopic(r: Reader, v: number): FetchTopic {
  const flex = v >= 12;
  let _topic: string = "";
  if (v <= 12) {
    _topic = r.string(flex);
  }
  let _topicId: string = ZERO_UUID;
  if (v >= 13) {
    _topicId = r.uuid();
  }
  let _partitions: FetchPartition[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: FetchPartition[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readFetchPartition(r, v);
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

function writeFetchTopic(w: Writer, v: number, o: Input<FetchTopic>): void {
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
    for (let i = 0; i < a8.length; i++) writeFetchPartition(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** FetchPartition (generated from FetchRequest.json). */
export interface FetchPartition {
  partition: number;
  currentLeaderEpoch: number;
  fetchOffset: number;
  lastFetchedEpoch: number;
  logStartOffset: number;
  partitionMaxBytes: number;
  replicaDirectoryId: string;
}

/** A FetchPartition with every field at its schema default. */
export function defaultFetchPartition(): FetchPartition {
  return {
    partition: 0,
    currentLeaderEpoch: -1,
    fetchOffset: 0,
    lastFetchedEpoch: -1,
    logStartOffset: -1,
    partitionMaxBytes: 0,
    replicaDirectoryId: ZERO_UUID,
  };
}

function readFetchPartition(r: Reader, v: number): FetchPartition {
  const flex = v >= 12;
  let _partition: number = 0;
  _partition = r.int32();
  let _currentLeaderEpoch: number = -1;
  if (v >= 9) {
    _currentLeaderEpoch = r.int32();
  }
  let _fetchOffset: number = 0;
  _fetchOffset = r.int64();
  let _lastFetchedEpoch: number = -1;
  if (v >= 12) {
    _lastFetchedEpoch = r.int32();
  }
  let _logStartOffset: number = -1;
  if (v >= 5) {
    _logStartOffset = r.int64();
  }
  let _partitionMaxBytes: number = 0;
  _partitionMaxBytes = r.int32();
  let _replicaDirectoryId: string = ZERO_UUID;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 17) {
            _replicaDirectoryId = r.uuid();
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { partition: _partition, currentLeaderEpoch: _currentLeaderEpoch, fetchOffset: _fetchOffset, lastFetchedEpoch: _lastFetchedEpoch, logStartOffset: _logStartOffset, partitionMaxBytes: _partitionMaxBytes, replicaDirectoryId: _replicaDirectoryId };
}

function writeFetchPartition(w: Writer, v: number, o: Input<FetchPartition>): void {
  const flex = v >= 12;
  w.int32((o.partition === undefined ? 0 : o.partition));
  if (v >= 9) {
    w.int32((o.currentLeaderEpoch === undefined ? -1 : o.currentLeaderEpoch));
  }
  w.int64((o.fetchOffset === undefined ? 0 : o.fetchOffset));
  if (v >= 12) {
    w.int32((o.lastFetchedEpoch === undefined ? -1 : o.lastFetchedEpoch));
  } else {
    if (o.lastFetchedEpoch !== undefined && o.lastFetchedEpoch !== -1) throw new UnsupportedVersionError('FetchRequest', 'FetchPartition.lastFetchedEpoch', v, '12+');
  }
  if (v >= 5) {
    w.int64((o.logStartOffset === undefined ? -1 : o.logStartOffset));
  }
  w.int32((o.partitionMaxBytes === undefined ? 0 : o.partitionMaxBytes));
  if (flex) {
    let tags = 0;
    const t0 = o.replicaDirectoryId;
    const has0 = v >= 17 && t0 !== undefined && t0 !== ZERO_UUID;
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

/** ForgottenTopic (generated from FetchRequest.json). */
export interface ForgottenTopic {
  topic: string;
  topicId: string;
  partitions: number[];
}

/** A ForgottenTopic with every field at its schema default. */
export function defaultForgottenTopic(): ForgottenTopic {
  return {
    topic: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readForgottenTopic(r: Reader, v: number): ForgottenTopic {
  const flex = v >= 12;
  let _topic: string = "";
  if (v >= 7 && v <= 12) {
    _topic = r.string(flex);
  }
  let _topicId: string = ZERO_UUID;
  if (v >= 13) {
    _topicId = r.uuid();
  }
  let _partitions: number[] = [];
  if (v >= 7) {
    const n9 = r.arrayLength(flex);
    if (n9 < 0) _partitions = [];
    else {
      const a10: number[] = new Array(n9);
      for (let i = 0; i < n9; i++) a10[i] = r.int32();
      _partitions = a10;
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
  return { topic: _topic, topicId: _topicId, partitions: _partitions };
}

function writeForgottenTopic(w: Writer, v: number, o: Input<ForgottenTopic>): void {
  const flex = v >= 12;
  if (v >= 7 && v <= 12) {
    w.string((o.topic === undefined ? "" : o.topic) ?? '', flex);
  }
  if (v >= 13) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
  if (v >= 7) {
    const a11 = (o.partitions === undefined ? [] : o.partitions);
    if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a11.length, flex);
      for (let i = 0; i < a11.length; i++) w.int32(a11[i]);
    }
  } else {
    if (o.partitions !== undefined && o.partitions !== null && o.partitions.length > 0) throw new UnsupportedVersionError('FetchRequest', 'ForgottenTopic.partitions', v, '7+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

function isDefaultReplicaState(o: Input<ReplicaState>): boolean {
  return !(o.replicaId !== undefined && o.replicaId !== -1) && !(o.replicaEpoch !== undefined && o.replicaEpoch !== -1);
}

/** Decodes a FetchRequest of version `v`. */
export function decodeFetchRequest(r: Reader, v: number): FetchRequest {
  return readFetchRequest(r, v);
}

/** Encodes a FetchRequest of version `v`; missing fields take their defaults. */
export function encodeFetchRequest(w: Writer, v: number, o: Input<FetchRequest>): void {
  writeFetchRequest(w, v, o);
}
