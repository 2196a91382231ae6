// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DescribeTransactionsRequest: versions and flexible versions. */
export const DescribeTransactionsRequestMeta = { name: 'DescribeTransactionsRequest', apiKey: 65, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** DescribeTransactionsRequest (generated from DescribeTransactionsRequest.json). */
export interface DescribeTransactionsRequest {
  transactionalIds: string[];
}

/** A DescribeTransactionsRequest with every field at its schema default. */
export function defaultDescribeTransactionsRequest(): DescribeTransactionsRequest {
  return {
    transactionalIds: [],
  };
}

function readDescribeTransactionsRequest(r: Reader, v: number): DescribeTransactionsRequest {
  const flex = true;
  let _transactionalIds: string[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _transactionalIds = [];
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _transactionalIds = a1;
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
  return { transactionalIds: _transactionalIds };
}

function writeDescribeTransactionsRequest(w: Writer, v: number, o: Input<DescribeTransactionsRequest>): void {
  const flex = true;
  const a2 = (o.transactionalIds === undefined ? [] : o.transactionalIds);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) w.string(a2[i] ?? '', flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeTransactionsRequest of version `v`. */
export function decodeDescribeTransactionsRequest(r: Reader, v: number): DescribeTransactionsRequest {
  return readDescribeTransactionsRequest(r, v);
}

/** Encodes a DescribeTransactionsRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeTransactionsRequest(w: Writer, v: number, o: Input<DescribeTransactionsRequest>): void {
  writeDescribeTransactionsRequest(w, v, o);
}
