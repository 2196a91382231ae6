// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

const EMPTY = Buffer.alloc(0);

/** RenewDelegationTokenRequest: versions and flexible versions. */
export const RenewDelegationTokenRequestMeta = { name: 'RenewDelegationTokenRequest', apiKey: 39, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** RenewDelegationTokenRequest (generated from RenewDelegationTokenRequest.json). */
export interface RenewDelegationTokenRequest {
  hmac: Buffer;
  renewPeriodMs: number;
}

/** A RenewDelegationTokenRequest with every field at its schema default. */
export function defaultRenewDelegationTokenRequest(): RenewDelegationTokenRequest {
  return {
    hmac: EMPTY,
    renewPeriodMs: 0,
  };
}

function readRenewDelegationTokenRequest(r: Reader, v: number): RenewDelegationTokenRequest {
  const flex = v >= 2;
  let _hmac: Buffer = EMPTY;
  _hmac = r.bytes(flex);
  let _renewPeriodMs: number = 0;
  _renewPeriodMs = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { hmac: _hmac, renewPeriodMs: _renewPeriodMs };
}

function writeRenewDelegationTokenRequest(w: Writer, v: number, o: Input<RenewDelegationTokenRequest>): void {
  const flex = v >= 2;
  w.bytes((o.hmac === undefined ? EMPTY : o.hmac) ?? EMPTY, flex);
  w.int64((o.renewPeriodMs === undefined ? 0 : o.renewPeriodMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a RenewDelegationTokenRequest of version `v`. */
export function decodeRenewDelegationTokenRequest(r: Reader, v: number): RenewDelegationTokenRequest {
  return readRenewDelegationTokenRequest(r, v);
}

/** Encodes a RenewDelegationTokenRequest of version `v`; missing fields take their defaults. */
export function encodeRenewDelegationTokenRequest(w: Writer, v: number, o: Input<RenewDelegationTokenRequest>): void {
  writeRenewDelegationTokenRequest(w, v, o);
}
