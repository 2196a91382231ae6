// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

const EMPTY = Buffer.alloc(0);

/** DescribeDelegationTokenResponse: versions and flexible versions. */
export const DescribeDelegationTokenResponseMeta = { name: 'DescribeDelegationTokenResponse', apiKey: 41, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** DescribeDelegationTokenResponse (generated from DescribeDelegationTokenResponse.json). */
export interface DescribeDelegationTokenResponse {
  errorCode: ErrorCode;
  tokens: DescribedDelegationToken[];
  throttleTimeMs: number;
}

/** A DescribeDelegationTokenResponse with every field at its schema default. */
export function defaultDescribeDelegationTokenResponse(): DescribeDelegationTokenResponse {
  return {
    errorCode: 0,
    tokens: [],
    throttleTimeMs: 0,
  };
}

function readDescribeDelegationTokenResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
  const flex = v >= 2;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _tokens: DescribedDelegationToken[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _tokens = [];
  else {
    const a1: DescribedDelegationToken[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribedDelegationToken(r, v);
    _tokens = a1;
  }
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { errorCode: _errorCode, tokens: _tokens, throttleTimeMs: _throttleTimeMs };
}

function writeDescribeDelegationTokenResponse(w: Writer, v: number, o: Input<DescribeDelegationTokenResponse>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a2 = (o.tokens === undefined ? [] : o.tokens);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribedDelegationToken(w, v, a2[i]);
  }
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribedDelegationToken (generated from DescribeDelegationTokenResponse.json). */
export interface DescribedDelegationToken {
  principalType: string;
  principalName: string;
  tokenRequesterPrincipalType: string;
  tokenRequesterPrincipalName: string;
  issueTimestamp: number;
  expiryTimestamp: number;
  maxTimestamp: number;
  tokenId: string;
  hmac: Buffer;
  renewers: DescribedDelegationTokenRenewer[];
}

/** A DescribedDelegationToken with every field at its schema default. */
export function defaultDescribedDelegationToken(): DescribedDelegationToken {
  return {
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestamp: 0,
    expiryTimestamp: 0,
    maxTimestamp: 0,
    tokenId: "",
    hmac: EMPTY,
    renewers: [],
  };
}

function readDescribedDelegationToken(r: Reader, v: number): DescribedDelegationToken {
  const flex = v >= 2;
  let _principalType: string = "";
  _principalType = r.string(flex);
  let _principalName: string = "";
  _principalName = r.string(flex);
  let _tokenRequesterPrincipalType: string = "";
  if (v >= 3) {
    _tokenRequesterPrincipalType = r.string(flex);
  }
  let _tokenRequesterPrincipalName: string = "";
  if (v >= 3) {
    _tokenRequesterPrincipalName = r.string(flex);
  }
  let _issueTimestamp: number = 0;
  _issueTimestamp = r.int64();
  let _expiryTimestamp: number = 0;
  _expiryTimestamp = r.int64();
  let _maxTimestamp: number = 0;
  _maxTimestamp = r.int64();
  let _tokenId: string = "";
  _tokenId = r.string(flex);
  let _hmac: Buffer = EMPTY;
  _hmac = r.bytes(flex);
  let _renewers: DescribedDelegationTokenRenewer[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _renewers = [];
  else {
    const a4: DescribedDelegationTokenRenewer[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readDescribedDelegationTokenRenewer(r, v);
    _renewers = a4;
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
  return { principalType: _principalType, principalName: _principalName, tokenRequesterPrincipalType: _tokenRequesterPrincipalType, tokenRequesterPrincipalName: _tokenRequesterPrincipalName, issueTimestamp: _issueTimestamp, expiryTimestamp: _expiryTimestamp, maxTimestamp: _maxTimestamp, tokenId: _tokenId, hmac: _hmac, renewers: _renewers };
}

function writeDescribedDelegationToken(w: Writer, v: number, o: Input<DescribedDelegationToken>): void {
  const flex = v >= 2;
  w.string((o.principalType === undefined ? "" : o.principalType) ?? '', flex);
  w.string((o.principalName === undefined ? "" : o.principalName) ?? '', flex);
  if (v >= 3) {
    w.string((o.tokenRequesterPrincipalType === undefined ? "" : o.tokenRequesterPrincipalType) ?? '', flex);
  } else {
    if (o.tokenRequesterPrincipalType !== undefined && o.tokenRequesterPrincipalType !== "") throw new UnsupportedVersionError('DescribeDelegationTokenResponse', 'DescribedDelegationToken.tokenRequesterPrincipalType', v, '3+');
  }
  if (v >= 3) {
    w.string((o.tokenRequesterPrincipalName === undefined ? "" : o.tokenRequesterPrincipalName) ?? '', flex);
  } else {
    if (o.tokenRequesterPrincipalName !== undefined && o.tokenRequesterPrincipalName !== "") throw new UnsupportedVersionError('DescribeDelegationTokenResponse', 'DescribedDelegationToken.tokenRequesterPrincipalName', v, '3+');
  }
  w.int64((o.issueTimestamp === undefined ? 0 : o.issueTimestamp));
  w.int64((o.expiryTimestamp === undefined ? 0 : o.expiryTimestamp));
  w.int64((o.maxTimestamp === undefined ? 0 : o.maxTimestamp));
  w.string((o.tokenId === undefined ? "" : o.tokenId) ?? '', flex);
  w.bytes((o.hmac === undefined ? EMPTY : o.hmac) ?? EMPTY, flex);
  const a5 = (o.renewers === undefined ? [] : o.renewers);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeDescribedDelegationTokenRenewer(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribedDelegationTokenRenewer (generated from DescribeDelegationTokenResponse.json). */
export interface DescribedDelegationTokenRenewer {
  principalType: string;
  principalName: string;
}

/** A DescribedDelegationTokenRenewer with every field at its schema default. */
export function defaultDescribedDelegationTokenRenewer(): DescribedDelegationTokenRenewer {
  return {
    principalType: "",
    principalName: "",
  };
}

function readDescribedDelegationTokenRenewer(r: Reader, v: number): DescribedDelegationTokenRenewer {
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

function writeDescribedDelegationTokenRenewer(w: Writer, v: number, o: Input<DescribedDelegationTokenRenewer>): void {
  const flex = v >= 2;
  w.string((o.principalType === undefined ? "" : o.principalType) ?? '', flex);
  w.string((o.principalName === undefined ? "" : o.principalName) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeDelegationTokenResponse of version `v`. */
export function decodeDescribeDelegationTokenResponse(r: Reader, v: number): DescribeDelegationTokenResponse {
  return readDescribeDelegationTokenResponse(r, v);
}

/** Encodes a DescribeDelegationTokenResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeDelegationTokenResponse(w: Writer, v: number, o: Input<DescribeDelegationTokenResponse>): void {
  writeDescribeDelegationTokenResponse(w, v, o);
}
