// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** IncrementalAlterConfigsRequest: versions and flexible versions. */
export const IncrementalAlterConfigsRequestMeta = { name: 'IncrementalAlterConfigsRequest', apiKey: 44, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** IncrementalAlterConfigsRequest (generated from IncrementalAlterConfigsRequest.json). */
export interface IncrementalAlterConfigsRequest {
  resources: AlterConfigsResource[];
  validateOnly: boolean;
}

/** A IncrementalAlterConfigsRequest with every field at its schema default. */
export function defaultIncrementalAlterConfigsRequest(): IncrementalAlterConfigsRequest {
  return {
    resources: [],
    validateOnly: false,
  };
}

function readIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  const flex = v >= 1;
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

function writeIncrementalAlterConfigsRequest(w: Writer, v: number, o: Input<IncrementalAlterConfigsRequest>): void {
  const flex = v >= 1;
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

/** AlterConfigsResource (generated from IncrementalAlterConfigsRequest.json). */
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
  const flex = v >= 1;
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
  const flex = v >= 1;
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

/** AlterableConfig (generated from IncrementalAlterConfigsRequest.json). */
export interface AlterableConfig {
  name: string;
  configOperation: number;
  value: string | null;
}

/** A AlterableConfig with every field at its schema default. */
export function defaultAlterableConfig(): AlterableConfig {
  return {
    name: "",
    configOperation: 0,
    value: "",
  };
}

function readAlterableConfig(r: Reader, v: number): AlterableConfig {
  const flex = v >= 1;
  let _name: string = "";
  _name = r.string(flex);
  let _configOperation: number = 0;
  _configOperation = r.int8();
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
  return { name: _name, configOperation: _configOperation, value: _value };
}

function writeAlterableConfig(w: Writer, v: number, o: Input<AlterableConfig>): void {
  const flex = v >= 1;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.int8((o.configOperation === undefined ? 0 : o.configOperation));
  w.nullableString((o.value === undefined ? "" : o.value), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a IncrementalAlterConfigsRequest of version `v`. */
export function decodeIncrementalAlterConfigsRequest(r: Reader, v: number): IncrementalAlterConfigsRequest {
  return readIncrementalAlterConfigsRequest(r, v);
}

/** Encodes a IncrementalAlterConfigsRequest of version `v`; missing fields take their defaults. */
export function encodeIncrementalAlterConfigsRequest(w: Writer, v: number, o: Input<IncrementalAlterConfigsRequest>): void {
  writeIncrementalAlterConfigsRequest(w, v, o);
}
