// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** UpdateMetadataRequest: versions and flexible versions. */
export const UpdateMetadataRequestMeta = { name: 'UpdateMetadataRequest', apiKey: 6, minVersion: 0, maxVersion: 8, flexibleMin: 6 } as const;

/** UpdateMetadataRequest (generated from UpdateMetadataRequest.json). */
export interface UpdateMetadataRequest {
  controllerId: number;
  isKRaftController: boolean;
  type: number;
  controllerEpoch: number;
  brokerEpoch: number;
  ungroupedPartitionStates: UpdateMetadataPartitionState[];
  topicStates: UpdateMetadataTopicState[];
  liveBrokers: UpdateMetadataBroker[];
}

/** A UpdateMetadataRequest with every field at its schema default. */
export function defaultUpdateMetadataRequest(): UpdateMetadataRequest {
  return {
    controllerId: 0,
    isKRaftController: false,
    type: 0,
    controllerEpoch: 0,
    brokerEpoch: -1,
    ungroupedPartitionStates: [],
    topicStates: [],
    liveBrokers: [],
  };
}

function readUpdateMetadataRequest(r: Reader, v: number): UpdateMetadataRequest {
  const flex = v >= 6;
  let _controllerId: number = 0;
  _controllerId = r.int32();
  let _isKRaftController: boolean = false;
  if (v >= 8) {
    _isKRaftController = r.bool();
  }
  let _type: number = 0;
  let _controllerEpoch: number = 0;
  _controllerEpoch = r.int32();
  let _brokerEpoch: number = -1;
  if (v >= 5) {
    _brokerEpoch = r.int64();
  }
  let _ungroupedPartitionStates: UpdateMetadataPartitionState[] = [];
  if (v <= 4) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _ungroupedPartitionStates = [];
    else {
      const a1: UpdateMetadataPartitionState[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readUpdateMetadataPartitionState(r, v);
      _ungroupedPartitionStates = a1;
    }
  }
  let _topicStates: UpdateMetadataTopicState[] = [];
  if (v >= 5) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _topicStates = [];
    else {
      const a3: UpdateMetadataTopicState[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readUpdateMetadataTopicState(r, v);
      _topicStates = a3;
    }
  }
  let _liveBrokers: UpdateMetadataBroker[] = [];
  const n4 = r.arrayLength(flex);
  if (n4 < 0) _liveBrokers = [];
  else {
    const a5: UpdateMetadataBroker[] = new Array(n4);
    for (let i = 0; i < n4; i++) a5[i] = readUpdateMetadataBroker(r, v);
    _liveBrokers = a5;
  }
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 8) {
            _type = r.int8();
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { controllerId: _controllerId, isKRaftController: _isKRaftController, type: _type, controllerEpoch: _controllerEpoch, brokerEpoch: _brokerEpoch, ungroupedPartitionStates: _ungroupedPartitionStates, topicStates: _topicStates, liveBrokers: _liveBrokers };
}

