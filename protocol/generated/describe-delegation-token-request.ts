// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DescribeDelegationTokenRequest: versions and flexible versions. */
export const DescribeDelegationTokenRequestMeta = { name: 'DescribeDelegationTokenRequest', apiKey: 41, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** DescribeDelegationTokenRequest (generated from DescribeDelegationTokenRequest.json). */
export interface DescribeDelegationTokenRequest {
  owners: DescribeDelegationTokenOwner[] | null;
}

/** A DescribeDelegationTokenRequest with every field at its schema default. */
export function defaultDescribeDelegationTokenRequest(): DescribeDelegationTokenRequest {
  return {
    owners: [],
  };
}

function readDescribeDelegationTokenRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
  const flex = v >= 2;
  let _owners: DescribeDelegationTokenOwner[] | null = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _owners = null;
  else {
    const a1: DescribeDelegationTokenOwner[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribeDelegationTokenOwner(r, v);
    _owners = a1;
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
  return { owners: _owners };
}

function writeDescribeDelegationTokenRequest(w: Writer, v: number, o: Input<DescribeDelegationTokenRequest>): void {
  const flex = v >= 2;
  const a2 = (o.owners === undefined ? [] : o.owners);
  if (a2 === null || a2 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribeDelegationTokenOwner(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeDelegationTokenOwner (generated from DescribeDelegationTokenRequest.json). */
export interface DescribeDelegationTokenOwner {
  principalType: string;
  principalName: string;
}

/** A DescribeDelegationTokenOwner with every field at its schema default. */
export function defaultDescribeDelegationTokenOwner(): DescribeDelegationTokenOwner {
  return {
    principalType: "",
    principalName: "",
  };
}

function readDescribeDelegationTokenOwner(r: Reader, v: number): DescribeDelegationTokenOwner {
  const flex = v >= 2;
  let _principalType: string = "";
  _principalType = r.string(flex);
  let _principalName: string = "";
  _principalName = r.string(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { principalType: _principalType, principalName: _principalName };
}

function writeDescribeDelegationTokenOwner(w: Writer, v: number, o: Input<DescribeDelegationTokenOwner>): void {
  const flex = v >= 2;
  w.string((o.principalType === undefined ? "" : o.principalType) ?? '', flex);
  w.string((o.principalName === undefined ? "" : o.principalName) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeDelegationTokenRequest of version `v`. */
export function decodeDescribeDelegationTokenRequest(r: Reader, v: number): DescribeDelegationTokenRequest {
  return readDescribeDelegationTokenRequest(r, v);
}

/** Encodes a DescribeDelegationTokenRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeDelegationTokenRequest(w: Writer, v: number, o: Input<DescribeDelegationTokenRequest>): void {
  writeDescribeDelegationTokenRequest(w, v, o);
}
