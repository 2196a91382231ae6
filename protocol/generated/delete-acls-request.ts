// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** DeleteAclsRequest: versions and flexible versions. */
export const DeleteAclsRequestMeta = { name: 'DeleteAclsRequest', apiKey: 31, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** DeleteAclsRequest (generated from DeleteAclsRequest.json). */
export interface DeleteAclsRequest {
  filters: DeleteAclsFilter[];
}

/** A DeleteAclsRequest with every field at its schema default. */
export function defaultDeleteAclsRequest(): DeleteAclsRequest {
  return {
    filters: [],
  };
}

function readDeleteAclsRequest(r: Reader, v: number): DeleteAclsRequest {
  const flex = v >= 2;
  let _filters: DeleteAclsFilter[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _filters = [];
  else {
    const a1: DeleteAclsFilter[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDeleteAclsFilter(r, v);
    _filters = a1;
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
  return { filters: _filters };
}

function writeDeleteAclsRequest(w: Writer, v: number, o: Input<DeleteAclsRequest>): void {
  const flex = v >= 2;
  const a2 = (o.filters === undefined ? [] : o.filters);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDeleteAclsFilter(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DeleteAclsFilter (generated from DeleteAclsRequest.json). */
export interface DeleteAclsFilter {
  resourceTypeFilter: number;
  resourceNameFilter: string | null;
  patternTypeFilter: number;
  principalFilter: string | null;
  hostFilter: string | null;
  operation: number;
  permissionType: number;
}

/** A DeleteAclsFilter with every field at its schema default. */
export function defaultDeleteAclsFilter(): DeleteAclsFilter {
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

function readDeleteAclsFilter(r: Reader, v: number): DeleteAclsFilter {
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

function writeDeleteAclsFilter(w: Writer, v: number, o: Input<DeleteAclsFilter>): void {
  const flex = v >= 2;
  w.int8((o.resourceTypeFilter === undefined ? 0 : o.resourceTypeFilter));
  w.nullableString((o.resourceNameFilter === undefined ? "" : o.resourceNameFilter), flex);
  if (v >= 1) {
    w.int8((o.patternTypeFilter === undefined ? 3 : o.patternTypeFilter));
  } else {
    if (o.patternTypeFilter !== undefined && o.patternTypeFilter !== 3) throw new UnsupportedVersionError('DeleteAclsRequest', 'DeleteAclsFilter.patternTypeFilter', v, '1+');
  }
  w.nullableString((o.principalFilter === undefined ? "" : o.principalFilter), flex);
  w.nullableString((o.hostFilter === undefined ? "" : o.hostFilter), flex);
  w.int8((o.operation === undefined ? 0 : o.operation));
  w.int8((o.permissionType === undefined ? 0 : o.permissionType));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DeleteAclsRequest of version `v`. */
export function decodeDeleteAclsRequest(r: Reader, v: number): DeleteAclsRequest {
  return readDeleteAclsRequest(r, v);
}

/** Encodes a DeleteAclsRequest of version `v`; missing fields take their defaults. */
export function encodeDeleteAclsRequest(w: Writer, v: number, o: Input<DeleteAclsRequest>): void {
  writeDeleteAclsRequest(w, v, o);
}