function writeUpdateMetadataRequest(w: Writer, v: number, o: Input<UpdateMetadataRequest>): void {
  const flex = v >= 6;
  w.int32((o.controllerId === undefined ? 0 : o.controllerId));
  if (v >= 8) {
    w.bool((o.isKRaftController === undefined ? false : o.isKRaftController));
  } else {
    if (o.isKRaftController !== undefined && o.isKRaftController !== false) throw new UnsupportedVersionError('UpdateMetadataRequest', 'UpdateMetadataRequest.isKRaftController', v, '8+');
  }
  w.int32((o.controllerEpoch === undefined ? 0 : o.controllerEpoch));
  if (v >= 5) {
    w.int64((o.brokerEpoch === undefined ? -1 : o.brokerEpoch));
  }
  if (v <= 4) {
    const a6 = (o.ungroupedPartitionStates === undefined ? [] : o.ungroupedPartitionStates);
    if (a6 === null || a6 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a6.length, flex);
      for (let i = 0; i < a6.length; i++) writeUpdateMetadataPartitionState(w, v, a6[i]);
    }
  } else {
    if (o.ungroupedPartitionStates !== undefined && o.ungroupedPartitionStates !== null && o.ungroupedPartitionStates.length > 0) throw new UnsupportedVersionError('UpdateMetadataRequest', 'UpdateMetadataRequest.ungroupedPartitionStates', v, '0-4');
  }
  if (v >= 5) {
    const a7 = (o.topicStates === undefined ? [] : o.topicStates);
    if (a7 === null || a7 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a7.length, flex);
      for (let i = 0; i < a7.length; i++) writeUpdateMetadataTopicState(w, v, a7[i]);
    }
  } else {
    if (o.topicStates !== undefined && o.topicStates !== null && o.topicStates.length > 0) throw new UnsupportedVersionError('UpdateMetadataRequest', 'UpdateMetadataRequest.topicStates', v, '5+');
  }
  const a8 = (o.liveBrokers === undefined ? [] : o.liveBrokers);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeUpdateMetadataBroker(w, v, a8[i]);
  }
  if (!(v >= 8) && o.type !== undefined && o.type !== 0) throw new UnsupportedVersionError('UpdateMetadataRequest', 'UpdateMetadataRequest.type', v, '8+ (tagged)');
  if (flex) {
    let tags = 0;
    const t0 = o.type;
    const has0 = v >= 8 && t0 !== undefined && t0 !== 0;
    if (has0) tags++;
    w.uvarint(tags);
    if (has0) {
      w.uvarint(0);
      const tw = Writer.acquire();
      {
        const w = tw;
        w.int8(t0);
      }
      w.uvarint(tw.length);
      w.append(tw);
      Writer.release(tw);
    }
  }
}

/** UpdateMetadataPartitionState (generated from UpdateMetadataRequest.json). */
export interface UpdateMetadataPartitionState {
  topicName: string;
  partitionIndex: number;
  controllerEpoch: number;
  leader: number;
  leaderEpoch: number;
  isr: number[];
  zkVersion: number;
  replicas: number[];
  offlineReplicas: number[];
}

/** A UpdateMetadataPartitionState with every field at its schema default. */
export function defaultUpdateMetadataPartitionState(): UpdateMetadataPartitionState {
  return {
    topicName: "",
    partitionIndex: 0,
    controllerEpoch: 0,
    leader: 0,
    leaderEpoch: 0,
    isr: [],
    zkVersion: 0,
    replicas: [],
    offlineReplicas: [],
  };
}

