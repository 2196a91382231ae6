// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** LeaveGroupResponse: versions and flexible versions. */
export const LeaveGroupResponseMeta = { name: 'LeaveGroupResponse', apiKey: 13, minVersion: 0, maxVersion: 5, flexibleMin: 4 } as const;

/** LeaveGroupResponse (generated from LeaveGroupResponse.json). */
export interface LeaveGroupResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  members: MemberResponse[];
}

/** A LeaveGroupResponse with every field at its schema default. */
export function defaultLeaveGroupResponse(): LeaveGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    members: [],
  };
}

function readLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  const flex = v >= 4;
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
  }
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _members: MemberResponse[] = [];
  if (v >= 3) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _members = [];
    else {
      const a1: MemberResponse[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readMemberResponse(r, v);
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, members: _members };
}

function writeLeaveGroupResponse(w: Writer, v: number, o: Input<LeaveGroupResponse>): void {
  const flex = v >= 4;
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v >= 3) {
    const a2 = (o.members === undefined ? [] : o.members);
    if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a2.length, flex);
      for (let i = 0; i < a2.length; i++) writeMemberResponse(w, v, a2[i]);
    }
  } else {
    if (o.members !== undefined && o.members !== null && o.members.length > 0) throw new UnsupportedVersionError('LeaveGroupResponse', 'LeaveGroupResponse.members', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** MemberResponse (generated from LeaveGroupResponse.json). */
export interface MemberResponse {
  memberId: string;
  groupInstanceId: string | null;
  errorCode: ErrorCode;
}

/** A MemberResponse with every field at its schema default. */
export function defaultMemberResponse(): MemberResponse {
  return {
    memberId: "",
    groupInstanceId: "",
    errorCode: 0,
  };
}

function readMemberResponse(r: Reader, v: number): MemberResponse {
  const flex = v >= 4;
  let _memberId: string = "";
  if (v >= 3) {
    _memberId = r.string(flex);
  }
  let _groupInstanceId: string | null = "";
  if (v >= 3) {
    _groupInstanceId = r.nullableString(flex);
  }
  let _errorCode: ErrorCode = 0;
  if (v >= 3) {
    _errorCode = r.int16() as ErrorCode;
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
  return { memberId: _memberId, groupInstanceId: _groupInstanceId, errorCode: _errorCode };
}

function writeMemberResponse(w: Writer, v: number, o: Input<MemberResponse>): void {
  const flex = v >= 4;
  if (v >= 3) {
    w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  } else {
    if (o.memberId !== undefined && o.memberId !== "") throw new UnsupportedVersionError('LeaveGroupResponse', 'MemberResponse.memberId', v, '3+');
  }
  if (v >= 3) {
    w.nullableString((o.groupInstanceId === undefined ? "" : o.groupInstanceId), flex);
  } else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== "") throw new UnsupportedVersionError('LeaveGroupResponse', 'MemberResponse.groupInstanceId', v, '3+');
  }
  if (v >= 3) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  } else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw new UnsupportedVersionError('LeaveGroupResponse', 'MemberResponse.errorCode', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a LeaveGroupResponse of version `v`. */
export function decodeLeaveGroupResponse(r: Reader, v: number): LeaveGroupResponse {
  return readLeaveGroupResponse(r, v);
}

/** Encodes a LeaveGroupResponse of version `v`; missing fields take their defaults. */
export function encodeLeaveGroupResponse(w: Writer, v: number, o: Input<LeaveGroupResponse>): void {
  writeLeaveGroupResponse(w, v, o);
}
