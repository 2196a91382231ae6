// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** DescribeAclsRequest: versions and flexible versions. */
export const DescribeAclsRequestMeta = { name: 'DescribeAclsRequest', apiKey: 29, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** DescribeAclsRequest (generated from DescribeAclsRequest.json). */
export interface DescribeAclsRequest {
  resourceTypeFilter: number;
  resourceNameFilter: string | null;
  patternTypeFilter: number;
  principalFilter: string | null;
  hostFilter: string | null;
  operation: number;
  permissionType: number;
}

/** A DescribeAclsRequest with every field at its schema default. */
export function defaultDescribeAclsRequest(): DescribeAclsRequest {
  return {
    resourceTypeFilter: 0,
    resourceNameFilter: "",
    patternTypeFilter: 3,
    principalFilter: "",
    hostFilter: "",
    operation: 0,
    permissionType: 0,
  };
}

function readDescribeAclsRequest(r: Reader, v: number): DescribeAclsRequest {
  const flex = v >= 2;
  let _resourceTypeFilter: number = 0;
  _resourceTypeFilter = r.int8();
  let _resourceNameFilter: string | null = "";
  _resourceNameFilter = r.nullableString(flex);
  let _patternTypeFilter: number = 3;
  if (v >= 1) {
    _patternTypeFilter = r.int8();
  }
  let _principalFilter: string | null = "";
  _principalFilter = r.nullableString(flex);
  let _hostFilter: string | null = "";
  _hostFilter = r.nullableString(flex);
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
  return { resourceTypeFilter: _resourceTypeFilter, resourceNameFilter: _resourceNameFilter, patternTypeFilter: _patternTypeFilter, principalFilter: _principalFilter, hostFilter: _hostFilter, operation: _operation, permissionType: _permissionType };
}

function writeDescribeAclsRequest(w: Writer, v: number, o: Input<DescribeAclsRequest>): void {
  const flex = v >= 2;
  w.int8((o.resourceTypeFilter === undefined ? 0 : o.resourceTypeFilter));
  w.nullableString((o.resourceNameFilter === undefined ? "" : o.resourceNameFilter), flex);
  if (v >= 1) {
    w.int8((o.patternTypeFilter === undefined ? 3 : o.patternTypeFilter));
  } else {
    if (o.patternTypeFilter !== undefined && o.patternTypeFilter !== 3) throw new UnsupportedVersionError('DescribeAclsRequest', 'DescribeAclsRequest.patternTypeFilter', v, '1+');
  }
  w.nullableString((o.principalFilter === undefined ? "" : o.principalFilter), flex);
  w.nullableString((o.hostFilter === undefined ? "" : o.hostFilter), flex);
  w.int8((o.operation === undefined ? 0 : o.operation));
  w.int8((o.permissionType === undefined ? 0 : o.permissionType));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeAclsRequest of version `v`. */
export function decodeDescribeAclsRequest(r: Reader, v: number): DescribeAclsRequest {
  return readDescribeAclsRequest(r, v);
}

/** Encodes a DescribeAclsRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeAclsRequest(w: Writer, v: number, o: Input<DescribeAclsRequest>): void {
  writeDescribeAclsRequest(w, v, o);
}
