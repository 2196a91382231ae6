// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** EndQuorumEpochResponse: versions and flexible versions. */
export const EndQuorumEpochResponseMeta = { name: 'EndQuorumEpochResponse', apiKey: 54, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** EndQuorumEpochResponse (generated from EndQuorumEpochResponse.json). */
export interface EndQuorumEpochResponse {
  errorCode: ErrorCode;
  topics: TopicData[];
  nodeEndpoints: NodeEndpoint[];
}

/** A EndQuorumEpochResponse with every field at its schema default. */
export function defaultEndQuorumEpochResponse(): EndQuorumEpochResponse {
  return {
    errorCode: 0,
    topics: [],
    nodeEndpoints: [],
  };
}

function readEndQuorumEpochResponse(r: Reader, v: number): EndQuorumEpochResponse {
  const flex = v >= 1;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _topics: TopicData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = [];
  else {
    const a1: TopicData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicData(r, v);
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
  return { errorCode: _errorCode, topics: _topics, nodeEndpoints: _nodeEndpoints };
}

function writeEndQuorumEpochResponse(w: Writer, v: number, o: Input<EndQuorumEpochResponse>): void {
  const flex = v >= 1;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a4 = (o.topics === undefined ? [] : o.topics);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeTopicData(w, v, a4[i]);
  }
  if (!(v >= 1) && o.nodeEndpoints !== undefined && o.nodeEndpoints !== null && o.nodeEndpoints.length > 0) throw new UnsupportedVersionError('EndQuorumEpochResponse', 'EndQuorumEpochResponse.nodeEndpoints', v, '1+ (tagged)');
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

/** TopicData (generated from EndQuorumEpochResponse.json). */
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

/** PartitionData (generated from EndQuorumEpochResponse.json). */
export interface PartitionData {
  partitionIndex: number;
  errorCode: ErrorCode;
  leaderId: number;
  leaderEpoch: number;
}

/** A PartitionData with every field at its schema default. */
export function defaultPartitionData(): PartitionData {
  return {
    partitionIndex: 0,
    errorCode: 0,
    leaderId: 0,
    leaderEpoch: 0,
  };
}

function readPartitionData(r: Reader, v: number): PartitionData {
  const flex = v >= 1;
  let _partitionIndex: number = 0;
  _partitionIndex = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
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
  return { partitionIndex: _partitionIndex, errorCode: _errorCode, leaderId: _leaderId, leaderEpoch: _leaderEpoch };
}

function writePartitionData(w: Writer, v: number, o: Input<PartitionData>): void {
  const flex = v >= 1;
  w.int32((o.partitionIndex === undefined ? 0 : o.partitionIndex));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int32((o.leaderId === undefined ? 0 : o.leaderId));
  w.int32((o.leaderEpoch === undefined ? 0 : o.leaderEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** NodeEndpoint (generated from EndQuorumEpochResponse.json). */
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
  const flex = v >= 1;
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
  const flex = v >= 1;
  if (v >= 1) {
    w.int32((o.nodeId === undefined ? 0 : o.nodeId));
  } else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw new UnsupportedVersionError('EndQuorumEpochResponse', 'NodeEndpoint.nodeId', v, '1+');
  }
  if (v >= 1) {
    w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  } else {
    if (o.host !== undefined && o.host !== "") throw new UnsupportedVersionError('EndQuorumEpochResponse', 'NodeEndpoint.host', v, '1+');
  }
  if (v >= 1) {
    w.uint16((o.port === undefined ? 0 : o.port));
  } else {
    if (o.port !== undefined && o.port !== 0) throw new UnsupportedVersionError('EndQuorumEpochResponse', 'NodeEndpoint.port', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a EndQuorumEpochResponse of version `v`. */
export function decodeEndQuorumEpochResponse(r: Reader, v: number): EndQuorumEpochResponse {
  return readEndQuorumEpochResponse(r, v);
}

/** Encodes a EndQuorumEpochResponse of version `v`; missing fields take their defaults. */
export function encodeEndQuorumEpochResponse(w: Writer, v: number, o: Input<EndQuorumEpochResponse>): void {
  writeEndQuorumEpochResponse(w, v, o);
}
