// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ListGroupsResponse: versions and flexible versions. */
export const ListGroupsResponseMeta = { name: 'ListGroupsResponse', apiKey: 16, minVersion: 0, maxVersion: 5, flexibleMin: 3 } as const;

/** ListGroupsResponse (generated from ListGroupsResponse.json). */
export interface ListGroupsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  groups: ListedGroup[];
}

/** A ListGroupsResponse with every field at its schema default. */
export function defaultListGroupsResponse(): ListGroupsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    groups: [],
  };
}

function readListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  const flex = v >= 3;
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
  }
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _groups: ListedGroup[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _groups = [];
  else {
    const a1: ListedGroup[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readListedGroup(r, v);
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, groups: _groups };
}

function writeListGroupsResponse(w: Writer, v: number, o: Input<ListGroupsResponse>): void {
  const flex = v >= 3;
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a2 = (o.groups === undefined ? [] : o.groups);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeListedGroup(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ListedGroup (generated from ListGroupsResponse.json). */
export interface ListedGroup {
  groupId: string;
  protocolType: string;
  groupState: string;
  groupType: string;
}

/** A ListedGroup with every field at its schema default. */
export function defaultListedGroup(): ListedGroup {
  return {
    groupId: "",
    protocolType: "",
    groupState: "",
    groupType: "",
  };
}

function readListedGroup(r: Reader, v: number): ListedGroup {
  const flex = v >= 3;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _protocolType: string = "";
  _protocolType = r.string(flex);
  let _groupState: string = "";
  if (v >= 4) {
    _groupState = r.string(flex);
  }
  let _groupType: string = "";
  if (v >= 5) {
    _groupType = r.string(flex);
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
  return { groupId: _groupId, protocolType: _protocolType, groupState: _groupState, groupType: _groupType };
}

function writeListedGroup(w: Writer, v: number, o: Input<ListedGroup>): void {
  const flex = v >= 3;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.string((o.protocolType === undefined ? "" : o.protocolType) ?? '', flex);
  if (v >= 4) {
    w.string((o.groupState === undefined ? "" : o.groupState) ?? '', flex);
  }
  if (v >= 5) {
    w.string((o.groupType === undefined ? "" : o.groupType) ?? '', flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListGroupsResponse of version `v`. */
export function decodeListGroupsResponse(r: Reader, v: number): ListGroupsResponse {
  return readListGroupsResponse(r, v);
}

/** Encodes a ListGroupsResponse of version `v`; missing fields take their defaults. */
export function encodeListGroupsResponse(w: Writer, v: number, o: Input<ListGroupsResponse>): void {
  writeListGroupsResponse(w, v, o);
}
