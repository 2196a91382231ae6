// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** ListGroupsRequest: versions and flexible versions. */
export const ListGroupsRequestMeta = { name: 'ListGroupsRequest', apiKey: 16, minVersion: 0, maxVersion: 5, flexibleMin: 3 } as const;

/** ListGroupsRequest (generated from ListGroupsRequest.json). */
export interface ListGroupsRequest {
  statesFilter: string[];
  typesFilter: string[];
}

/** A ListGroupsRequest with every field at its schema default. */
export function defaultListGroupsRequest(): ListGroupsRequest {
  return {
    statesFilter: [],
    typesFilter: [],
  };
}

function readListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  const flex = v >= 3;
  let _statesFilter: string[] = [];
  if (v >= 4) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _statesFilter = [];
    else {
      const a1: string[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
      _statesFilter = a1;
    }
  }
  let _typesFilter: string[] = [];
  if (v >= 5) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _typesFilter = [];
    else {
      const a3: string[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = r.string(flex);
      _typesFilter = a3;
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
  return { statesFilter: _statesFilter, typesFilter: _typesFilter };
}

function writeListGroupsRequest(w: Writer, v: number, o: Input<ListGroupsRequest>): void {
  const flex = v >= 3;
  if (v >= 4) {
    const a4 = (o.statesFilter === undefined ? [] : o.statesFilter);
    if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a4.length, flex);
      for (let i = 0; i < a4.length; i++) w.string(a4[i] ?? '', flex);
    }
  } else {
    if (o.statesFilter !== undefined && o.statesFilter !== null && o.statesFilter.length > 0) throw new UnsupportedVersionError('ListGroupsRequest', 'ListGroupsRequest.statesFilter', v, '4+');
  }
  if (v >= 5) {
    const a5 = (o.typesFilter === undefined ? [] : o.typesFilter);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) w.string(a5[i] ?? '', flex);
    }
  } else {
    if (o.typesFilter !== undefined && o.typesFilter !== null && o.typesFilter.length > 0) throw new UnsupportedVersionError('ListGroupsRequest', 'ListGroupsRequest.typesFilter', v, '5+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListGroupsRequest of version `v`. */
export function decodeListGroupsRequest(r: Reader, v: number): ListGroupsRequest {
  return readListGroupsRequest(r, v);
}

/** Encodes a ListGroupsRequest of version `v`; missing fields take their defaults. */
export function encodeListGroupsRequest(w: Writer, v: number, o: Input<ListGroupsRequest>): void {
  writeListGroupsRequest(w, v, o);
}
