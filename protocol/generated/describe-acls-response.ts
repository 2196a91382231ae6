// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** DescribeAclsResponse: versions and flexible versions. */
export const DescribeAclsResponseMeta = { name: 'DescribeAclsResponse', apiKey: 29, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** DescribeAclsResponse (generated from DescribeAclsResponse.json). */
export interface DescribeAclsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  resources: DescribeAclsResource[];
}

/** A DescribeAclsResponse with every field at its schema default. */
export function defaultDescribeAclsResponse(): DescribeAclsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    resources: [],
  };
}

function readDescribeAclsResponse(r: Reader, v: number): DescribeAclsResponse {
  const flex = v >= 2;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _resources: DescribeAclsResource[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _resources = [];
  else {
    const a1: DescribeAclsResource[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribeAclsResource(r, v);
    _resources = a1;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, resources: _resources };
}

function writeDescribeAclsResponse(w: Writer, v: number, o: Input<DescribeAclsResponse>): void {
  const flex = v >= 2;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  const a2 = (o.resources === undefined ? [] : o.resources);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribeAclsResource(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeAclsResource (generated from DescribeAclsResponse.json). */
export interface DescribeAclsResource {
  resourceType: number;
  resourceName: string;
  patternType: number;
  acls: AclDescription[];
}

/** A DescribeAclsResource with every field at its schema default. */
export function defaultDescribeAclsResource(): DescribeAclsResource {
  return {
    resourceType: 0,
    resourceName: "",
    patternType: 3,
    acls: [],
  };
}

function readDescribeAclsResource(r: Reader, v: number): DescribeAclsResource {
  const flex = v >= 2;
  let _resourceType: number = 0;
  _resourceType = r.int8();
  let _resourceName: string = "";
  _resourceName = r.string(flex);
  let _patternType: number = 3;
  if (v >= 1) {
    _patternType = r.int8();
  }
  let _acls: AclDescription[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _acls = [];
  else {
    const a4: AclDescription[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readAclDescription(r, v);
    _acls = a4;
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
  return { resourceType: _resourceType, resourceName: _resourceName, patternType: _patternType, acls: _acls };
}

function writeDescribeAclsResource(w: Writer, v: number, o: Input<DescribeAclsResource>): void {
  const flex = v >= 2;
  w.int8((o.resourceType === undefined ? 0 : o.resourceType));
  w.string((o.resourceName === undefined ? "" : o.resourceName) ?? '', flex);
  if (v >= 1) {
    w.int8((o.patternType === undefined ? 3 : o.patternType));
  } else {
    if (o.patternType !== undefined && o.patternType !== 3) throw new UnsupportedVersionError('DescribeAclsResponse', 'DescribeAclsResource.patternType', v, '1+');
  }
  const a5 = (o.acls === undefined ? [] : o.acls);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeAclDescription(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AclDescription (generated from DescribeAclsResponse.json). */
export interface AclDescription {
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

/** A AclDescription with every field at its schema default. */
export function defaultAclDescription(): AclDescription {
  return {
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
  };
}

function readAclDescription(r: Reader, v: number): AclDescription {
  const flex = v >= 2;
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
  return { principal: _principal, host: _host, operation: _operation, permissionType: _permissionType };
}

function writeAclDescription(w: Writer, v: number, o: Input<AclDescription>): void {
  const flex = v >= 2;
  w.string((o.principal === undefined ? "" : o.principal) ?? '', flex);
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.int8((o.operation === undefined ? 0 : o.operation));
  w.int8((o.permissionType === undefined ? 0 : o.permissionType));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeAclsResponse of version `v`. */
export function decodeDescribeAclsResponse(r: Reader, v: number): DescribeAclsResponse {
  return readDescribeAclsResponse(r, v);
}

/** Encodes a DescribeAclsResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeAclsResponse(w: Writer, v: number, o: Input<DescribeAclsResponse>): void {
  writeDescribeAclsResponse(w, v, o);
}
