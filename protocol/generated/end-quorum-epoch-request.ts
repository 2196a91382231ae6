// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** EndQuorumEpochRequest: versions and flexible versions. */
export const EndQuorumEpochRequestMeta = { name: 'EndQuorumEpochRequest', apiKey: 54, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** EndQuorumEpochRequest (generated from EndQuorumEpochRequest.json). */
export interface EndQuorumEpochRequest {
  clusterId: string | null;
  topics: TopicData[];
  leaderEndpoints: LeaderEndpoint[];
}

/** A EndQuorumEpochRequest with every field at its schema default. */
export function defaultEndQuorumEpochRequest(): EndQuorumEpochRequest {
  return {
    clusterId: null,
    topics: [],
    leaderEndpoints: [],
  };
}

function readEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequest {
  const flex = v >= 1;
  let _clusterId: string | null = null;
  _clusterId = r.nullableString(flex);
  let _topics: TopicData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicData(r, v);
    _topics = a1;
  }
  let _leaderEndpoints: LeaderEndpoint[] = [];
  if (v >= 1) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _leaderEndpoints = [];
    else {
      const a3: LeaderEndpoint[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readLeaderEndpoint(r, v);
      _leaderEndpoints = a3;
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
  return { clusterId: _clusterId, topics: _topics, leaderEndpoints: _leaderEndpoints };
}

function writeEndQuorumEpochRequest(w: Writer, v: number, o: Input<EndQuorumEpochRequest>): void {
  const flex = v >= 1;
  w.nullableString((o.clusterId === undefined ? null : o.clusterId), flex);
  const a4 = (o.topics === undefined ? [] : o.topics);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeTopicData(w, v, a4[i]);
  }
  if (v >= 1) {
    const a5 = (o.leaderEndpoints === undefined ? [] : o.leaderEndpoints);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeLeaderEndpoint(w, v, a5[i]);
    }
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicData (generated from EndQuorumEpochRequest.json). */
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
  const flex = v >= 1;
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
  const flex = v >= 1;
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

/** PartitionData (generated from EndQuorumEpochRequest.json). */
export interface PartitionData {
  partitionIndex: number;
  leaderId: number;
  leaderEpoch: number;
  preferredSuccessors: number[];
  preferredCandidates: ReplicaInfo[];
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    leaderId: 0,
    leaderEpoch: 0,
    preferredSuccessors: [],
    preferredCandidates: [],
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = v >= 1;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _leaderId: number = 0;
  _leaderId = r.int32();
  let _leaderEpoch: number = 0;
  _leaderEpoch = r.int32();
  let _preferredSuccessors: number[] = [];
  if (v <= 0) {
    const n9 = r.arrayLength(flex);
    if (n9 < 0) _preferredSuccessors = [];
    else {
      const a10: number[] = new Array(n9);
      for (let i = 0; i < n9; i++) a10[i] = r.int32();
      _preferredSuccessors = a10;
    }
  }
  let _preferredCandidates: ReplicaInfo[] = [];
  if (v >= 1) {
    const n11 = r.arrayLength(flex);
    if (n11 < 0) _preferredCandidates = [];
    else {
      const a12: ReplicaInfo[] = new Array(n11);
      for (let i = 0; i < n11; i++) a12[i] = readReplicaInfo(r, v);
      _preferredCandidates = a12;
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
  return { partitionIndex: _partitionIndex, leaderId: _leaderId, leaderEpoch: _leaderEpoch, preferredSuccessors: _preferredSuccessors, preferredCandidates: _preferredCandidates };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = v >= 1;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int32((o.leaderId === undefined ? 0 : o.leaderId));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  if (v <= 0) {
    const a13 = (o.preferredSuccessors === undefined ? [] : o.preferredSuccessors);
    if (a13 === null || a13 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a13.length, flex);
      for (let i = 0; i < a13.length; i++) w.int32(a13[i]);
    }
  }
  if (v >= 1) {
    const a14 = (o.preferredCandidates === undefined ? [] : o.preferredCandidates);
    if (a14 === null || a14 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a14.length, flex);
      for (let i = 0; i < a14.length; i++) writeReplicaInfo(w, v, a14[i]);
    }
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ReplicaInfo (generated from EndQuorumEpochRequest.json). */
export interface ReplicaInfo {
  candidateId: number;
  candidateDirectoryId: string;
}

/** A ReplicaInfo with every field at its schema default. */
export function defaultReplicaInfo(): ReplicaInfo {
  return {
    candidateId: 0,
    candidateDirectoryId: ZERO_UUID,
  };
}

function readReplicaInfo(r: Reader, v: number): ReplicaInfo {
  const flex = v >= 1;
  let _candidateId: number = 0;
  if (v >= 1) {
    _candidateId = r.int32();
  }
  let _candidateDirectoryId: string = ZERO_UUID;
  if (v >= 1) {
    _candidateDirectoryId = r.uuid();
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
  return { candidateId: _candidateId, candidateDirectoryId: _candidateDirectoryId };
}

function writeReplicaInfo(w: Writer, v: number, o: Input<ReplicaInfo>): void {
  const flex = v >= 1;
  if (v >= 1) {
    w.int32((o.candidateId === undefined ? 0 : o.candidateId));
  } else {
    if (o.candidateId !== undefined && o.candidateId !== 0) throw new UnsupportedVersionError('EndQuorumEpochRequest', 'ReplicaInfo.candidateId', v, '1+');
  }
  if (v >= 1) {
    w.uuid((o.candidateDirectoryId === undefined ? ZERO_UUID : o.candidateDirectoryId));
  } else {
    if (o.candidateDirectoryId !== undefined && o.candidateDirectoryId !== ZERO_UUID) throw new UnsupportedVersionError('EndQuorumEpochRequest', 'ReplicaInfo.candidateDirectoryId', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderEndpoint (generated from EndQuorumEpochRequest.json). */
export interface LeaderEndpoint {
  name: string;
  host: string;
  port: number;
}

/** A LeaderEndpoint with every field at its schema default. */
export function defaultLeaderEndpoint(): LeaderEndpoint {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

function readLeaderEndpoint(r: Reader, v: number): LeaderEndpoint {
  const flex = v >= 1;
  let _name: string = "";
  if (v >= 1) {
    _name = r.string(flex);
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
  return { name: _name, host: _host, port: _port };
}

function writeLeaderEndpoint(w: Writer, v: number, o: Input<LeaderEndpoint>): void {
  const flex = v >= 1;
  if (v >= 1) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('EndQuorumEpochRequest', 'LeaderEndpoint.name', v, '1+');
  }
  if (v >= 1) {
    w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  } else {
    if (o.host !== undefined && o.host !== "") throw new UnsupportedVersionError('EndQuorumEpochRequest', 'LeaderEndpoint.host', v, '1+');
  }
  if (v >= 1) {
    w.uint16((o.port === undefined ? 0 : o.port));
  } else {
    if (o.port !== undefined && o.port !== 0) throw new UnsupportedVersionError('EndQuorumEpochRequest', 'LeaderEndpoint.port', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a EndQuorumEpochRequest of version `v`. */
export function decodeEndQuorumEpochRequest(r: Reader, v: number): EndQuorumEpochRequest {
  return readEndQuorumEpochRequest(r, v);
}

/** Encodes a EndQuorumEpochRequest of version `v`; missing fields take their defaults. */
export function encodeEndQuorumEpochRequest(w: Writer, v: number, o: Input<EndQuorumEpochRequest>): void {
  writeEndQuorumEpochRequest(w, v, o);
}
