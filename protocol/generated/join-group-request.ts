// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

const EMPTY = Buffer.alloc(0);

/** JoinGroupRequest: versions and flexible versions. */
export const JoinGroupRequestMeta = { name: 'JoinGroupRequest', apiKey: 11, minVersion: 0, maxVersion: 9, flexibleMin: 6 } as const;

/** JoinGroupRequest (generated from JoinGroupRequest.json). */
export interface JoinGroupRequest {
  groupId: string;
  sessionTimeoutMs: number;
  rebalanceTimeoutMs: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string;
  protocols: JoinGroupRequestProtocol[];
  reason: string | null;
}

/** A JoinGroupRequest with every field at its schema default. */
export function defaultJoinGroupRequest(): JoinGroupRequest {
  return {
    groupId: "",
    sessionTimeoutMs: 0,
    rebalanceTimeoutMs: -1,
    memberId: "",
    groupInstanceId: null,
    protocolType: "",
    protocols: [],
    reason: null,
  };
}

function readJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  const flex = v >= 6;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _sessionTimeoutMs: number = 0;
  _sessionTimeoutMs = r.int32();
  let _rebalanceTimeoutMs: number = -1;
  if (v >= 1) {
    _rebalanceTimeoutMs = r.int32();
  }
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _groupInstanceId: string | null = null;
  if (v >= 5) {
    _groupInstanceId = r.nullableString(flex);
  }
  let _protocolType: string = "";
  _protocolType = r.string(flex);
  let _protocols: JoinGroupRequestProtocol[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _protocols = [];
  else {
    const a1: JoinGroupRequestProtocol[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readJoinGroupRequestProtocol(r, v);
    _protocols = a1;
  }
  let _reason: string | null = null;
  if (v >= 8) {
    _reason = r.nullableString(flex);
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
  return { groupId: _groupId, sessionTimeoutMs: _sessionTimeoutMs, rebalanceTimeoutMs: _rebalanceTimeoutMs, memberId: _memberId, groupInstanceId: _groupInstanceId, protocolType: _protocolType, protocols: _protocols, reason: _reason };
}

function writeJoinGroupRequest(w: Writer, v: number, o: Input<JoinGroupRequest>): void {
  const flex = v >= 6;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.int32((o.sessionTimeoutMs === undefined ? 0 : o.sessionTimeoutMs));
  if (v >= 1) {
    w.int32((o.rebalanceTimeoutMs === undefined ? -1 : o.rebalanceTimeoutMs));
  }
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  if (v >= 5) {
    w.nullableString((o.groupInstanceId === undefined ? null : o.groupInstanceId), flex);
  } else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw new UnsupportedVersionError('JoinGroupRequest', 'JoinGroupRequest.groupInstanceId', v, '5+');
  }
  w.string((o.protocolType === undefined ? "" : o.protocolType) ?? '', flex);
  const a2 = (o.protocols === undefined ? [] : o.protocols);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeJoinGroupRequestProtocol(w, v, a2[i]);
  }
  if (v >= 8) {
    w.nullableString((o.reason === undefined ? null : o.reason), flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** JoinGroupRequestProtocol (generated from JoinGroupRequest.json). */
export interface JoinGroupRequestProtocol {
  name: string;
  metadata: Buffer;
}

/** A JoinGroupRequestProtocol with every field at its schema default. */
export function defaultJoinGroupRequestProtocol(): JoinGroupRequestProtocol {
  return {
    name: "",
    metadata: EMPTY,
  };
}

function readJoinGroupRequestProtocol(r: Reader, v: number): JoinGroupRequestProtocol {
  const flex = v >= 6;
  let _name: string = "";
  _name = r.string(flex);
  let _metadata: Buffer = EMPTY;
  _metadata = r.bytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name, metadata: _metadata };
}

function writeJoinGroupRequestProtocol(w: Writer, v: number, o: Input<JoinGroupRequestProtocol>): void {
  const flex = v >= 6;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.bytes((o.metadata === undefined ? EMPTY : o.metadata) ?? EMPTY, flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a JoinGroupRequest of version `v`. */
export function decodeJoinGroupRequest(r: Reader, v: number): JoinGroupRequest {
  return readJoinGroupRequest(r, v);
}

/** Encodes a JoinGroupRequest of version `v`; missing fields take their defaults. */
export function encodeJoinGroupRequest(w: Writer, v: number, o: Input<JoinGroupRequest>): void {
  writeJoinGroupRequest(w, v, o);
}
