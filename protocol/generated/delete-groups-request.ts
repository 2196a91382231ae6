// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DeleteGroupsRequest: versions and flexible versions. */
export const DeleteGroupsRequestMeta = { name: 'DeleteGroupsRequest', apiKey: 42, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** DeleteGroupsRequest (generated from DeleteGroupsRequest.json). */
export interface DeleteGroupsRequest {
  groupsNames: string[];
}

/** A DeleteGroupsRequest with every field at its schema default. */
export function defaultDeleteGroupsRequest(): DeleteGroupsRequest {
  return {
    groupsNames: [],
  };
}

function readDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  const flex = v >= 2;
  let _groupsNames: string[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _groupsNames = [];
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _groupsNames = a1;
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
  return { groupsNames: _groupsNames };
}

function writeDeleteGroupsRequest(w: Writer, v: number, o: Input<DeleteGroupsRequest>): void {
  const flex = v >= 2;
  const a2 = (o.groupsNames === undefined ? [] : o.groupsNames);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) w.string(a2[i] ?? '', flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteGroupsRequest of version `v`. */
export function decodeDeleteGroupsRequest(r: Reader, v: number): DeleteGroupsRequest {
  return readDeleteGroupsRequest(r, v);
}

/** Encodes a DeleteGroupsRequest of version `v`; missing fields take their defaults. */
export function encodeDeleteGroupsRequest(w: Writer, v: number, o: Input<DeleteGroupsRequest>): void {
  writeDeleteGroupsRequest(w, v, o);
}
