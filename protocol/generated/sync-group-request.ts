// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

const EMPTY = Buffer.alloc(0);

/** SyncGroupRequest: versions and flexible versions. */
export const SyncGroupRequestMeta = { name: 'SyncGroupRequest', apiKey: 14, minVersion: 0, maxVersion: 5, flexibleMin: 4 } as const;

/** SyncGroupRequest (generated from SyncGroupRequest.json). */
export interface SyncGroupRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
  protocolType: string | null;
  protocolName: string | null;
  assignments: SyncGroupRequestAssignment[];
}

/** A SyncGroupRequest with every field at its schema default. */
export function defaultSyncGroupRequest(): SyncGroupRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
    protocolType: null,
    protocolName: null,
    assignments: [],
  };
}

function readSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  const flex = v >= 4;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _generationId: number = 0;
  _generationId = r.int32();
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _groupInstanceId: string | null = null;
  if (v >= 3) {
    _groupInstanceId = r.nullableString(flex);
  }
  let _protocolType: string | null = null;
  if (v >= 5) {
    _protocolType = r.nullableString(flex);
  }
  let _protocolName: string | null = null;
  if (v >= 5) {
    _protocolName = r.nullableString(flex);
  }
  let _assignments: SyncGroupRequestAssignment[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _assignments = [];
  else {
    const a1: SyncGroupRequestAssignment[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readSyncGroupRequestAssignment(r, v);
    _assignments = a1;
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
  return { groupId: _groupId, generationId: _generationId, memberId: _memberId, groupInstanceId: _groupInstanceId, protocolType: _protocolType, protocolName: _protocolName, assignments: _assignments };
}

function writeSyncGroupRequest(w: Writer, v: number, o: Input<SyncGroupRequest>): void {
  const flex = v >= 4;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.int32((o.generationId === undefined ? 0 : o.generationId));
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  if (v >= 3) {
    w.nullableString((o.groupInstanceId === undefined ? null : o.groupInstanceId), flex);
  } else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw new UnsupportedVersionError('SyncGroupRequest', 'SyncGroupRequest.groupInstanceId', v, '3+');
  }
  if (v >= 5) {
    w.nullableString((o.protocolType === undefined ? null : o.protocolType), flex);
  }
  if (v >= 5) {
    w.nullableString((o.protocolName === undefined ? null : o.protocolName), flex);
  }
  const a2 = (o.assignments === undefined ? [] : o.assignments);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeSyncGroupRequestAssignment(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** SyncGroupRequestAssignment (generated from SyncGroupRequest.json). */
export interface SyncGroupRequestAssignment {
  memberId: string;
  assignment: Buffer;
}

/** A SyncGroupRequestAssignment with every field at its schema default. */
export function defaultSyncGroupRequestAssignment(): SyncGroupRequestAssignment {
  return {
    memberId: "",
    assignment: EMPTY,
  };
}

function readSyncGroupRequestAssignment(r: Reader, v: number): SyncGroupRequestAssignment {
  const flex = v >= 4;
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _assignment: Buffer = EMPTY;
  _assignment = r.bytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { memberId: _memberId, assignment: _assignment };
}

function writeSyncGroupRequestAssignment(w: Writer, v: number, o: Input<SyncGroupRequestAssignment>): void {
  const flex = v >= 4;
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  w.bytes((o.assignment === undefined ? EMPTY : o.assignment) ?? EMPTY, flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a SyncGroupRequest of version `v`. */
export function decodeSyncGroupRequest(r: Reader, v: number): SyncGroupRequest {
  return readSyncGroupRequest(r, v);
}

/** Encodes a SyncGroupRequest of version `v`; missing fields take their defaults. */
export function encodeSyncGroupRequest(w: Writer, v: number, o: Input<SyncGroupRequest>): void {
  writeSyncGroupRequest(w, v, o);
}
