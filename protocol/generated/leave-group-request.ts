// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** LeaveGroupRequest: versions and flexible versions. */
export const LeaveGroupRequestMeta = { name: 'LeaveGroupRequest', apiKey: 13, minVersion: 0, maxVersion: 5, flexibleMin: 4 } as const;

/** LeaveGroupRequest (generated from LeaveGroupRequest.json). */
export interface LeaveGroupRequest {
  groupId: string;
  memberId: string;
  members: MemberIdentity[];
}

/** A LeaveGroupRequest with every field at its schema default. */
export function defaultLeaveGroupRequest(): LeaveGroupRequest {
  return {
    groupId: "",
    memberId: "",
    members: [],
  };
}

function readLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  const flex = v >= 4;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _memberId: string = "";
  if (v <= 2) {
    _memberId = r.string(flex);
  }
  let _members: MemberIdentity[] = [];
  if (v >= 3) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _members = [];
    else {
      const a1: MemberIdentity[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readMemberIdentity(r, v);
      _members = a1;
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
  return { groupId: _groupId, memberId: _memberId, members: _members };
}

function writeLeaveGroupRequest(w: Writer, v: number, o: Input<LeaveGroupRequest>): void {
  const flex = v >= 4;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  if (v <= 2) {
    w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  } else {
    if (o.memberId !== undefined && o.memberId !== "") throw new UnsupportedVersionError('LeaveGroupRequest', 'LeaveGroupRequest.memberId', v, '0-2');
  }
  if (v >= 3) {
    const a2 = (o.members === undefined ? [] : o.members);
    if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a2.length, flex);
      for (let i = 0; i < a2.length; i++) writeMemberIdentity(w, v, a2[i]);
    }
  } else {
    if (o.members !== undefined && o.members !== null && o.members.length > 0) throw new UnsupportedVersionError('LeaveGroupRequest', 'LeaveGroupRequest.members', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** MemberIdentity (generated from LeaveGroupRequest.json). */
export interface MemberIdentity {
  memberId: string;
  groupInstanceId: string | null;
  reason: string | null;
}

/** A MemberIdentity with every field at its schema default. */
export function defaultMemberIdentity(): MemberIdentity {
  return {
    memberId: "",
    groupInstanceId: null,
    reason: null,
  };
}

function readMemberIdentity(r: Reader, v: number): MemberIdentity {
  const flex = v >= 4;
  let _memberId: string = "";
  if (v >= 3) {
    _memberId = r.string(flex);
  }
  let _groupInstanceId: string | null = null;
  if (v >= 3) {
    _groupInstanceId = r.nullableString(flex);
  }
  let _reason: string | null = null;
  if (v >= 5) {
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
  return { memberId: _memberId, groupInstanceId: _groupInstanceId, reason: _reason };
}

function writeMemberIdentity(w: Writer, v: number, o: Input<MemberIdentity>): void {
  const flex = v >= 4;
  if (v >= 3) {
    w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  } else {
    if (o.memberId !== undefined && o.memberId !== "") throw new UnsupportedVersionError('LeaveGroupRequest', 'MemberIdentity.memberId', v, '3+');
  }
  if (v >= 3) {
    w.nullableString((o.groupInstanceId === undefined ? null : o.groupInstanceId), flex);
  } else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw new UnsupportedVersionError('LeaveGroupRequest', 'MemberIdentity.groupInstanceId', v, '3+');
  }
  if (v >= 5) {
    w.nullableString((o.reason === undefined ? null : o.reason), flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a LeaveGroupRequest of version `v`. */
export function decodeLeaveGroupRequest(r: Reader, v: number): LeaveGroupRequest {
  return readLeaveGroupRequest(r, v);
}

/** Encodes a LeaveGroupRequest of version `v`; missing fields take their defaults. */
export function encodeLeaveGroupRequest(w: Writer, v: number, o: Input<LeaveGroupRequest>): void {
  writeLeaveGroupRequest(w, v, o);
}
