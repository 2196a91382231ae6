// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ConsumerGroupDescribeRequest: versions and flexible versions. */
export const ConsumerGroupDescribeRequestMeta = { name: 'ConsumerGroupDescribeRequest', apiKey: 69, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ConsumerGroupDescribeRequest (generated from ConsumerGroupDescribeRequest.json). */
export interface ConsumerGroupDescribeRequest {
  groupIds: string[];
  includeAuthorizedOperations: boolean;
}

/** A ConsumerGroupDescribeRequest with every field at its schema default. */
export function defaultConsumerGroupDescribeRequest(): ConsumerGroupDescribeRequest {
  return {
    groupIds: [],
    includeAuthorizedOperations: false,
  };
}

function readConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
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

function writeConsumerGroupDescribeRequest(w: Writer, v: number, o: Input<ConsumerGroupDescribeRequest>): void {
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

/** Decodes a ConsumerGroupDescribeRequest of version `v`. */
export function decodeConsumerGroupDescribeRequest(r: Reader, v: number): ConsumerGroupDescribeRequest {
  return readConsumerGroupDescribeRequest(r, v);
}

/** Encodes a ConsumerGroupDescribeRequest of version `v`; missing fields take their defaults. */
export function encodeConsumerGroupDescribeRequest(w: Writer, v: number, o: Input<ConsumerGroupDescribeRequest>): void {
  writeConsumerGroupDescribeRequest(w, v, o);
}