function readUpdateMetadataPartitionState(r: Reader, v: number): UpdateMetadataPartitionState {
  const flex = v >= 6;
  let _topicName: string = "";
  if (v <= 4) {
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
  let _zkVersion: number = 0;
  _zkVersion = r.int32();
  let _replicas: number[] = [];
  const n11 = r.arrayLength(flex);
  if (n11 < 0) _replicas = [];
  else {
    const a12: number[] = new Array(n11);
    for (let i = 0; i < n11; i++) a12[i] = r.int32();
    _replicas = a12;
  }
  let _offlineReplicas: number[] = [];
  if (v >= 4) {
    const n13 = r.arrayLength(flex);
    if (n13 < 0) _offlineReplicas = [];
    else {
      const a14: number[] = new Array(n13);
      for (let i = 0; i < n13; i++) a14[i] = r.int32();
      _offlineReplicas = a14;
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
  return { topicName: _topicName, partitionIndex: _partitionIndex, controllerEpoch: _controllerEpoch, leader: _leader, leaderEpoch: _leaderEpoch, isr: _isr, zkVersion: _zkVersion, replicas: _replicas, offlineReplicas: _offlineReplicas };
}

function writeUpdateMetadataPartitionState(w: Writer, v: number, o: Input<UpdateMetadataPartitionState>): void {
  const flex = v >= 6;
  if (v <= 4) {
    w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  }
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int32((o.controllerEpoch === undefined ? 0 : o.controllerEpoch));
  w.int32((o.leader === undefined ? 0 : o.leader));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  const a15 = (o.isr === undefined ? [] : o.isr);
  if (a15 === null || a15 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a15.length, flex);
    for (let i = 0; i < a15.length; i++) w.int32(a15[i]);
  }
  w.int32((o.zkVersion === undefined ? 0 : o.zkVersion));
  const a16 = (o.replicas === undefined ? [] : o.replicas);
  if (a16 === null || a16 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a16.length, flex);
    for (let i = 0; i < a16.length; i++) w.int32(a16[i]);
  }
  if (v >= 4) {
    const a17 = (o.offlineReplicas === undefined ? [] : o.offlineReplicas);
    if (a17 === null || a17 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a17.length, flex);
      for (let i = 0; i < a17.length; i++) w.int32(a17[i]);
    }
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** UpdateMetadataTopicState (generated from UpdateMetadataRequest.json). */
export interface UpdateMetadataTopicState {
  topicName: string;
  topicId: string;
  partitionStates: UpdateMetadataPartitionState[];
}

/** A UpdateMetadataTopicState with every field at its schema default. */
export function defaultUpdateMetadataTopicState(): UpdateMetadataTopicState {
  return {
    topicName: "",
    topicId: ZERO_UUID,
    partitionStates: [],
  };
}

function readUpdateMetadataTopicState(r: Reader, v: number): UpdateMetadataTopicState {
  const flex = v >= 6;
  let _topicName: string = "";
  if (v >= 5) {
    _topicName = r.string(flex);
  }
  let _topicId: string = ZERO_UUID;
  if (v >= 7) {
    _topicId = r.uuid();
  }
  let _partitionStates: UpdateMetadataPartitionState[] = [];
  if (v >= 5) {
    const n18 = r.arrayLength(flex);
    if (n18 < 0) _partitionStates = [];
    else {
      const a19: UpdateMetadataPartitionState[] = new Array(n18);
      for (let i = 0; i < n18; i++) a19[i] = readUpdateMetadataPartitionState(r, v);
      _partitionStates = a19;
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

function writeUpdateMetadataTopicState(w: Writer, v: number, o: Input<UpdateMetadataTopicState>): void {
  const flex = v >= 6;
  if (v >= 5) {
    w.string((o.topicName === undefined ? "" : o.topicName) ?? '', flex);
  } else {
    if (o.topicName !== undefined && o.topicName !== "") throw new UnsupportedVersionError('UpdateMetadataRequest', 'UpdateMetadataTopicState.topicName', v, '5+');
  }
  if (v >= 7) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
  if (v >= 5) {
    const a20 = (o.partitionStates === undefined ? [] : o.partitionStates);
    if (a20 === null || a20 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a20.length, flex);
      for (let i = 0; i < a20.length; i++) writeUpdateMetadataPartitionState(w, v, a20[i]);
    }
  } else {
    if (o.partitionStates !== undefined && o.partitionStates !== null && o.partitionStates.length > 0) throw new UnsupportedVersionError('UpdateMetadataRequest', 'UpdateMetadataTopicState.partitionStates', v, '5+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** UpdateMetadataBroker (generated from UpdateMetadataRequest.json). */
export interface UpdateMetadataBroker {
  id: number;
  v0Host: string;
  v0Port: number;
  endpoints: UpdateMetadataEndpoint[];
  rack: string | null;
}

/** A UpdateMetadataBroker with every field at its schema default. */
export function defaultUpdateMetadataBroker(): UpdateMetadataBroker {
  return {
    id: 0,
    v0Host: "",
    v0Port: 0,
    endpoints: [],
    rack: "",
  };
}

function readUpdateMetadataBroker(r: Reader, v: number): UpdateMetadataBroker {
  const flex = v >= 6;
  let _id: number = 0;
  _id = r.int32();
  let _v0Host: string = "";
  if (v <= 0) {
    _v0Host = r.string(flex);
  }
  let _v0Port: number = 0;
  if (v <= 0) {
    _v0Port = r.int32();
  }
  let _endpoints: UpdateMetadataEndpoint[] = [];
  if (v >= 1) {
    const n21 = r.arrayLength(flex);
    if (n21 < 0) _endpoints = [];
    else {
      const a22: UpdateMetadataEndpoint[] = new Array(n21);
      for (let i = 0; i < n21; i++) a22[i] = readUpdateMetadataEndpoint(r, v);
      _endpoints = a22;
    }
  }
  let _rack: string | null = "";
  if (v >= 2) {
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
  return { id: _id, v0Host: _v0Host, v0Port: _v0Port, endpoints: _endpoints, rack: _rack };
}

function writeUpdateMetadataBroker(w: Writer, v: number, o: Input<UpdateMetadataBroker>): void {
  const flex = v >= 6;
  w.int32((o.id === undefined ? 0 : o.id));
  if (v <= 0) {
    w.string((o.v0Host === undefined ? "" : o.v0Host) ?? '', flex);
  }
  if (v <= 0) {
    w.int32((o.v0Port === undefined ? 0 : o.v0Port));
  }
  if (v >= 1) {
    const a23 = (o.endpoints === undefined ? [] : o.endpoints);
    if (a23 === null || a23 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a23.length, flex);
      for (let i = 0; i < a23.length; i++) writeUpdateMetadataEndpoint(w, v, a23[i]);
    }
  }
  if (v >= 2) {
    w.nullableString((o.rack === undefined ? "" : o.rack), flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** UpdateMetadataEndpoint (generated from UpdateMetadataRequest.json). */
export interface UpdateMetadataEndpoint {
  port: number;
  host: string;
  listener: string;
  securityProtocol: number;
}

/** A UpdateMetadataEndpoint with every field at its schema default. */
export function defaultUpdateMetadataEndpoint(): UpdateMetadataEndpoint {
  return {
    port: 0,
    host: "",
    listener: "",
    securityProtocol: 0,
  };
}

function readUpdateMetadataEndpoint(r: Reader, v: number): UpdateMetadataEndpoint {
  const flex = v >= 6;
  let _port: number = 0;
  if (v >= 1) {
    _port = r.int32();
  }
  let _host: string = "";
  if (v >= 1) {
    _host = r.string(flex);
  }
  let _listener: string = "";
  if (v >= 3) {
    _listener = r.string(flex);
  }
  let _securityProtocol: number = 0;
  if (v >= 1) {
    _securityProtocol = r.int16();
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
  return { port: _port, host: _host, listener: _listener, securityProtocol: _securityProtocol };
}

function writeUpdateMetadataEndpoint(w: Writer, v: number, o: Input<UpdateMetadataEndpoint>): void {
  const flex = v >= 6;
  if (v >= 1) {
    w.int32((o.port === undefined ? 0 : o.port));
  } else {
    if (o.port !== undefined && o.port !== 0) throw new UnsupportedVersionError('UpdateMetadataRequest', 'UpdateMetadataEndpoint.port', v, '1+');
  }
  if (v >= 1) {
    w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  } else {
    if (o.host !== undefined && o.host !== "") throw new UnsupportedVersionError('UpdateMetadataRequest', 'UpdateMetadataEndpoint.host', v, '1+');
  }
  if (v >= 3) {
    w.string((o.listener === undefined ? "" : o.listener) ?? '', flex);
  }
  if (v >= 1) {
    w.int16((o.securityProtocol === undefined ? 0 : o.securityProtocol));
  } else {
    if (o.securityProtocol !== undefined && o.securityProtocol !== 0) throw new UnsupportedVersionError('UpdateMetadataRequest', 'UpdateMetadataEndpoint.securityProtocol', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a UpdateMetadataRequest of version `v`. */
export function decodeUpdateMetadataRequest(r: Reader, v: number): UpdateMetadataRequest {
  return readUpdateMetadataRequest(r, v);
}

/** Encodes a UpdateMetadataRequest of version `v`; missing fields take their defaults. */
export function encodeUpdateMetadataRequest(w: Writer, v: number, o: Input<UpdateMetadataRequest>): void {
  writeUpdateMetadataRequest(w, v, o);
}
