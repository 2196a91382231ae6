// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** ListTransactionsRequest: versions and flexible versions. */
export const ListTransactionsRequestMeta = { name: 'ListTransactionsRequest', apiKey: 66, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** ListTransactionsRequest (generated from ListTransactionsRequest.json). */
export interface ListTransactionsRequest {
  stateFilters: string[];
  producerIdFilters: number[];
  durationFilter: number;
}

/** A ListTransactionsRequest with every field at its schema default. */
export function defaultListTransactionsRequest(): ListTransactionsRequest {
  return {
    stateFilters: [],
    producerIdFilters: [],
    durationFilter: -1,
  };
}

function readListTransactionsRequest(r: Reader, v: number): ListTransactionsRequest {
  const flex = true;
  let _stateFilters: string[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _stateFilters = [];
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _stateFilters = a1;
  }
  let _producerIdFilters: number[] = [];
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _producerIdFilters = [];
  else {
    const a3: number[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = r.int64();
    _producerIdFilters = a3;
  }
  let _durationFilter: number = -1;
  if (v >= 1) {
    _durationFilter = r.int64();
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
  return { stateFilters: _stateFilters, producerIdFilters: _producerIdFilters, durationFilter: _durationFilter };
}

function writeListTransactionsRequest(w: Writer, v: number, o: Input<ListTransactionsRequest>): void {
  const flex = true;
  const a4 = (o.stateFilters === undefined ? [] : o.stateFilters);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) w.string(a4[i] ?? '', flex);
  }
  const a5 = (o.producerIdFilters === undefined ? [] : o.producerIdFilters);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) w.int64(a5[i]);
  }
  if (v >= 1) {
    w.int64((o.durationFilter === undefined ? -1 : o.durationFilter));
  } else {
    if (o.durationFilter !== undefined && o.durationFilter !== -1) throw new UnsupportedVersionError('ListTransactionsRequest', 'ListTransactionsRequest.durationFilter', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListTransactionsRequest of version `v`. */
export function decodeListTransactionsRequest(r: Reader, v: number): ListTransactionsRequest {
  return readListTransactionsRequest(r, v);
}

/** Encodes a ListTransactionsRequest of version `v`; missing fields take their defaults. */
export function encodeListTransactionsRequest(w: Writer, v: number, o: Input<ListTransactionsRequest>): void {
  writeListTransactionsRequest(w, v, o);
}
