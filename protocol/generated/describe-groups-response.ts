// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

const EMPTY = Buffer.alloc(0);

/** DescribeGroupsResponse: versions and flexible versions. */
export const DescribeGroupsResponseMeta = { name: 'DescribeGroupsResponse', apiKey: 15, minVersion: 0, maxVersion: 5, flexibleMin: 5 } as const;

/** DescribeGroupsResponse (generated from DescribeGroupsResponse.json). */
export interface DescribeGroupsResponse {
  throttleTimeMs: number;
  groups: DescribedGroup[];
}

/** A DescribeGroupsResponse with every field at its schema default. */
export function defaultDescribeGroupsResponse(): DescribeGroupsResponse {
  return {
    throttleTimeMs: 0,
    groups: [],
  };
}

function readDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  const flex = v >= 5;
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
  }
  let _groups: DescribedGroup[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _groups = [];
  else {
    const a1: DescribedGroup[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribedGroup(r, v);
    _groups = a1;
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
  return { throttleTimeMs: _throttleTimeMs, groups: _groups };
}

function writeDescribeGroupsResponse(w: Writer, v: number, o: Input<DescribeGroupsResponse>): void {
  const flex = v >= 5;
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  const a2 = (o.groups === undefined ? [] : o.groups);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribedGroup(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribedGroup (generated from DescribeGroupsResponse.json). */
export interface DescribedGroup {
  errorCode: ErrorCode;
  groupId: string;
  groupState: string;
  protocolType: string;
  protocolData: string;
  members: DescribedGroupMember[];
  authorizedOperations: number;
}

/** A DescribedGroup with every field at its schema default. */
export function defaultDescribedGroup(): DescribedGroup {
  return {
    errorCode: 0,
    groupId: "",
    groupState: "",
    protocolType: "",
    protocolData: "",
    members: [],
    authorizedOperations: -2147483648,
  };
}

function readDescribedGroup(r: Reader, v: number): DescribedGroup {
  const flex = v >= 5;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _groupState: string = "";
  _groupState = r.string(flex);
  let _protocolType: string = "";
  _protocolType = r.string(flex);
  let _protocolData: string = "";
  _protocolData = r.string(flex);
  let _members: DescribedGroupMember[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _members = [];
  else {
    const a4: DescribedGroupMember[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readDescribedGroupMember(r, v);
    _members = a4;
  }
  let _authorizedOperations: number = -2147483648;
  if (v >= 3) {
    _authorizedOperations = r.int32();
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
  return { errorCode: _errorCode, groupId: _groupId, groupState: _groupState, protocolType: _protocolType, protocolData: _protocolData, members: _members, authorizedOperations: _authorizedOperations };
}

function writeDescribedGroup(w: Writer, v: number, o: Input<DescribedGroup>): void {
  const flex = v >= 5;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.string((o.groupState === undefined ? "" : o.groupState) ?? '', flex);
  w.string((o.protocolType === undefined ? "" : o.protocolType) ?? '', flex);
  w.string((o.protocolData === undefined ? "" : o.protocolData) ?? '', flex);
  const a5 = (o.members === undefined ? [] : o.members);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeDescribedGroupMember(w, v, a5[i]);
  }
  if (v >= 3) {
    w.int32((o.authorizedOperations === undefined ? -2147483648 : o.authorizedOperations));
  } else {
    if (o.authorizedOperations !== undefined && o.authorizedOperations !== -2147483648) throw new UnsupportedVersionError('DescribeGroupsResponse', 'DescribedGroup.authorizedOperations', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribedGroupMember (generated from DescribeGroupsResponse.json). */
export interface DescribedGroupMember {
  memberId: string;
  groupInstanceId: string | null;
  clientId: string;
  clientHost: string;
  memberMetadata: Buffer;
  memberAssignment: Buffer;
}

/** A DescribedGroupMember with every field at its schema default. */
export function defaultDescribedGroupMember(): DescribedGroupMember {
  return {
    memberId: "",
    groupInstanceId: null,
    clientId: "",
    clientHost: "",
    memberMetadata: EMPTY,
    memberAssignment: EMPTY,
  };
}

function readDescribedGroupMember(r: Reader, v: number): DescribedGroupMember {
  const flex = v >= 5;
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _groupInstanceId: string | null = null;
  if (v >= 4) {
    _groupInstanceId = r.nullableString(flex);
  }
  let _clientId: string = "";
  _clientId = r.string(flex);
  let _clientHost: string = "";
  _clientHost = r.string(flex);
  let _memberMetadata: Buffer = EMPTY;
  _memberMetadata = r.bytes(flex);
  let _memberAssignment: Buffer = EMPTY;
  _memberAssignment = r.bytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { memberId: _memberId, groupInstanceId: _groupInstanceId, clientId: _clientId, clientHost: _clientHost, memberMetadata: _memberMetadata, memberAssignment: _memberAssignment };
}

function writeDescribedGroupMember(w: Writer, v: number, o: Input<DescribedGroupMember>): void {
  const flex = v >= 5;
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  if (v >= 4) {
    w.nullableString((o.groupInstanceId === undefined ? null : o.groupInstanceId), flex);
  }
  w.string((o.clientId === undefined ? "" : o.clientId) ?? '', flex);
  w.string((o.clientHost === undefined ? "" : o.clientHost) ?? '', flex);
  w.bytes((o.memberMetadata === undefined ? EMPTY : o.memberMetadata) ?? EMPTY, flex);
  w.bytes((o.memberAssignment === undefined ? EMPTY : o.memberAssignment) ?? EMPTY, flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeGroupsResponse of version `v`. */
export function decodeDescribeGroupsResponse(r: Reader, v: number): DescribeGroupsResponse {
  return readDescribeGroupsResponse(r, v);
}

/** Encodes a DescribeGroupsResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeGroupsResponse(w: Writer, v: number, o: Input<DescribeGroupsResponse>): void {
  writeDescribeGroupsResponse(w, v, o);
}
