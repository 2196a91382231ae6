// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

const EMPTY = Buffer.alloc(0);

/** ExpireDelegationTokenRequest: versions and flexible versions. */
export const ExpireDelegationTokenRequestMeta = { name: 'ExpireDelegationTokenRequest', apiKey: 40, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** ExpireDelegationTokenRequest (generated from ExpireDelegationTokenRequest.json). */
export interface ExpireDelegationTokenRequest {
  hmac: Buffer;
  expiryTimePeriodMs: number;
}

/** A ExpireDelegationTokenRequest with every field at its schema default. */
export function defaultExpireDelegationTokenRequest(): ExpireDelegationTokenRequest {
  return {
    hmac: EMPTY,
    expiryTimePeriodMs: 0,
  };
}

function readExpireDelegationTokenRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
  const flex = v >= 2;
  let _hmac: Buffer = EMPTY;
  _hmac = r.bytes(flex);
  let _expiryTimePeriodMs: number = 0;
  _expiryTimePeriodMs = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { hmac: _hmac, expiryTimePeriodMs: _expiryTimePeriodMs };
}

function writeExpireDelegationTokenRequest(w: Writer, v: number, o: Input<ExpireDelegationTokenRequest>): void {
  const flex = v >= 2;
  w.bytes((o.hmac === undefined ? EMPTY : o.hmac) ?? EMPTY, flex);
  w.int64((o.expiryTimePeriodMs === undefined ? 0 : o.expiryTimePeriodMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ExpireDelegationTokenRequest of version `v`. */
export function decodeExpireDelegationTokenRequest(r: Reader, v: number): ExpireDelegationTokenRequest {
  return readExpireDelegationTokenRequest(r, v);
}

/** Encodes a ExpireDelegationTokenRequest of version `v`; missing fields take their defaults. */
export function encodeExpireDelegationTokenRequest(w: Writer, v: number, o: Input<ExpireDelegationTokenRequest>): void {
  writeExpireDelegationTokenRequest(w, v, o);
}
