// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** DescribeGroupsRequest: versions and flexible versions. */
export const DescribeGroupsRequestMeta = { name: 'DescribeGroupsRequest', apiKey: 15, minVersion: 0, maxVersion: 5, flexibleMin: 5 } as const;

/** DescribeGroupsRequest (generated from DescribeGroupsRequest.json). */
export interface DescribeGroupsRequest {
  groups: string[];
  includeAuthorizedOperations: boolean;
}

/** A DescribeGroupsRequest with every field at its schema default. */
export function defaultDescribeGroupsRequest(): DescribeGroupsRequest {
  return {
    groups: [],
    includeAuthorizedOperations: false,
  };
}

function readDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  const flex = v >= 5;
  let _groups: string[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _groups = [];
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _groups = a1;
  }
  let _includeAuthorizedOperations: boolean = false;
  if (v >= 3) {
    _includeAuthorizedOperations = r.bool();
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
  return { groups: _groups, includeAuthorizedOperations: _includeAuthorizedOperations };
}

function writeDescribeGroupsRequest(w: Writer, v: number, o: Input<DescribeGroupsRequest>): void {
  const flex = v >= 5;
  const a2 = (o.groups === undefined ? [] : o.groups);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) w.string(a2[i] ?? '', flex);
  }
  if (v >= 3) {
    w.bool((o.includeAuthorizedOperations === undefined ? false : o.includeAuthorizedOperations));
  } else {
    if (o.includeAuthorizedOperations !== undefined && o.includeAuthorizedOperations !== false) throw new UnsupportedVersionError('DescribeGroupsRequest', 'DescribeGroupsRequest.includeAuthorizedOperations', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeGroupsRequest of version `v`. */
export function decodeDescribeGroupsRequest(r: Reader, v: number): DescribeGroupsRequest {
  return readDescribeGroupsRequest(r, v);
}

/** Encodes a DescribeGroupsRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeGroupsRequest(w: Writer, v: number, o: Input<DescribeGroupsRequest>): void {
  writeDescribeGroupsRequest(w, v, o);
}
