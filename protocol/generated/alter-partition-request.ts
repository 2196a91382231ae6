// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** AlterPartitionRequest: versions and flexible versions. */
export const AlterPartitionRequestMeta = { name: 'AlterPartitionRequest', apiKey: 56, minVersion: 0, maxVersion: 3, flexibleMin: 0 } as const;

/** AlterPartitionRequest (generated from AlterPartitionRequest.json). */
export interface AlterPartitionRequest {
  brokerId: number;
  brokerEpoch: number;
  topics: TopicData[];
}

/** A AlterPartitionRequest with every field at its schema default. */
export function defaultAlterPartitionRequest(): AlterPartitionRequest {
  return {
    brokerId: 0,
    brokerEpoch: -1,
    topics: [],
  };
}

function readAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequest {
  const flex = true;
  let _brokerId: number = 0;
  _brokerId = r.int32();
  let _brokerEpoch: number = -1;
  _brokerEpoch = r.int64();
  let _topics: TopicData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicData(r, v);
    _topics = a1;
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
  return { brokerId: _brokerId, brokerEpoch: _brokerEpoch, topics: _topics };
}

function writeAlterPartitionRequest(w: Writer, v: number, o: Input<AlterPartitionRequest>): void {
  const flex = true;
  w.int32((o.brokerId === undefined ? 0 : o.brokerId));
  w.int64((o.brokerEpoch === undefined ? -1 : o.brokerEpoch));
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeTopicData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TopicData (generated from AlterPartitionRequest.json). */
export interface TopicData {
  topicName: string;
  topicId: string;
  partitions: PartitionData[];
}

/** A TopicData with every field at its schema default. */
export function defaultTopicData(): TopicData {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitions: [],
  };
}

function readTopicData(r: Reader, v: number): TopicData {
  const flex = true;
  let _topicName: string = "";
  if (v <= 1) {
    _topicName = r.string(flex);
  }
  let _topicId: string = ZERO_UUID;
  if (v >= 2) {
    _topicId = r.uuid();
  }
  let _partitions: PartitionData[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _partitions = [];
  else {
    const a4: PartitionData[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readPartitionData(r, v);
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
  return { topicName: _topicName, topicId: _topicId, partitions: _partitions };
}

function writeTopicData(w: Writer, v: number, o: Input<TopicData>): void {
  const flex = true;
  if (v <= 1) {
    w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  }
  if (v >= 2) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
  const a5 = (o.partitions === undefined ? [] : o.partitions);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writePartitionData(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionData (generated from AlterPartitionRequest.json). */
export interface PartitionData {
  partitionIndex: number;
  leaderEpoch: number;
  newIsr: number[];
  newIsrWithEpochs: BrokerState[];
  leaderRecoveryState: number;
  partitionEpoch: number;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    leaderEpoch: 0,
    newIsr: [],
    newIsrWithEpochs: [],
    leaderRecoveryState: 0,
    partitionEpoch: 0,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = true;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _leaderEpoch: number = 0;
  _leaderEpoch = r.int32();
  let _newIsr: number[] = [];
  if (v <= 2) {
    const n6 = r.arrayLength(flex);
    if (n6 < 0) _newIsr = [];
    else {
      const a7: number[] = new Array(n6);
      for (let i = 0; i < n6; i++) a7[i] = r.int32();
      _newIsr = a7;
    }
  }
  let _newIsrWithEpochs: BrokerState[] = [];
  if (v >= 3) {
    const n8 = r.arrayLength(flex);
    if (n8 < 0) _newIsrWithEpochs = [];
    else {
      const a9: BrokerState[] = new Array(n8);
      for (let i = 0; i < n8; i++) a9[i] = readBrokerState(r, v);
      _newIsrWithEpochs = a9;
    }
  }
  let _leaderRecoveryState: number = 0;
  if (v >= 1) {
    _leaderRecoveryState = r.int8();
  }
  let _partitionEpoch: number = 0;
  _partitionEpoch = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { partitionIndex: _partitionIndex, leaderEpoch: _leaderEpoch, newIsr: _newIsr, newIsrWithEpochs: _newIsrWithEpochs, leaderRecoveryState: _leaderRecoveryState, partitionEpoch: _partitionEpoch };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = true;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  if (v <= 2) {
    const a10 = (o.newIsr === undefined ? [] : o.newIsr);
    if (a10 === null || a10 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a10.length, flex);
      for (let i = 0; i < a10.length; i++) w.int32(a10[i]);
    }
  } else {
    if (o.newIsr !== undefined && o.newIsr !== null && o.newIsr.length > 0) throw new UnsupportedVersionError('AlterPartitionRequest', 'PartitionData.newIsr', v, '0-2');
  }
  if (v >= 3) {
    const a11 = (o.newIsrWithEpochs === undefined ? [] : o.newIsrWithEpochs);
    if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a11.length, flex);
      for (let i = 0; i < a11.length; i++) writeBrokerState(w, v, a11[i]);
    }
  } else {
    if (o.newIsrWithEpochs !== undefined && o.newIsrWithEpochs !== null && o.newIsrWithEpochs.length > 0) throw new UnsupportedVersionError('AlterPartitionRequest', 'PartitionData.newIsrWithEpochs', v, '3+');
  }
  if (v >= 1) {
    w.int8((o.leaderRecoveryState === undefined ? 0 : o.leaderRecoveryState));
  } else {
    if (o.leaderRecoveryState !== undefined && o.leaderRecoveryState !== 0) throw new UnsupportedVersionError('AlterPartitionRequest', 'PartitionData.leaderRecoveryState', v, '1+');
  }
  w.int32((o.partitionEpoch === undefined ? 0 : o.partitionEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** BrokerState (generated from AlterPartitionRequest.json). */
export interface BrokerState {
  brokerId: number;
  brokerEpoch: number;
}

/** A BrokerState with every field at its schema default. */
export function defaultBrokerState(): BrokerState {
  return {
    brokerId: 0,
    brokerEpoch: -1,
  };
}

function readBrokerState(r: Reader, v: number): BrokerState {
  const flex = true;
  let _brokerId: number = 0;
  if (v >= 3) {
    _brokerId = r.int32();
  }
  let _brokerEpoch: number = -1;
  if (v >= 3) {
    _brokerEpoch = r.int64();
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
  return { brokerId: _brokerId, brokerEpoch: _brokerEpoch };
}

function writeBrokerState(w: Writer, v: number, o: Input<BrokerState>): void {
  const flex = true;
  if (v >= 3) {
    w.int32((o.brokerId === undefined ? 0 : o.brokerId));
  } else {
    if (o.brokerId !== undefined && o.brokerId !== 0) throw new UnsupportedVersionError('AlterPartitionRequest', 'BrokerState.brokerId', v, '3+');
  }
  if (v >= 3) {
    w.int64((o.brokerEpoch === undefined ? -1 : o.brokerEpoch));
  } else {
    if (o.brokerEpoch !== undefined && o.brokerEpoch !== -1) throw new UnsupportedVersionError('AlterPartitionRequest', 'BrokerState.brokerEpoch', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterPartitionRequest of version `v`. */
export function decodeAlterPartitionRequest(r: Reader, v: number): AlterPartitionRequest {
  return readAlterPartitionRequest(r, v);
}

/** Encodes a AlterPartitionRequest of version `v`; missing fields take their defaults. */
export function encodeAlterPartitionRequest(w: Writer, v: number, o: Input<AlterPartitionRequest>): void {
  writeAlterPartitionRequest(w, v, o);
}
