// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ShareGroupDescribeRequest: versions and flexible versions. */
export const ShareGroupDescribeRequestMeta = { name: 'ShareGroupDescribeRequest', apiKey: 77, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ShareGroupDescribeRequest (generated from ShareGroupDescribeRequest.json). */
export interface ShareGroupDescribeRequest {
  groupIds: string[];
  includeAuthorizedOperations: boolean;
}

/** A ShareGroupDescribeRequest with every field at its schema default. */
export function defaultShareGroupDescribeRequest(): ShareGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
  };
}

function readShareGroupDescribeRequest(r: Reader, v: number): ShareGroupDescribeRequest {
  const flex = true;
  let _groupIds: string[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _groupIds = [];
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _groupIds = a1;
  }
  let _includeAuthorizedOperations: boolean = false;
  _includeAuthorizedOperations = r.bool();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { groupIds: _groupIds, includeAuthorizedOperations: _includeAuthorizedOperations };
}

function writeShareGroupDescribeRequest(w: Writer, v: number, o: Input<ShareGroupDescribeRequest>): void {
  const flex = true;
  const a2 = (o.groupIds === undefined ? [] : o.groupIds);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) w.string(a2[i] ?? '', flex);
  }
  w.bool((o.includeAuthorizedOperations === undefined ? false : o.includeAuthorizedOperations));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ShareGroupDescribeRequest of version `v`. */
export function decodeShareGroupDescribeRequest(r: Reader, v: number): ShareGroupDescribeRequest {
  return readShareGroupDescribeRequest(r, v);
}

/** Encodes a ShareGroupDescribeRequest of version `v`; missing fields take their defaults. */
export function encodeShareGroupDescribeRequest(w: Writer, v: number, o: Input<ShareGroupDescribeRequest>): void {
  writeShareGroupDescribeRequest(w, v, o);
}
