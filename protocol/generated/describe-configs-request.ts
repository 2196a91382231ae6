// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** DescribeConfigsRequest: versions and flexible versions. */
export const DescribeConfigsRequestMeta = { name: 'DescribeConfigsRequest', apiKey: 32, minVersion: 0, maxVersion: 4, flexibleMin: 4 } as const;

/** DescribeConfigsRequest (generated from DescribeConfigsRequest.json). */
export interface DescribeConfigsRequest {
  resources: DescribeConfigsResource[];
  includeSynonyms: boolean;
  includeDocumentation: boolean;
}

/** A DescribeConfigsRequest with every field at its schema default. */
export function defaultDescribeConfigsRequest(): DescribeConfigsRequest {
  return {
    resources: [],
    includeSynonyms: false,
    includeDocumentation: false,
  };
}

function readDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  const flex = v >= 4;
  let _resources: DescribeConfigsResource[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _resources = [];
  else {
    const a1: DescribeConfigsResource[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribeConfigsResource(r, v);
    _resources = a1;
  }
  let _includeSynonyms: boolean = false;
  if (v >= 1) {
    _includeSynonyms = r.bool();
  }
  let _includeDocumentation: boolean = false;
  if (v >= 3) {
    _includeDocumentation = r.bool();
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
  return { resources: _resources, includeSynonyms: _includeSynonyms, includeDocumentation: _includeDocumentation };
}

function writeDescribeConfigsRequest(w: Writer, v: number, o: Input<DescribeConfigsRequest>): void {
  const flex = v >= 4;
  const a2 = (o.resources === undefined ? [] : o.resources);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribeConfigsResource(w, v, a2[i]);
  }
  if (v >= 1) {
    w.bool((o.includeSynonyms === undefined ? false : o.includeSynonyms));
  } else {
    if (o.includeSynonyms !== undefined && o.includeSynonyms !== false) throw new UnsupportedVersionError('DescribeConfigsRequest', 'DescribeConfigsRequest.includeSynonyms', v, '1+');
  }
  if (v >= 3) {
    w.bool((o.includeDocumentation === undefined ? false : o.includeDocumentation));
  } else {
    if (o.includeDocumentation !== undefined && o.includeDocumentation !== false) throw new UnsupportedVersionError('DescribeConfigsRequest', 'DescribeConfigsRequest.includeDocumentation', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeConfigsResource (generated from DescribeConfigsRequest.json). */
export interface DescribeConfigsResource {
  resourceType: number;
  resourceName: string;
  configurationKeys: string[] | null;
}

/** A DescribeConfigsResource with every field at its schema default. */
export function defaultDescribeConfigsResource(): DescribeConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configurationKeys: [],
  };
}

function readDescribeConfigsResource(r: Reader, v: number): DescribeConfigsResource {
  const flex = v >= 4;
  let _resourceType: number = 0;
  _resourceType = r.int8();
  let _resourceName: string = "";
  _resourceName = r.string(flex);
  let _configurationKeys: string[] | null = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _configurationKeys = null;
  else {
    const a4: string[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = r.string(flex);
    _configurationKeys = a4;
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
  return { resourceType: _resourceType, resourceName: _resourceName, configurationKeys: _configurationKeys };
}

function writeDescribeConfigsResource(w: Writer, v: number, o: Input<DescribeConfigsResource>): void {
  const flex = v >= 4;
  w.int8((o.resourceType === undefined ? 0 : o.resourceType));
  w.string((o.resourceName === undefined ? "" : o.resourceName) ?? '', flex);
  const a5 = (o.configurationKeys === undefined ? [] : o.configurationKeys);
  if (a5 === null || a5 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) w.string(a5[i] ?? '', flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeConfigsRequest of version `v`. */
export function decodeDescribeConfigsRequest(r: Reader, v: number): DescribeConfigsRequest {
  return readDescribeConfigsRequest(r, v);
}

/** Encodes a DescribeConfigsRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeConfigsRequest(w: Writer, v: number, o: Input<DescribeConfigsRequest>): void {
  writeDescribeConfigsRequest(w, v, o);
}
