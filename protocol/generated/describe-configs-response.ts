// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** DescribeConfigsResponse: versions and flexible versions. */
export const DescribeConfigsResponseMeta = { name: 'DescribeConfigsResponse', apiKey: 32, minVersion: 0, maxVersion: 4, flexibleMin: 4 } as const;

/** DescribeConfigsResponse (generated from DescribeConfigsResponse.json). */
export interface DescribeConfigsResponse {
  throttleTimeMs: number;
  results: DescribeConfigsResult[];
}

/** A DescribeConfigsResponse with every field at its schema default. */
export function defaultDescribeConfigsResponse(): DescribeConfigsResponse {
  return {
    throttleTimeMs: 0,
    results: [],
  };
}

function readDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  const flex = v >= 4;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _results: DescribeConfigsResult[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _results = [];
  else {
    const a1: DescribeConfigsResult[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribeConfigsResult(r, v);
    _results = a1;
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
  return { throttleTimeMs: _throttleTimeMs, results: _results };
}

function writeDescribeConfigsResponse(w: Writer, v: number, o: Input<DescribeConfigsResponse>): void {
  const flex = v >= 4;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.results === undefined ? [] : o.results);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribeConfigsResult(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeConfigsResult (generated from DescribeConfigsResponse.json). */
export interface DescribeConfigsResult {
  errorCode: ErrorCode;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
  configs: DescribeConfigsResourceResult[];
}

/** A DescribeConfigsResult with every field at its schema default. */
export function defaultDescribeConfigsResult(): DescribeConfigsResult {
  return {
    errorCode: 0,
    errorMessage: "",
    resourceType: 0,
    resourceName: "",
    configs: [],
  };
}

function readDescribeConfigsResult(r: Reader, v: number): DescribeConfigsResult {
  const flex = v >= 4;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _resourceType: number = 0;
  _resourceType = r.int8();
  let _resourceName: string = "";
  _resourceName = r.string(flex);
  let _configs: DescribeConfigsResourceResult[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _configs = [];
  else {
    const a4: DescribeConfigsResourceResult[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readDescribeConfigsResourceResult(r, v);
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
  return { errorCode: _errorCode, errorMessage: _errorMessage, resourceType: _resourceType, resourceName: _resourceName, configs: _configs };
}

function writeDescribeConfigsResult(w: Writer, v: number, o: Input<DescribeConfigsResult>): void {
  const flex = v >= 4;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  w.int8((o.resourceType === undefined ? 0 : o.resourceType));
  w.string((o.resourceName === undefined ? "" : o.resourceName) ?? '', flex);
  const a5 = (o.configs === undefined ? [] : o.configs);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeDescribeConfigsResourceResult(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeConfigsResourceResult (generated from DescribeConfigsResponse.json). */
export interface DescribeConfigsResourceResult {
  name: string;
  value: string | null;
  readOnly: boolean;
  isDefault: boolean;
  configSource: number;
  isSensitive: boolean;
  synonyms: DescribeConfigsSynonym[];
  configType: number;
  documentation: string | null;
}

/** A DescribeConfigsResourceResult with every field at its schema default. */
export function defaultDescribeConfigsResourceResult(): DescribeConfigsResourceResult {
  return {
    name: "",
    value: "",
    readOnly: false,
    isDefault: false,
    configSource: -1,
    isSensitive: false,
    synonyms: [],
    configType: 0,
    documentation: "",
  };
}

function readDescribeConfigsResourceResult(r: Reader, v: number): DescribeConfigsResourceResult {
  const flex = v >= 4;
  let _name: string = "";
  _name = r.string(flex);
  let _value: string | null = "";
  _value = r.nullableString(flex);
  let _readOnly: boolean = false;
  _readOnly = r.bool();
  let _isDefault: boolean = false;
  if (v <= 0) {
    _isDefault = r.bool();
  }
  let _configSource: number = -1;
  if (v >= 1) {
    _configSource = r.int8();
  }
  let _isSensitive: boolean = false;
  _isSensitive = r.bool();
  let _synonyms: DescribeConfigsSynonym[] = [];
  if (v >= 1) {
    const n6 = r.arrayLength(flex);
    if (n6 < 0) _synonyms = [];
    else {
      const a7: DescribeConfigsSynonym[] = new Array(n6);
      for (let i = 0; i < n6; i++) a7[i] = readDescribeConfigsSynonym(r, v);
      _synonyms = a7;
    }
  }
  let _configType: number = 0;
  if (v >= 3) {
    _configType = r.int8();
  }
  let _documentation: string | null = "";
  if (v >= 3) {
    _documentation = r.nullableString(flex);
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
  return { name: _name, value: _value, readOnly: _readOnly, isDefault: _isDefault, configSource: _configSource, isSensitive: _isSensitive, synonyms: _synonyms, configType: _configType, documentation: _documentation };
}

function writeDescribeConfigsResourceResult(w: Writer, v: number, o: Input<DescribeConfigsResourceResult>): void {
  const flex = v >= 4;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.nullableString((o.value === undefined ? "" : o.value), flex);
  w.bool((o.readOnly === undefined ? false : o.readOnly));
  if (v <= 0) {
    w.bool((o.isDefault === undefined ? false : o.isDefault));
  } else {
    if (o.isDefault !== undefined && o.isDefault !== false) throw new UnsupportedVersionError('DescribeConfigsResponse', 'DescribeConfigsResourceResult.isDefault', v, '0');
  }
  if (v >= 1) {
    w.int8((o.configSource === undefined ? -1 : o.configSource));
  }
  w.bool((o.isSensitive === undefined ? false : o.isSensitive));
  if (v >= 1) {
    const a8 = (o.synonyms === undefined ? [] : o.synonyms);
    if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a8.length, flex);
      for (let i = 0; i < a8.length; i++) writeDescribeConfigsSynonym(w, v, a8[i]);
    }
  }
  if (v >= 3) {
    w.int8((o.configType === undefined ? 0 : o.configType));
  }
  if (v >= 3) {
    w.nullableString((o.documentation === undefined ? "" : o.documentation), flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeConfigsSynonym (generated from DescribeConfigsResponse.json). */
export interface DescribeConfigsSynonym {
  name: string;
  value: string | null;
  source: number;
}

/** A DescribeConfigsSynonym with every field at its schema default. */
export function defaultDescribeConfigsSynonym(): DescribeConfigsSynonym {
  return {
    name: "",
    value: "",
    source: 0,
  };
}

function readDescribeConfigsSynonym(r: Reader, v: number): DescribeConfigsSynonym {
  const flex = v >= 4;
  let _name: string = "";
  if (v >= 1) {
    _name = r.string(flex);
  }
  let _value: string | null = "";
  if (v >= 1) {
    _value = r.nullableString(flex);
  }
  let _source: number = 0;
  if (v >= 1) {
    _source = r.int8();
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
  return { name: _name, value: _value, source: _source };
}

function writeDescribeConfigsSynonym(w: Writer, v: number, o: Input<DescribeConfigsSynonym>): void {
  const flex = v >= 4;
  if (v >= 1) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('DescribeConfigsResponse', 'DescribeConfigsSynonym.name', v, '1+');
  }
  if (v >= 1) {
    w.nullableString((o.value === undefined ? "" : o.value), flex);
  } else {
    if (o.value !== undefined && o.value !== "") throw new UnsupportedVersionError('DescribeConfigsResponse', 'DescribeConfigsSynonym.value', v, '1+');
  }
  if (v >= 1) {
    w.int8((o.source === undefined ? 0 : o.source));
  } else {
    if (o.source !== undefined && o.source !== 0) throw new UnsupportedVersionError('DescribeConfigsResponse', 'DescribeConfigsSynonym.source', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeConfigsResponse of version `v`. */
export function decodeDescribeConfigsResponse(r: Reader, v: number): DescribeConfigsResponse {
  return readDescribeConfigsResponse(r, v);
}

/** Encodes a DescribeConfigsResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeConfigsResponse(w: Writer, v: number, o: Input<DescribeConfigsResponse>): void {
  writeDescribeConfigsResponse(w, v, o);
}
