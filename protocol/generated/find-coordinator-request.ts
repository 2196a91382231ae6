// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** FindCoordinatorRequest: versions and flexible versions. */
export const FindCoordinatorRequestMeta = { name: 'FindCoordinatorRequest', apiKey: 10, minVersion: 0, maxVersion: 6, flexibleMin: 3 } as const;

/** FindCoordinatorRequest (generated from FindCoordinatorRequest.json). */
export interface FindCoordinatorRequest {
  key: string;
  keyType: number;
  coordinatorKeys: string[];
}

/** A FindCoordinatorRequest with every field at its schema default. */
export function defaultFindCoordinatorRequest(): FindCoordinatorRequest {
  return {
    key: "",
    keyType: 0,
    coordinatorKeys: [],
  };
}

function readFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  const flex = v >= 3;
  let _key: string = "";
  if (v <= 3) {
    _key = r.string(flex);
  }
  let _keyType: number = 0;
  if (v >= 1) {
    _keyType = r.int8();
  }
  let _coordinatorKeys: string[] = [];
  if (v >= 4) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _coordinatorKeys = [];
    else {
      const a1: string[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
      _coordinatorKeys = a1;
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
  return { key: _key, keyType: _keyType, coordinatorKeys: _coordinatorKeys };
}

function writeFindCoordinatorRequest(w: Writer, v: number, o: Input<FindCoordinatorRequest>): void {
  const flex = v >= 3;
  if (v <= 3) {
    w.string((o.key === undefined ? "" : o.key) ?? '', flex);
  } else {
    if (o.key !== undefined && o.key !== "") throw new UnsupportedVersionError('FindCoordinatorRequest', 'FindCoordinatorRequest.key', v, '0-3');
  }
  if (v >= 1) {
    w.int8((o.keyType === undefined ? 0 : o.keyType));
  } else {
    if (o.keyType !== undefined && o.keyType !== 0) throw new UnsupportedVersionError('FindCoordinatorRequest', 'FindCoordinatorRequest.keyType', v, '1+');
  }
  if (v >= 4) {
    const a2 = (o.coordinatorKeys === undefined ? [] : o.coordinatorKeys);
    if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a2.length, flex);
      for (let i = 0; i < a2.length; i++) w.string(a2[i] ?? '', flex);
    }
  } else {
    if (o.coordinatorKeys !== undefined && o.coordinatorKeys !== null && o.coordinatorKeys.length > 0) throw new UnsupportedVersionError('FindCoordinatorRequest', 'FindCoordinatorRequest.coordinatorKeys', v, '4+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a FindCoordinatorRequest of version `v`. */
export function decodeFindCoordinatorRequest(r: Reader, v: number): FindCoordinatorRequest {
  return readFindCoordinatorRequest(r, v);
}

/** Encodes a FindCoordinatorRequest of version `v`; missing fields take their defaults. */
export function encodeFindCoordinatorRequest(w: Writer, v: number, o: Input<FindCoordinatorRequest>): void {
  writeFindCoordinatorRequest(w, v, o);
}
