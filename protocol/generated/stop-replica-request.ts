// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** StopReplicaRequest: versions and flexible versions. */
export const StopReplicaRequestMeta = { name: 'StopReplicaRequest', apiKey: 5, minVersion: 0, maxVersion: 4, flexibleMin: 2 } as const;

/** StopReplicaRequest (generated from StopReplicaRequest.json). */
export interface StopReplicaRequest {
  controllerId: number;
  isKRaftController: boolean;
  controllerEpoch: number;
  brokerEpoch: number;
  deletePartitions: boolean;
  ungroupedPartitions: StopReplicaPartitionV0[];
  topics: StopReplicaTopicV1[];
  topicStates: StopReplicaTopicState[];
}

/** A StopReplicaRequest with every field at its schema default. */
export function defaultStopReplicaRequest(): StopReplicaRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1,
    deletePartitions: false,
    ungroupedPartitions: [],
    topics: [],
    topicStates: [],
  };
}

function readStopReplicaRequest(r: Reader, v: number): StopReplicaRequest {
  const flex = v >= 2;
  let _controllerId: number = 0;
  _controllerId = r.int32();
  let _isKRaftController: boolean = false;
  if (v >= 4) {
    _isKRaftController = r.bool();
  }
  let _controllerEpoch: number = 0;
  _controllerEpoch = r.int32();
  let _brokerEpoch: number = -1;
  if (v >= 1) {
    _brokerEpoch = r.int64();
  }
  let _deletePartitions: boolean = false;
  if (v <= 2) {
    _deletePartitions = r.bool();
  }
  let _ungroupedPartitions: StopReplicaPartitionV0[] = [];
  if (v <= 0) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _ungroupedPartitions = [];
    else {
      const a1: StopReplicaPartitionV0[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readStopReplicaPartitionV0(r, v);
      _ungroupedPartitions = a1;
    }
  }
  let _topics: StopReplicaTopicV1[] = [];
  if (v >= 1 && v <= 2) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _topics = [];
    else {
      const a3: StopReplicaTopicV1[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readStopReplicaTopicV1(r, v);
      _topics = a3;
    }
  }
  let _topicStates: StopReplicaTopicState[] = [];
  if (v >= 3) {
    const n4 = r.arrayLength(flex);
    if (n4 < 0) _topicStates = [];
    else {
      const a5: StopReplicaTopicState[] = new Array(n4);
      for (let i = 0; i < n4; i++) a5[i] = readStopReplicaTopicState(r, v);
      _topicStates = a5;
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
  return { controllerId: _controllerId, isKRaftController: _isKRaftController, controllerEpoch: _controllerEpoch, brokerEpoch: _brokerEpoch, deletePartitions: _deletePartitions, ungroupedPartitions: _ungroupedPartitions, topics: _topics, topicStates: _topicStates };
}

function writeStopReplicaRequest(w: Writer, v: number, o: Input<StopReplicaRequest>): void {
  const flex = v >= 2;
  w.int32((o.controllerId === undefined ? 0 : o.controllerId));
  if (v >= 4) {
    w.bool((o.isKRaftController === undefined ? false : o.isKRaftController));
  } else {
    if (o.isKRaftController !== undefined && o.isKRaftController !== false) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaRequest.isKRaftController', v, '4+');
  }
  w.int32((o.controllerEpoch === undefined ? 0 : o.controllerEpoch));
  if (v >= 1) {
    w.int64((o.brokerEpoch === undefined ? -1 : o.brokerEpoch));
  }
  if (v <= 2) {
    w.bool((o.deletePartitions === undefined ? false : o.deletePartitions));
  } else {
    if (o.deletePartitions !== undefined && o.deletePartitions !== false) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaRequest.deletePartitions', v, '0-2');
  }
  if (v <= 0) {
    const a6 = (o.ungroupedPartitions === undefined ? [] : o.ungroupedPartitions);
    if (a6 === null || a6 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a6.length, flex);
      for (let i = 0; i < a6.length; i++) writeStopReplicaPartitionV0(w, v, a6[i]);
    }
  } else {
    if (o.ungroupedPartitions !== undefined && o.ungroupedPartitions !== null && o.ungroupedPartitions.length > 0) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaRequest.ungroupedPartitions', v, '0');
  }
  if (v >= 1 && v <= 2) {
    const a7 = (o.topics === undefined ? [] : o.topics);
    if (a7 === null || a7 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a7.length, flex);
      for (let i = 0; i < a7.length; i++) writeStopReplicaTopicV1(w, v, a7[i]);
    }
  } else {
    if (o.topics !== undefined && o.topics !== null && o.topics.length > 0) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaRequest.topics', v, '1-2');
  }
  if (v >= 3) {
    const a8 = (o.topicStates === undefined ? [] : o.topicStates);
    if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a8.length, flex);
      for (let i = 0; i < a8.length; i++) writeStopReplicaTopicState(w, v, a8[i]);
    }
  } else {
    if (o.topicStates !== undefined && o.topicStates !== null && o.topicStates.length > 0) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaRequest.topicStates', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** StopReplicaPartitionV0 (generated from StopReplicaRequest.json). */
export interface StopReplicaPartitionV0 {
  topicName: string;
  partitionIndex: number;
}

/** A StopReplicaPartitionV0 with every field at its schema default. */
export function defaultStopReplicaPartitionV0(): StopReplicaPartitionV0 {
  return {
    topicName: "",
    partitionIndex: 0,
  };
}

function readStopReplicaPartitionV0(r: Reader, v: number): StopReplicaPartitionV0 {
  const flex = v >= 2;
  let _topicName: string = "";
  if (v <= 0) {
    _topicName = r.string(flex);
  }
  let _partitionIndex: number = 0;
  if (v <= 0) {
    _partitionIndex = r.int32();
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
  return { topicName: _topicName, partitionIndex: _partitionIndex };
}

function writeStopReplicaPartitionV0(w: Writer, v: number, o: Input<StopReplicaPartitionV0>): void {
  const flex = v >= 2;
  if (v <= 0) {
    w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  } else {
    if (o.topicName !== undefined && o.topicName !== "") throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaPartitionV0.topicName', v, '0');
  }
  if (v <= 0) {
    w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  } else {
    if (o.partitionIndex !== undefined && o.partitionIndex !== 0) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaPartitionV0.partitionIndex', v, '0');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** StopReplicaTopicV1 (generated from StopReplicaRequest.json). */
export interface StopReplicaTopicV1 {
  name: string;
  partitionIndexes: number[];
}

/** A StopReplicaTopicV1 with every field at its schema default. */
export function defaultStopReplicaTopicV1(): StopReplicaTopicV1 {
  return {
    name: "",
    partitionIndexes: [],
  };
}

function readStopReplicaTopicV1(r: Reader, v: number): StopReplicaTopicV1 {
  const flex = v >= 2;
  let _name: string = "";
  if (v >= 1 && v <= 2) {
    _name = r.string(flex);
  }
  let _partitionIndexes: number[] = [];
  if (v >= 1 && v <= 2) {
    const n9 = r.arrayLength(flex);
    if (n9 < 0) _partitionIndexes = [];
    else {
      const a10: number[] = new Array(n9);
      for (let i = 0; i < n9; i++) a10[i] = r.int32();
      _partitionIndexes = a10;
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
  return { name: _name, partitionIndexes: _partitionIndexes };
}

function writeStopReplicaTopicV1(w: Writer, v: number, o: Input<StopReplicaTopicV1>): void {
  const flex = v >= 2;
  if (v >= 1 && v <= 2) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaTopicV1.name', v, '1-2');
  }
  if (v >= 1 && v <= 2) {
    const a11 = (o.partitionIndexes === undefined ? [] : o.partitionIndexes);
    if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a11.length, flex);
      for (let i = 0; i < a11.length; i++) w.int32(a11[i]);
    }
  } else {
    if (o.partitionIndexes !== undefined && o.partitionIndexes !== null && o.partitionIndexes.length > 0) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaTopicV1.partitionIndexes', v, '1-2');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** StopReplicaTopicState (generated from StopReplicaRequest.json). */
export interface StopReplicaTopicState {
  topicName: string;
  partitionStates: StopReplicaPartitionState[];
}

/** A StopReplicaTopicState with every field at its schema default. */
export function defaultStopReplicaTopicState(): StopReplicaTopicState {
  return {
    topicName: "",
    partitionStates: [],
  };
}

function readStopReplicaTopicState(r: Reader, v: number): StopReplicaTopicState {
  const flex = v >= 2;
  let _topicName: string = "";
  if (v >= 3) {
    _topicName = r.string(flex);
  }
  let _partitionStates: StopReplicaPartitionState[] = [];
  if (v >= 3) {
    const n12 = r.arrayLength(flex);
    if (n12 < 0) _partitionStates = [];
    else {
      const a13: StopReplicaPartitionState[] = new Array(n12);
      for (let i = 0; i < n12; i++) a13[i] = readStopReplicaPartitionState(r, v);
      _partitionStates = a13;
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
  return { topicName: _topicName, partitionStates: _partitionStates };
}

function writeStopReplicaTopicState(w: Writer, v: number, o: Input<StopReplicaTopicState>): void {
  const flex = v >= 2;
  if (v >= 3) {
    w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  } else {
    if (o.topicName !== undefined && o.topicName !== "") throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaTopicState.topicName', v, '3+');
  }
  if (v >= 3) {
    const a14 = (o.partitionStates === undefined ? [] : o.partitionStates);
    if (a14 === null || a14 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a14.length, flex);
      for (let i = 0; i < a14.length; i++) writeStopReplicaPartitionState(w, v, a14[i]);
    }
  } else {
    if (o.partitionStates !== undefined && o.partitionStates !== null && o.partitionStates.length > 0) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaTopicState.partitionStates', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** StopReplicaPartitionState (generated from StopReplicaRequest.json). */
export interface StopReplicaPartitionState {
  partitionIndex: number;
  leaderEpoch: number;
  deletePartition: boolean;
}

/** A StopReplicaPartitionState with every field at its schema default. */
export function defaultStopReplicaPartitionState(): StopReplicaPartitionState {
  return {
    partitionIndex: 0,
    leaderEpoch: -1,
    deletePartition: false,
  };
}

function readStopReplicaPartitionState(r: Reader, v: number): StopReplicaPartitionState {
  const flex = v >= 2;
  let _partitionIndex: number = 0;
  if (v >= 3) {
    _partitionIndex = r.int32();
  }
  let _leaderEpoch: number = -1;
  if (v >= 3) {
    _leaderEpoch = r.int32();
  }
  let _deletePartition: boolean = false;
  if (v >= 3) {
    _deletePartition = r.bool();
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
  return { partitionIndex: _partitionIndex, leaderEpoch: _leaderEpoch, deletePartition: _deletePartition };
}

function writeStopReplicaPartitionState(w: Writer, v: number, o: Input<StopReplicaPartitionState>): void {
  const flex = v >= 2;
  if (v >= 3) {
    w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  } else {
    if (o.partitionIndex !== undefined && o.partitionIndex !== 0) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaPartitionState.partitionIndex', v, '3+');
  }
  if (v >= 3) {
    w.int32((o.leaderEpoch === undefined ? -1 : o.leaderEpoch));
  } else {
    if (o.leaderEpoch !== undefined && o.leaderEpoch !== -1) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaPartitionState.leaderEpoch', v, '3+');
  }
  if (v >= 3) {
    w.bool((o.deletePartition === undefined ? false : o.deletePartition));
  } else {
    if (o.deletePartition !== undefined && o.deletePartition !== false) throw new UnsupportedVersionError('StopReplicaRequest', 'StopReplicaPartitionState.deletePartition', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a StopReplicaRequest of version `v`. */
export function decodeStopReplicaRequest(r: Reader, v: number): StopReplicaRequest {
  return readStopReplicaRequest(r, v);
}

/** Encodes a StopReplicaRequest of version `v`; missing fields take their defaults. */
export function encodeStopReplicaRequest(w: Writer, v: number, o: Input<StopReplicaRequest>): void {
  writeStopReplicaRequest(w, v, o);
}
