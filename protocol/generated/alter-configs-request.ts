// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** AlterConfigsRequest: versions and flexible versions. */
export const AlterConfigsRequestMeta = { name: 'AlterConfigsRequest', apiKey: 33, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** AlterConfigsRequest (generated from AlterConfigsRequest.json). */
export interface AlterConfigsRequest {
  resources: AlterConfigsResource[];
  validateOnly: boolean;
}

/** A AlterConfigsRequest with every field at its schema default. */
export function defaultAlterConfigsRequest(): AlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
  };
}

function readAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  const flex = v >= 2;
  let _resources: AlterConfigsResource[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _resources = [];
  else {
    const a1: AlterConfigsResource[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readAlterConfigsResource(r, v);
    _resources = a1;
  }
  let _validateOnly: boolean = false;
  _validateOnly = r.bool();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { resources: _resources, validateOnly: _validateOnly };
}

function writeAlterConfigsRequest(w: Writer, v: number, o: Input<AlterConfigsRequest>): void {
  const flex = v >= 2;
  const a2 = (o.resources === undefined ? [] : o.resources);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeAlterConfigsResource(w, v, a2[i]);
  }
  w.bool((o.validateOnly === undefined ? false : o.validateOnly));
  if (flex) {
    w.uvarint(0);
  }
}

/** AlterConfigsResource (generated from AlterConfigsRequest.json). */
export interface AlterConfigsResource {
  resourceType: number;
  resourceName: string;
  configs: AlterableConfig[];
}

/** A AlterConfigsResource with every field at its schema default. */
export function defaultAlterConfigsResource(): AlterConfigsResource {
  return {
    resourceType: 0,
    resourceName: "",
    configs: [],
  };
}

function readAlterConfigsResource(r: Reader, v: number): AlterConfigsResource {
  const flex = v >= 2;
  let _resourceType: number = 0;
  _resourceType = r.int8();
  let _resourceName: string = "";
  _resourceName = r.string(flex);
  let _configs: AlterableConfig[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _configs = [];
  else {
    const a4: AlterableConfig[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readAlterableConfig(r, v);
    _configs = a4;
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
  return { resourceType: _resourceType, resourceName: _resourceName, configs: _configs };
}

function writeAlterConfigsResource(w: Writer, v: number, o: Input<AlterConfigsResource>): void {
  const flex = v >= 2;
  w.int8((o.resourceType === undefined ? 0 : o.resourceType));
  w.string((o.resourceName === undefined ? "" : o.resourceName) ?? '', flex);
  const a5 = (o.configs === undefined ? [] : o.configs);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeAlterableConfig(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AlterableConfig (generated from AlterConfigsRequest.json). */
export interface AlterableConfig {
  name: string;
  value: string | null;
}

/** A AlterableConfig with every field at its schema default. */
export function defaultAlterableConfig(): AlterableConfig {
  return {
    name: "",
    value: "",
  };
}

function readAlterableConfig(r: Reader, v: number): AlterableConfig {
  const flex = v >= 2;
  let _name: string = "";
  _name = r.string(flex);
  let _value: string | null = "";
  _value = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name, value: _value };
}

function writeAlterableConfig(w: Writer, v: number, o: Input<AlterableConfig>): void {
  const flex = v >= 2;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.nullableString((o.value === undefined ? "" : o.value), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterConfigsRequest of version `v`. */
export function decodeAlterConfigsRequest(r: Reader, v: number): AlterConfigsRequest {
  return readAlterConfigsRequest(r, v);
}

/** Encodes a AlterConfigsRequest of version `v`; missing fields take their defaults. */
export function encodeAlterConfigsRequest(w: Writer, v: number, o: Input<AlterConfigsRequest>): void {
  writeAlterConfigsRequest(w, v, o);
}
