// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** LeaderAndIsrRequest: versions and flexible versions. */
export const LeaderAndIsrRequestMeta = { name: 'LeaderAndIsrRequest', apiKey: 4, minVersion: 0, maxVersion: 7, flexibleMin: 4 } as const;

/** LeaderAndIsrRequest (generated from LeaderAndIsrRequest.json). */
export interface LeaderAndIsrRequest {
  controllerId: number;
  isKRaftController: boolean;
  controllerEpoch: number;
  brokerEpoch: number;
  type: number;
  ungroupedPartitionStates: LeaderAndIsrPartitionState[];
  topicStates: LeaderAndIsrTopicState[];
  liveLeaders: LeaderAndIsrLiveLeader[];
}

/** A LeaderAndIsrRequest with every field at its schema default. */
export function defaultLeaderAndIsrRequest(): LeaderAndIsrRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    controllerEpoch: 0,
    brokerEpoch: -1,
    type: 0,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveLeaders: [],
  };
}

function readLeaderAndIsrRequest(r: Reader, v: number): LeaderAndIsrRequest {
  const flex = v >= 4;
  let _controllerId: number = 0;
  _controllerId = r.int32();
  let _isKRaftController: boolean = false;
  if (v >= 7) {
    _isKRaftController = r.bool();
  }
  let _controllerEpoch: number = 0;
  _controllerEpoch = r.int32();
  let _brokerEpoch: number = -1;
  if (v >= 2) {
    _brokerEpoch = r.int64();
  }
  let _type: number = 0;
  if (v >= 5) {
    _type = r.int8();
  }
  let _ungroupedPartitionStates: LeaderAndIsrPartitionState[] = [];
  if (v <= 1) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _ungroupedPartitionStates = [];
    else {
      const a1: LeaderAndIsrPartitionState[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readLeaderAndIsrPartitionState(r, v);
      _ungroupedPartitionStates = a1;
    }
  }
  let _topicStates: LeaderAndIsrTopicState[] = [];
  if (v >= 2) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _topicStates = [];
    else {
      const a3: LeaderAndIsrTopicState[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readLeaderAndIsrTopicState(r, v);
      _topicStates = a3;
    }
  }
  let _liveLeaders: LeaderAndIsrLiveLeader[] = [];
  const n4 = r.arrayLength(flex);
  if (n4 < 0) _liveLeaders = [];
  else {
    const a5: LeaderAndIsrLiveLeader[] = new Array(n4);
    for (let i = 0; i < n4; i++) a5[i] = readLeaderAndIsrLiveLeader(r, v);
    _liveLeaders = a5;
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
  return { controllerId: _controllerId, isKRaftController: _isKRaftController, controllerEpoch: _controllerEpoch, brokerEpoch: _brokerEpoch, type: _type, ungroupedPartitionStates: _ungroupedPartitionStates, topicStates: _topicStates, liveLeaders: _liveLeaders };
}

function writeLeaderAndIsrRequest(w: Writer, v: number, o: Input<LeaderAndIsrRequest>): void {
  const flex = v >= 4;
  w.int32((o.controllerId === undefined ? 0 : o.controllerId));
  if (v >= 7) {
    w.bool((o.isKRaftController === undefined ? false : o.isKRaftController));
  } else {
    if (o.isKRaftController !== undefined && o.isKRaftController !== false) throw new UnsupportedVersionError('LeaderAndIsrRequest', 'LeaderAndIsrRequest.isKRaftController', v, '7+');
  }
  w.int32((o.controllerEpoch === undefined ? 0 : o.controllerEpoch));
  if (v >= 2) {
    w.int64((o.brokerEpoch === undefined ? -1 : o.brokerEpoch));
  }
  if (v >= 5) {
    w.int8((o.type === undefined ? 0 : o.type));
  } else {
    if (o.type !== undefined && o.type !== 0) throw new UnsupportedVersionError('LeaderAndIsrRequest', 'LeaderAndIsrRequest.type', v, '5+');
  }
  if (v <= 1) {
    const a6 = (o.ungroupedPartitionStates === undefined ? [] : o.ungroupedPartitionStates);
    if (a6 === null || a6 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a6.length, flex);
      for (let i = 0; i < a6.length; i++) writeLeaderAndIsrPartitionState(w, v, a6[i]);
    }
  } else {
    if (o.ungroupedPartitionStates !== undefined && o.ungroupedPartitionStates !== null && o.ungroupedPartitionStates.length > 0) throw new UnsupportedVersionError('LeaderAndIsrRequest', 'LeaderAndIsrRequest.ungroupedPartitionStates', v, '0-1');
  }
  if (v >= 2) {
    const a7 = (o.topicStates === undefined ? [] : o.topicStates);
    if (a7 === null || a7 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a7.length, flex);
      for (let i = 0; i < a7.length; i++) writeLeaderAndIsrTopicState(w, v, a7[i]);
    }
  } else {
    if (o.topicStates !== undefined && o.topicStates !== null && o.topicStates.length > 0) throw new UnsupportedVersionError('LeaderAndIsrRequest', 'LeaderAndIsrRequest.topicStates', v, '2+');
  }
  const a8 = (o.liveLeaders === undefined ? [] : o.liveLeaders);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeLeaderAndIsrLiveLeader(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderAndIsrPartitionState (generated from LeaderAndIsrRequest.json). */
export interface LeaderAndIsrPartitionState {
  topicName: string;
  partitionIndex: number;
  controllerEpoch: number;
  leader: number;
  leaderEpoch: number;
  isr: number[];
  partitionEpoch: number;
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
  isNew: boolean;
  leaderRecoveryState: number;
}

/** A LeaderAndIsrPartitionState with every field at its schema default. */
export function defaultLeaderAndIsrPartitionState(): LeaderAndIsrPartitionState {
  return {
    topicName: "",
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    partitionEpoch: 0,
    replicas: [],
    addingReplicas: [],
    removingReplicas: [],
    isNew: false,
    leaderRecoveryState: 0,
  };
}

function readLeaderAndIsrPartitionState(r: Reader, v: number): LeaderAndIsrPartitionState {
  const flex = v >= 4;
  let _topicName: string = "";
  if (v <= 1) {
    _topicName = r.string(flex);
  }
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _controllerEpoch: number = 0;
  _controllerEpoch = r.int32();
  let _leader: number = 0;
  _leader = r.int32();
  let _leaderEpoch: number = 0;
  _leaderEpoch = r.int32();
  let _isr: number[] = [];
  const n9 = r.arrayLength(flex);
  if (n9 < 0) _isr = [];
  else {
    const a10: number[] = new Array(n9);
    for (let i = 0; i < n9; i++) a10[i] = r.int32();
    _isr = a10;
  }
  let _partitionEpoch: number = 0;
  _partitionEpoch = r.int32();
  let _replicas: number[] = [];
  const n11 = r.arrayLength(flex);
  if (n11 < 0) _replicas = [];
  else {
    const a12: number[] = new Array(n11);
    for (let i = 0; i < n11; i++) a12[i] = r.int32();
    _replicas = a12;
  }
  let _addingReplicas: number[] = [];
  if (v >= 3) {
    const n13 = r.arrayLength(flex);
    if (n13 < 0) _addingReplicas = [];
    else {
      const a14: number[] = new Array(n13);
      for (let i = 0; i < n13; i++) a14[i] = r.int32();
      _addingReplicas = a14;
    }
  }
  let _removingReplicas: number[] = [];
  if (v >= 3) {
    const n15 = r.arrayLength(flex);
    if (n15 < 0) _removingReplicas = [];
    else {
      const a16: number[] = new Array(n15);
      for (let i = 0; i < n15; i++) a16[i] = r.int32();
      _removingReplicas = a16;
    }
  }
  let _isNew: boolean = false;
  if (v >= 1) {
    _isNew = r.bool();
  }
  let _leaderRecoveryState: number = 0;
  if (v >= 6) {
    _leaderRecoveryState = r.int8();
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
  return { topicName: _topicName, partitionIndex: _partitionIndex, controllerEpoch: _controllerEpoch, leader: _leader, leaderEpoch: _leaderEpoch, isr: _isr, partitionEpoch: _partitionEpoch, replicas: _replicas, addingReplicas: _addingReplicas, removingReplicas: _removingReplicas, isNew: _isNew, leaderRecoveryState: _leaderRecoveryState };
}

function writeLeaderAndIsrPartitionState(w: Writer, v: number, o: Input<LeaderAndIsrPartitionState>): void {
  const flex = v >= 4;
  if (v <= 1) {
    w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  }
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int32((o.controllerEpoch === undefined ? 0 : o.controllerEpoch));
  w.int32((o.leader === undefined ? 0 : o.leader));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  const a17 = (o.isr === undefined ? [] : o.isr);
  if (a17 === null || a17 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a17.length, flex);
    for (let i = 0; i < a17.length; i++) w.int32(a17[i]);
  }
  w.int32((o.partitionEpoch === undefined ? 0 : o.partitionEpoch));
  const a18 = (o.replicas === undefined ? [] : o.replicas);
  if (a18 === null || a18 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a18.length, flex);
    for (let i = 0; i < a18.length; i++) w.int32(a18[i]);
  }
  if (v >= 3) {
    const a19 = (o.addingReplicas === undefined ? [] : o.addingReplicas);
    if (a19 === null || a19 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a19.length, flex);
      for (let i = 0; i < a19.length; i++) w.int32(a19[i]);
    }
  }
  if (v >= 3) {
    const a20 = (o.removingReplicas === undefined ? [] : o.removingReplicas);
    if (a20 === null || a20 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a20.length, flex);
      for (let i = 0; i < a20.length; i++) w.int32(a20[i]);
    }
  }
  if (v >= 1) {
    w.bool((o.isNew === undefined ? false : o.isNew));
  }
  if (v >= 6) {
    w.int8((o.leaderRecoveryState === undefined ? 0 : o.leaderRecoveryState));
  } else {
    if (o.leaderRecoveryState !== undefined && o.leaderRecoveryState !== 0) throw new UnsupportedVersionError('LeaderAndIsrRequest', 'LeaderAndIsrPartitionState.leaderRecoveryState', v, '6+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderAndIsrTopicState (generated from LeaderAndIsrRequest.json). */
export interface LeaderAndIsrTopicState {
  topicName: string;
  topicId: string;
  partitionStates: LeaderAndIsrPartitionState[];
}

/** A LeaderAndIsrTopicState with every field at its schema default. */
export function defaultLeaderAndIsrTopicState(): LeaderAndIsrTopicState {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitionStates: [],
  };
}

function readLeaderAndIsrTopicState(r: Reader, v: number): LeaderAndIsrTopicState {
  const flex = v >= 4;
  let _topicName: string = "";
  if (v >= 2) {
    _topicName = r.string(flex);
  }
  let _topicId: string = ZERO_UUID;
  if (v >= 5) {
    _topicId = r.uuid();
  }
  let _partitionStates: LeaderAndIsrPartitionState[] = [];
  if (v >= 2) {
    const n21 = r.arrayLength(flex);
    if (n21 < 0) _partitionStates = [];
    else {
      const a22: LeaderAndIsrPartitionState[] = new Array(n21);
      for (let i = 0; i < n21; i++) a22[i] = readLeaderAndIsrPartitionState(r, v);
      _partitionStates = a22;
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
  return { topicName: _topicName, topicId: _topicId, partitionStates: _partitionStates };
}

function writeLeaderAndIsrTopicState(w: Writer, v: number, o: Input<LeaderAndIsrTopicState>): void {
  const flex = v >= 4;
  if (v >= 2) {
    w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  } else {
    if (o.topicName !== undefined && o.topicName !== "") throw new UnsupportedVersionError('LeaderAndIsrRequest', 'LeaderAndIsrTopicState.topicName', v, '2+');
  }
  if (v >= 5) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
  if (v >= 2) {
    const a23 = (o.partitionStates === undefined ? [] : o.partitionStates);
    if (a23 === null || a23 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a23.length, flex);
      for (let i = 0; i < a23.length; i++) writeLeaderAndIsrPartitionState(w, v, a23[i]);
    }
  } else {
    if (o.partitionStates !== undefined && o.partitionStates !== null && o.partitionStates.length > 0) throw new UnsupportedVersionError('LeaderAndIsrRequest', 'LeaderAndIsrTopicState.partitionStates', v, '2+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderAndIsrLiveLeader (generated from LeaderAndIsrRequest.json). */
export interface LeaderAndIsrLiveLeader {
  brokerId: number;
  hostName: string;
  port: number;
}

/** A LeaderAndIsrLiveLeader with every field at its schema default. */
export function defaultLeaderAndIsrLiveLeader(): LeaderAndIsrLiveLeader {
  return {
    brokerId: 0,
    hostName: "",
    port: 0,
  };
}

function readLeaderAndIsrLiveLeader(r: Reader, v: number): LeaderAndIsrLiveLeader {
  const flex = v >= 4;
  let _brokerId: number = 0;
  _brokerId = r.int32();
  let _hostName: string = "";
  _hostName = r.string(flex);
  let _port: number = 0;
  _port = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { brokerId: _brokerId, hostName: _hostName, port: _port };
}

function writeLeaderAndIsrLiveLeader(w: Writer, v: number, o: Input<LeaderAndIsrLiveLeader>): void {
  const flex = v >= 4;
  w.int32((o.brokerId === undefined ? 0 : o.brokerId));
  w.string((o.hostName === undefined ? "" : o.hostName) ?? '', flex);
  w.int32((o.port === undefined ? 0 : o.port));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a LeaderAndIsrRequest of version `v`. */
export function decodeLeaderAndIsrRequest(r: Reader, v: number): LeaderAndIsrRequest {
  return readLeaderAndIsrRequest(r, v);
}

/** Encodes a LeaderAndIsrRequest of version `v`; missing fields take their defaults. */
export function encodeLeaderAndIsrRequest(w: Writer, v: number, o: Input<LeaderAndIsrRequest>): void {
  writeLeaderAndIsrRequest(w, v, o);
}
