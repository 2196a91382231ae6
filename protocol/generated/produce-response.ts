// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** ProduceResponse: versions and flexible versions. */
export const ProduceResponseMeta = { name: 'ProduceResponse', apiKey: 0, minVersion: 0, maxVersion: 11, flexibleMin: 9 } as const;

/** ProduceResponse (generated from ProduceResponse.json). */
export interface ProduceResponse {
  responses: TopicProduceResponse[];
  throttleTimeMs: number;
  nodeEndpoints: NodeEndpoint[];
}

/** A ProduceResponse with every field at its schema default. */
export function defaultProduceResponse(): ProduceResponse {
  return {
    responses: [],
    throttleTimeMs: 0,
    nodeEndpoints: [],
  };
}

function readProduceResponse(r: Reader, v: number): ProduceResponse {
  const flex = v >= 9;
  let _responses: TopicProduceResponse[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _responses = [];
  else {
    const a1: TopicProduceResponse[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readTopicProduceResponse(r, v);
    _responses = a1;
  }
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
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
          if (v >= 10) {
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
  return { responses: _responses, throttleTimeMs: _throttleTimeMs, nodeEndpoints: _nodeEndpoints };
}

function writeProduceResponse(w: Writer, v: number, o: Input<ProduceResponse>): void {
  const flex = v >= 9;
  const a4 = (o.responses === undefined ? [] : o.responses);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeTopicProduceResponse(w, v, a4[i]);
  }
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  if (!(v >= 10) && o.nodeEndpoints !== undefined && o.nodeEndpoints !== null && o.nodeEndpoints.length > 0) throw new UnsupportedVersionError('ProduceResponse', 'ProduceResponse.nodeEndpoints', v, '10+ (tagged)');
  if (flex) {
    let tags = 0;
    const t0 = o.nodeEndpoints;
    const has0 = v >= 10 && t0 !== undefined && t0 !== null && t0.length > 0;
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

/** TopicProduceResponse (generated from ProduceResponse.json). */
export interface TopicProduceResponse {
  name: string;
  partitionResponses: PartitionProduceResponse[];
}

/** A TopicProduceResponse with every field at its schema default. */
export function defaultTopicProduceResponse(): TopicProduceResponse {
  return {
    name: "",
    partitionResponses: [],
  };
}

function readTopicProduceResponse(r: Reader, v: number): TopicProduceResponse {
  const flex = v >= 9;
  let _name: string = "";
  _name = r.string(flex);
  let _partitionResponses: PartitionProduceResponse[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitionResponses = [];
  else {
    const a7: PartitionProduceResponse[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = readPartitionProduceResponse(r, v);
    _partitionResponses = a7;
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
  return { name: _name, partitionResponses: _partitionResponses };
}

function writeTopicProduceResponse(w: Writer, v: number, o: Input<TopicProduceResponse>): void {
  const flex = v >= 9;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a8 = (o.partitionResponses === undefined ? [] : o.partitionResponses);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writePartitionProduceResponse(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** PartitionProduceResponse (generated from ProduceResponse.json). */
export interface PartitionProduceResponse {
  index: number;
  errorCode: ErrorCode;
  baseOffset: number;
  logAppendTimeMs: number;
  logStartOffset: number;
  recordErrors: BatchIndexAndErrorMessage[];
  errorMessage: string | null;
  currentLeader: LeaderIdAndEpoch | null;
}

/** A PartitionProduceResponse with every field at its schema default. */
export function defaultPartitionProduceResponse(): PartitionProduceResponse {
  return {
    index: 0,
    errorCode: 0,
    baseOffset: 0,
    logAppendTimeMs: -1,
    logStartOffset: -1,
    recordErrors: [],
    errorMessage: null,
    currentLeader: null,
  };
}

function readPartitionProduceResponse(r: Reader, v: number): PartitionProduceResponse {
  const flex = v >= 9;
  let _index: number = 0;
  _index = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _baseOffset: number = 0;
  _baseOffset = r.int64();
  let _logAppendTimeMs: number = -1;
  if (v >= 2) {
    _logAppendTimeMs = r.int64();
  }
  let _logStartOffset: number = -1;
  if (v >= 5) {
    _logStartOffset = r.int64();
  }
  let _recordErrors: BatchIndexAndErrorMessage[] = [];
  if (v >= 8) {
    const n9 = r.arrayLength(flex);
    if (n9 < 0) _recordErrors = [];
    else {
      const a10: BatchIndexAndErrorMessage[] = new Array(n9);
      for (let i = 0; i < n9; i++) a10[i] = readBatchIndexAndErrorMessage(r, v);
      _recordErrors = a10;
    }
  }
  let _errorMessage: string | null = null;
  if (v >= 8) {
    _errorMessage = r.nullableString(flex);
  }
  let _currentLeader: LeaderIdAndEpoch | null = null;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      const tag = r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      switch (tag) {
        case 0: {
          if (v >= 10) {
            _currentLeader = readLeaderIdAndEpoch(r, v);
          }
          break;
        }
      }
      r.skip(end - r.pos);
    }
  }
  return { index: _index, errorCode: _errorCode, baseOffset: _baseOffset, logAppendTimeMs: _logAppendTimeMs, logStartOffset: _logStartOffset, recordErrors: _recordErrors, errorMessage: _errorMessage, currentLeader: _currentLeader };
}

function writePartitionProduceResponse(w: Writer, v: number, o: Input<PartitionProduceResponse>): void {
  const flex = v >= 9;
  w.int32((o.index === undefined ? 0 : o.index));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int64((o.baseOffset === undefined ? 0 : o.baseOffset));
  if (v >= 2) {
    w.int64((o.logAppendTimeMs === undefined ? -1 : o.logAppendTimeMs));
  }
  if (v >= 5) {
    w.int64((o.logStartOffset === undefined ? -1 : o.logStartOffset));
  }
  if (v >= 8) {
    const a11 = (o.recordErrors === undefined ? [] : o.recordErrors);
    if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a11.length, flex);
      for (let i = 0; i < a11.length; i++) writeBatchIndexAndErrorMessage(w, v, a11[i]);
    }
  }
  if (v >= 8) {
    w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  }
  if (!(v >= 10) && o.currentLeader !== null && o.currentLeader !== undefined && !isDefaultLeaderIdAndEpoch(o.currentLeader)) throw new UnsupportedVersionError('ProduceResponse', 'PartitionProduceResponse.currentLeader', v, '10+ (tagged)');
  if (flex) {
    let tags = 0;
    const t0 = o.currentLeader;
    const has0 = v >= 10 && t0 !== null && t0 !== undefined && !isDefaultLeaderIdAndEpoch(t0);
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

/** BatchIndexAndErrorMessage (generated from ProduceResponse.json). */
export interface BatchIndexAndErrorMessage {
  batchIndex: number;
  batchIndexErrorMessage: string | null;
}

/** A BatchIndexAndErrorMessage with every field at its schema default. */
export function defaultBatchIndexAndErrorMessage(): BatchIndexAndErrorMessage {
  return {
    batchIndex: 0,
    batchIndexErrorMessage: null,
  };
}

function readBatchIndexAndErrorMessage(r: Reader, v: number): BatchIndexAndErrorMessage {
  const flex = v >= 9;
  let _batchIndex: number = 0;
  if (v >= 8) {
    _batchIndex = r.int32();
  }
  let _batchIndexErrorMessage: string | null = null;
  if (v >= 8) {
    _batchIndexErrorMessage = r.nullableString(flex);
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
  return { batchIndex: _batchIndex, batchIndexErrorMessage: _batchIndexErrorMessage };
}

function writeBatchIndexAndErrorMessage(w: Writer, v: number, o: Input<BatchIndexAndErrorMessage>): void {
  const flex = v >= 9;
  if (v >= 8) {
    w.int32((o.batchIndex === undefined ? 0 : o.batchIndex));
  } else {
    if (o.batchIndex !== undefined && o.batchIndex !== 0) throw new UnsupportedVersionError('ProduceResponse', 'BatchIndexAndErrorMessage.batchIndex', v, '8+');
  }
  if (v >= 8) {
    w.nullableString((o.batchIndexErrorMessage === undefined ? null : o.batchIndexErrorMessage), flex);
  } else {
    if (o.batchIndexErrorMessage !== undefined && o.batchIndexErrorMessage !== null) throw new UnsupportedVersionError('ProduceResponse', 'BatchIndexAndErrorMessage.batchIndexErrorMessage', v, '8+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** LeaderIdAndEpoch (generated from ProduceResponse.json). */
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
  const flex = v >= 9;
  let _leaderId: number = -1;
  if (v >= 10) {
    _leaderId = r.int32();
  }
  let _leaderEpoch: number = -1;
  if (v >= 10) {
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
  const flex = v >= 9;
  if (v >= 10) {
    w.int32((o.leaderId === undefined ? -1 : o.leaderId));
  } else {
    if (o.leaderId !== undefined && o.leaderId !== -1) throw new UnsupportedVersionError('ProduceResponse', 'LeaderIdAndEpoch.leaderId', v, '10+');
  }
  if (v >= 10) {
    w.int32((o.leaderEpoch === undefined ? -1 : o.leaderEpoch));
  } else {
    if (o.leaderEpoch !== undefined && o.leaderEpoch !== -1) throw new UnsupportedVersionError('ProduceResponse', 'LeaderIdAndEpoch.leaderEpoch', v, '10+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** NodeEndpoint (generated from ProduceResponse.json). */
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
  const flex = v >= 9;
  let _nodeId: number = 0;
  if (v >= 10) {
    _nodeId = r.int32();
  }
  let _host: string = "";
  if (v >= 10) {
    _host = r.string(flex);
  }
  let _port: number = 0;
  if (v >= 10) {
    _port = r.int32();
  }
  let _rack: string | null = null;
  if (v >= 10) {
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
  const flex = v >= 9;
  if (v >= 10) {
    w.int32((o.nodeId === undefined ? 0 : o.nodeId));
  } else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw new UnsupportedVersionError('ProduceResponse', 'NodeEndpoint.nodeId', v, '10+');
  }
  if (v >= 10) {
    w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  } else {
    if (o.host !== undefined && o.host !== "") throw new UnsupportedVersionError('ProduceResponse', 'NodeEndpoint.host', v, '10+');
  }
  if (v >= 10) {
    w.int32((o.port === undefined ? 0 : o.port));
  } else {
    if (o.port !== undefined && o.port !== 0) throw new UnsupportedVersionError('ProduceResponse', 'NodeEndpoint.port', v, '10+');
  }
  if (v >= 10) {
    w.nullableString((o.rack === undefined ? null : o.rack), flex);
  } else {
    if (o.rack !== undefined && o.rack !== null) throw new UnsupportedVersionError('ProduceResponse', 'NodeEndpoint.rack', v, '10+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

function isDefaultLeaderIdAndEpoch(o: Input<LeaderIdAndEpoch>): boolean {
  return !(o.leaderId !== undefined && o.leaderId !== -1) && !(o.leaderEpoch !== undefined && o.leaderEpoch !== -1);
}

/** Decodes a ProduceResponse of version `v`. */
export function decodeProduceResponse(r: Reader, v: number): ProduceResponse {
  return readProduceResponse(r, v);
}

/** Encodes a ProduceResponse of version `v`; missing fields take their defaults. */
export function encodeProduceResponse(w: Writer, v: number, o: Input<ProduceResponse>): void {
  writeProduceResponse(w, v, o);
}
