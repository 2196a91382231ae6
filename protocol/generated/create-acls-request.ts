// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** CreateAclsRequest: versions and flexible versions. */
export const CreateAclsRequestMeta = { name: 'CreateAclsRequest', apiKey: 30, minVersion: 0, maxVersion: 3, flexibleMin: 2 } as const;

/** CreateAclsRequest (generated from CreateAclsRequest.json). */
export interface CreateAclsRequest {
  creations: AclCreation[];
}

/** A CreateAclsRequest with every field at its schema default. */
export function defaultCreateAclsRequest(): CreateAclsRequest {
  return {
    creations: [],
  };
}

function readCreateAclsRequest(r: Reader, v: number): CreateAclsRequest {
  const flex = v >= 2;
  let _creations: AclCreation[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _creations = [];
  else {
    const a1: AclCreation[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readAclCreation(r, v);
    _creations = a1;
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
  return { creations: _creations };
}

function writeCreateAclsRequest(w: Writer, v: number, o: Input<CreateAclsRequest>): void {
  const flex = v >= 2;
  const a2 = (o.creations === undefined ? [] : o.creations);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeAclCreation(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AclCreation (generated from CreateAclsRequest.json). */
export interface AclCreation {
  resourceType: number;
  resourceName: string;
  resourcePatternType: number;
  principal: string;
  host: string;
  operation: number;
  permissionType: number;
}

/** A AclCreation with every field at its schema default. */
export function defaultAclCreation(): AclCreation {
  return {
    resourceType: 0,
    resourceName: "",
    resourcePatternType: 3,
    principal: "",
    host: "",
    operation: 0,
    permissionType: 0,
  };
}

function readAclCreation(r: Reader, v: number): AclCreation {
  const flex = v >= 2;
  let _resourceType: number = 0;
  _resourceType = r.int8();
  let _resourceName: string = "";
  _resourceName = r.string(flex);
  let _resourcePatternType: number = 3;
  if (v >= 1) {
    _resourcePatternType = r.int8();
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
  return { resourceType: _resourceType, resourceName: _resourceName, resourcePatternType: _resourcePatternType, principal: _principal, host: _host, operation: _operation, permissionType: _permissionType };
}

function writeAclCreation(w: Writer, v: number, o: Input<AclCreation>): void {
  const flex = v >= 2;
  w.int8((o.resourceType === undefined ? 0 : o.resourceType));
  w.string((o.resourceName === undefined ? "" : o.resourceName) ?? '', flex);
  if (v >= 1) {
    w.int8((o.resourcePatternType === undefined ? 3 : o.resourcePatternType));
  } else {
    if (o.resourcePatternType !== undefined && o.resourcePatternType !== 3) throw new UnsupportedVersionError('CreateAclsRequest', 'AclCreation.resourcePatternType', v, '1+');
  }
  w.string((o.principal === undefined ? "" : o.principal) ?? '', flex);
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.int8((o.operation === undefined ? 0 : o.operation));
  w.int8((o.permissionType === undefined ? 0 : o.permissionType));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a CreateAclsRequest of version `v`. */
export function decodeCreateAclsRequest(r: Reader, v: number): CreateAclsRequest {
  return readCreateAclsRequest(r, v);
}

/** Encodes a CreateAclsRequest of version `v`; missing fields take their defaults. */
export function encodeCreateAclsRequest(w: Writer, v: number, o: Input<CreateAclsRequest>): void {
  writeCreateAclsRequest(w, v, o);
}
