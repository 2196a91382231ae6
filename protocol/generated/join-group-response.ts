// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

const EMPTY = Buffer.alloc(0);

/** JoinGroupResponse: versions and flexible versions. */
export const JoinGroupResponseMeta = { name: 'JoinGroupResponse', apiKey: 11, minVersion: 0, maxVersion: 9, flexibleMin: 6 } as const;

/** JoinGroupResponse (generated from JoinGroupResponse.json). */
export interface JoinGroupResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  generationId: number;
  protocolType: string | null;
  protocolName: string | null;
  leader: string;
  skipAssignment: boolean;
  memberId: string;
  members: JoinGroupResponseMember[];
}

/** A JoinGroupResponse with every field at its schema default. */
export function defaultJoinGroupResponse(): JoinGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    generationId: -1,
    protocolType: null,
    protocolName: "",
    leader: "",
    skipAssignment: false,
    memberId: "",
    members: [],
  };
}

function readJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  const flex = v >= 6;
  let _throttleTimeMs: number = 0;
  if (v >= 2) {
    _throttleTimeMs = r.int32();
  }
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _generationId: number = -1;
  _generationId = r.int32();
  let _protocolType: string | null = null;
  if (v >= 7) {
    _protocolType = r.nullableString(flex);
  }
  let _protocolName: string | null = "";
  _protocolName = (v >= 7 ? r.nullableString(flex) : r.string(flex));
  let _leader: string = "";
  _leader = r.string(flex);
  let _skipAssignment: boolean = false;
  if (v >= 9) {
    _skipAssignment = r.bool();
  }
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _members: JoinGroupResponseMember[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _members = [];
  else {
    const a1: JoinGroupResponseMember[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readJoinGroupResponseMember(r, v);
    _members = a1;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, generationId: _generationId, protocolType: _protocolType, protocolName: _protocolName, leader: _leader, skipAssignment: _skipAssignment, memberId: _memberId, members: _members };
}

function writeJoinGroupResponse(w: Writer, v: number, o: Input<JoinGroupResponse>): void {
  const flex = v >= 6;
  if (v >= 2) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.int32((o.generationId === undefined ? -1 : o.generationId));
  if (v >= 7) {
    w.nullableString((o.protocolType === undefined ? null : o.protocolType), flex);
  }
  if (v >= 7) w.nullableString((o.protocolName === undefined ? "" : o.protocolName), flex); else w.string((o.protocolName === undefined ? "" : o.protocolName) ?? '', flex);
  w.string((o.leader === undefined ? "" : o.leader) ?? '', flex);
  if (v >= 9) {
    w.bool((o.skipAssignment === undefined ? false : o.skipAssignment));
  } else {
    if (o.skipAssignment !== undefined && o.skipAssignment !== false) throw new UnsupportedVersionError('JoinGroupResponse', 'JoinGroupResponse.skipAssignment', v, '9+');
  }
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  const a2 = (o.members === undefined ? [] : o.members);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeJoinGroupResponseMember(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** JoinGroupResponseMember (generated from JoinGroupResponse.json). */
export interface JoinGroupResponseMember {
  memberId: string;
  groupInstanceId: string | null;
  metadata: Buffer;
}

/** A JoinGroupResponseMember with every field at its schema default. */
export function defaultJoinGroupResponseMember(): JoinGroupResponseMember {
  return {
    memberId: "",
    groupInstanceId: null,
    metadata: EMPTY,
  };
}

function readJoinGroupResponseMember(r: Reader, v: number): JoinGroupResponseMember {
  const flex = v >= 6;
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _groupInstanceId: string | null = null;
  if (v >= 5) {
    _groupInstanceId = r.nullableString(flex);
  }
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
  return { memberId: _memberId, groupInstanceId: _groupInstanceId, metadata: _metadata };
}

function writeJoinGroupResponseMember(w: Writer, v: number, o: Input<JoinGroupResponseMember>): void {
  const flex = v >= 6;
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  if (v >= 5) {
    w.nullableString((o.groupInstanceId === undefined ? null : o.groupInstanceId), flex);
  }
  w.bytes((o.metadata === undefined ? EMPTY : o.metadata) ?? EMPTY, flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a JoinGroupResponse of version `v`. */
export function decodeJoinGroupResponse(r: Reader, v: number): JoinGroupResponse {
  return readJoinGroupResponse(r, v);
}

/** Encodes a JoinGroupResponse of version `v`; missing fields take their defaults. */
export function encodeJoinGroupResponse(w: Writer, v: number, o: Input<JoinGroupResponse>): void {
  writeJoinGroupResponse(w, v, o);
}
