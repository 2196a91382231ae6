// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** DeleteAclsResponse: versions and flexible versions. */
export const DeleteAclsResponseMeta = { name: 'DeleteAclsResponse', apiKey: 31, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** DeleteAclsResponse (generated from DeleteAclsResponse.json). */
export interface DeleteAclsResponse {
  throttleTimeMs: number;
  filterResults: DeleteAclsFilterResult[];
}

/** A DeleteAclsResponse with every field at its schema default. */
export function defaultDeleteAclsResponse(): DeleteAclsResponse {
  return {
    throttleTimeMs: 0,
    filterResults: [],
  };
}

function readDeleteAclsResponse(r: Reader, v: number): DeleteAclsResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _filterResults: DeleteAclsFilterResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _filterResults = [];
  else {
    const a1: DeleteAclsFilterResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDeleteAclsFilterResult(r, v);
    _filterResults = a1;
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
  return { throttleTimeMs: _throttleTimeMs, filterResults: _filterResults };
}

function writeDeleteAclsResponse(w: Writer, v: number, o: Input<DeleteAclsResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.filterResults === undefined ? [] : o.filterResults);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDeleteAclsFilterResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteAclsFilterResult (generated from DeleteAclsResponse.json). */
export interface DeleteAclsFilterResult {
  errorCode: ErrorCode;
  errorMessage: string | null;
  matchingAcls: DeleteAclsMatchingAcl[];
}

/** A DeleteAclsFilterResult with every field at its schema default. */
export function defaultDeleteAclsFilterResult(): DeleteAclsFilterResult {
  return {
    errorCode: 0,
    errorMessage: "",
    matchingAcls: [],
  };
}

function readDeleteAclsFilterResult(r: Reader, v: number): DeleteAclsFilterResult {
  const flex = v >= 2;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _matchingAcls: DeleteAclsMatchingAcl[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _matchingAcls = [];
  else {
    const a4: DeleteAclsMatchingAcl[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readDeleteAclsMatchingAcl(r, v);
    _matchingAcls = a4;
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
  return { errorCode: _errorCode, errorMessage: _errorMessage, matchingAcls: _matchingAcls };
}

function writeDeleteAclsFilterResult(w: Writer, v: number, o: Input<DeleteAclsFilterResult>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  const a5 = (o.matchingAcls === undefined ? [] : o.matchingAcls);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeDeleteAclsMatchingAcl(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteAclsMatchingAcl (generated from DeleteAclsResponse.json). */
export interface DeleteAclsMatchingAcl {
  errorCode: ErrorCode;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
  patternType: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

/** A DeleteAclsMatchingAcl with every field at its schema default. */
export function defaultDeleteAclsMatchingAcl(): DeleteAclsMatchingAcl {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
  };
}

function readDeleteAclsMatchingAcl(r: Reader, v: number): DeleteAclsMatchingAcl {
  const flex = v >= 2;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _resourceType: number = 0;
  _resourceType = r.int8();
  let _resourceName: string = "";
  _resourceName = r.string(flex);
  let _patternType: number = 3;
  if (v >= 1) {
    _patternType = r.int8();
  }
  let _principal: string = "";
  _principal = r.string(flex);
  let _host: string = "";
  _host = r.string(flex);
  let _operation: number = 0;
  _operation = r.int8();
  let _permissionType: number = 0;
  _permissionType = r.int8();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { errorCode: _errorCode, errorMessage: _errorMessage, resourceType: _resourceType, resourceName: _resourceName, patternType: _patternType, principal: _principal, host: _host, operation: _operation, permissionType: _permissionType };
}

function writeDeleteAclsMatchingAcl(w: Writer, v: number, o: Input<DeleteAclsMatchingAcl>): void {
  const flex = v >= 2;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  w.int8((o.resourceType === undefined ? 0 : o.resourceType));
  w.string((o.resourceName === undefined ? "" : o.resourceName) ?? '', flex);
  if (v >= 1) {
    w.int8((o.patternType === undefined ? 3 : o.patternType));
  } else {
    if (o.patternType !== undefined && o.patternType !== 3) throw new UnsupportedVersionError('DeleteAclsResponse', 'DeleteAclsMatchingAcl.patternType', v, '1+');
  }
  w.string((o.principal === undefined ? "" : o.principal) ?? '', flex);
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.int8((o.operation === undefined ? 0 : o.operation));
  w.int8((o.permissionType === undefined ? 0 : o.permissionType));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteAclsResponse of version `v`. */
export function decodeDeleteAclsResponse(r: Reader, v: number): DeleteAclsResponse {
  return readDeleteAclsResponse(r, v);
}

/** Encodes a DeleteAclsResponse of version `v`; missing fields take their defaults. */
export function encodeDeleteAclsResponse(w: Writer, v: number, o: Input<DeleteAclsResponse>): void {
  writeDeleteAclsResponse(w, v, o);
}
