// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** CreateDelegationTokenRequest: versions and flexible versions. */
export const CreateDelegationTokenRequestMeta = { name: 'CreateDelegationTokenRequest', apiKey: 38, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** CreateDelegationTokenRequest (generated from CreateDelegationTokenRequest.json). */
export interface CreateDelegationTokenRequest {
  ownerPrincipalType: string | null;
  ownerPrincipalName: string | null;
  renewers: CreatableRenewers[];
  maxLifetimeMs: number;
}

/** A CreateDelegationTokenRequest with every field at its schema default. */
export function defaultCreateDelegationTokenRequest(): CreateDelegationTokenRequest {
  return {
    ownerPrincipalType: "",
    ownerPrincipalName: "",
    renewers: [],
    maxLifetimeMs: 0,
  };
}

function readCreateDelegationTokenRequest(r: Reader, v: number): CreateDelegationTokenRequest {
  const flex = v >= 2;
  let _ownerPrincipalType: string | null = "";
  if (v >= 3) {
    _ownerPrincipalType = r.nullableString(flex);
  }
  let _ownerPrincipalName: string | null = "";
  if (v >= 3) {
    _ownerPrincipalName = r.nullableString(flex);
  }
  let _renewers: CreatableRenewers[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _renewers = [];
  else {
    const a1: CreatableRenewers[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readCreatableRenewers(r, v);
    _renewers = a1;
  }
  let _maxLifetimeMs: number = 0;
  _maxLifetimeMs = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { ownerPrincipalType: _ownerPrincipalType, ownerPrincipalName: _ownerPrincipalName, renewers: _renewers, maxLifetimeMs: _maxLifetimeMs };
}

function writeCreateDelegationTokenRequest(w: Writer, v: number, o: Input<CreateDelegationTokenRequest>): void {
  const flex = v >= 2;
  if (v >= 3) {
    w.nullableString((o.ownerPrincipalType === undefined ? "" : o.ownerPrincipalType), flex);
  } else {
    if (o.ownerPrincipalType !== undefined && o.ownerPrincipalType !== "") throw new UnsupportedVersionError('CreateDelegationTokenRequest', 'CreateDelegationTokenRequest.ownerPrincipalType', v, '3+');
  }
  if (v >= 3) {
    w.nullableString((o.ownerPrincipalName === undefined ? "" : o.ownerPrincipalName), flex);
  } else {
    if (o.ownerPrincipalName !== undefined && o.ownerPrincipalName !== "") throw new UnsupportedVersionError('CreateDelegationTokenRequest', 'CreateDelegationTokenRequest.ownerPrincipalName', v, '3+');
  }
  const a2 = (o.renewers === undefined ? [] : o.renewers);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeCreatableRenewers(w, v, a2[i]);
  }
  w.int64((o.maxLifetimeMs === undefined ? 0 : o.maxLifetimeMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** CreatableRenewers (generated from CreateDelegationTokenRequest.json). */
export interface CreatableRenewers {
  principalType: string;
  principalName: string;
}

/** A CreatableRenewers with every field at its schema default. */
export function defaultCreatableRenewers(): CreatableRenewers {
  return {
    principalType: "",
    principalName: "",
  };
}

function readCreatableRenewers(r: Reader, v: number): CreatableRenewers {
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

function writeCreatableRenewers(w: Writer, v: number, o: Input<CreatableRenewers>): void {
  const flex = v >= 2;
  w.string((o.principalType === undefined ? "" : o.principalType) ?? '', flex);
  w.string((o.principalName === undefined ? "" : o.principalName) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a CreateDelegationTokenRequest of version `v`. */
export function decodeCreateDelegationTokenRequest(r: Reader, v: number): CreateDelegationTokenRequest {
  return readCreateDelegationTokenRequest(r, v);
}

/** Encodes a CreateDelegationTokenRequest of version `v`; missing fields take their defaults. */
export function encodeCreateDelegationTokenRequest(w: Writer, v: number, o: Input<CreateDelegationTokenRequest>): void {
  writeCreateDelegationTokenRequest(w, v, o);
}
