// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

const EMPTY = Buffer.alloc(0);

/** CreateDelegationTokenResponse: versions and flexible versions. */
export const CreateDelegationTokenResponseMeta = { name: 'CreateDelegationTokenResponse', apiKey: 38, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** CreateDelegationTokenResponse (generated from CreateDelegationTokenResponse.json). */
export interface CreateDelegationTokenResponse {
  errorCode: ErrorCode;
  principalType: string;
  principalName: string;
  tokenRequesterPrincipalType: string;
  tokenRequesterPrincipalName: string;
  issueTimestampMs: number;
  expiryTimestampMs: number;
  maxTimestampMs: number;
  tokenId: string;
  hmac: Buffer;
  throttleTimeMs: number;
}

/** A CreateDelegationTokenResponse with every field at its schema default. */
export function defaultCreateDelegationTokenResponse(): CreateDelegationTokenResponse {
  return {
    errorCode: 0,
    principalType: "",
    principalName: "",
    tokenRequesterPrincipalType: "",
    tokenRequesterPrincipalName: "",
    issueTimestampMs: 0,
    expiryTimestampMs: 0,
    maxTimestampMs: 0,
    tokenId: "",
    hmac: EMPTY,
    throttleTimeMs: 0,
  };
}

function readCreateDelegationTokenResponse(r: Reader, v: number): CreateDelegationTokenResponse {
  const flex = v >= 2;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
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
  let _issueTimestampMs: number = 0;
  _issueTimestampMs = r.int64();
  let _expiryTimestampMs: number = 0;
  _expiryTimestampMs = r.int64();
  let _maxTimestampMs: number = 0;
  _maxTimestampMs = r.int64();
  let _tokenId: string = "";
  _tokenId = r.string(flex);
  let _hmac: Buffer = EMPTY;
  _hmac = r.bytes(flex);
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
  return { errorCode: _errorCode, principalType: _principalType, principalName: _principalName, tokenRequesterPrincipalType: _tokenRequesterPrincipalType, tokenRequesterPrincipalName: _tokenRequesterPrincipalName, issueTimestampMs: _issueTimestampMs, expiryTimestampMs: _expiryTimestampMs, maxTimestampMs: _maxTimestampMs, tokenId: _tokenId, hmac: _hmac, throttleTimeMs: _throttleTimeMs };
}

function writeCreateDelegationTokenResponse(w: Writer, v: number, o: Input<CreateDelegationTokenResponse>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.string((o.principalType === undefined ? "" : o.principalType) ?? '', flex);
  w.string((o.principalName === undefined ? "" : o.principalName) ?? '', flex);
  if (v >= 3) {
    w.string((o.tokenRequesterPrincipalType === undefined ? "" : o.tokenRequesterPrincipalType) ?? '', flex);
  } else {
    if (o.tokenRequesterPrincipalType !== undefined && o.tokenRequesterPrincipalType !== "") throw new UnsupportedVersionError('CreateDelegationTokenResponse', 'CreateDelegationTokenResponse.tokenRequesterPrincipalType', v, '3+');
  }
  if (v >= 3) {
    w.string((o.tokenRequesterPrincipalName === undefined ? "" : o.tokenRequesterPrincipalName) ?? '', flex);
  } else {
    if (o.tokenRequesterPrincipalName !== undefined && o.tokenRequesterPrincipalName !== "") throw new UnsupportedVersionError('CreateDelegationTokenResponse', 'CreateDelegationTokenResponse.tokenRequesterPrincipalName', v, '3+');
  }
  w.int64((o.issueTimestampMs === undefined ? 0 : o.issueTimestampMs));
  w.int64((o.expiryTimestampMs === undefined ? 0 : o.expiryTimestampMs));
  w.int64((o.maxTimestampMs === undefined ? 0 : o.maxTimestampMs));
  w.string((o.tokenId === undefined ? "" : o.tokenId) ?? '', flex);
  w.bytes((o.hmac === undefined ? EMPTY : o.hmac) ?? EMPTY, flex);
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a CreateDelegationTokenResponse of version `v`. */
export function decodeCreateDelegationTokenResponse(r: Reader, v: number): CreateDelegationTokenResponse {
  return readCreateDelegationTokenResponse(r, v);
}

/** Encodes a CreateDelegationTokenResponse of version `v`; missing fields take their defaults. */
export function encodeCreateDelegationTokenResponse(w: Writer, v: number, o: Input<CreateDelegationTokenResponse>): void {
  writeCreateDelegationTokenResponse(w, v, o);
}
