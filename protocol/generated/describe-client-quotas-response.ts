// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** DescribeClientQuotasResponse: versions and flexible versions. */
export const DescribeClientQuotasResponseMeta = { name: 'DescribeClientQuotasResponse', apiKey: 48, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** DescribeClientQuotasResponse (generated from DescribeClientQuotasResponse.json). */
export interface DescribeClientQuotasResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  entries: EntryData[] | null;
}

/** A DescribeClientQuotasResponse with every field at its schema default. */
export function defaultDescribeClientQuotasResponse(): DescribeClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    entries: [],
  };
}

function readDescribeClientQuotasResponse(r: Reader, v: number): DescribeClientQuotasResponse {
  const flex = v >= 1;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _entries: EntryData[] | null = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _entries = null;
  else {
    const a1: EntryData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readEntryData(r, v);
    _entries = a1;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, entries: _entries };
}

function writeDescribeClientQuotasResponse(w: Writer, v: number, o: Input<DescribeClientQuotasResponse>): void {
  const flex = v >= 1;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  const a2 = (o.entries === undefined ? [] : o.entries);
  if (a2 === null || a2 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeEntryData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** EntryData (generated from DescribeClientQuotasResponse.json). */
export interface EntryData {
  entity: EntityData[];
  values: ValueData[];
}

/** A EntryData with every field at its schema default. */
export function defaultEntryData(): EntryData {
  return {
    entity: [],
    values: [],
  };
}

function readEntryData(r: Reader, v: number): EntryData {
  const flex = v >= 1;
  let _entity: EntityData[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _entity = [];
  else {
    const a4: EntityData[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readEntityData(r, v);
    _entity = a4;
  }
  let _values: ValueData[] = [];
  const n5 = r.arrayLength(flex);
  if (n5 < 0) _values = [];
  else {
    const a6: ValueData[] = new Array(n5);
    for (let i = 0; i < n5; i++) a6[i] = readValueData(r, v);
    _values = a6;
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
  return { entity: _entity, values: _values };
}

function writeEntryData(w: Writer, v: number, o: Input<EntryData>): void {
  const flex = v >= 1;
  const a7 = (o.entity === undefined ? [] : o.entity);
  if (a7 === null || a7 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a7.length, flex);
    for (let i = 0; i < a7.length; i++) writeEntityData(w, v, a7[i]);
  }
  const a8 = (o.values === undefined ? [] : o.values);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeValueData(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** EntityData (generated from DescribeClientQuotasResponse.json). */
export interface EntityData {
  entityType: string;
  entityName: string | null;
}

/** A EntityData with every field at its schema default. */
export function defaultEntityData(): EntityData {
  return {
    entityType: "",
    entityName: "",
  };
}

function readEntityData(r: Reader, v: number): EntityData {
  const flex = v >= 1;
  let _entityType: string = "";
  _entityType = r.string(flex);
  let _entityName: string | null = "";
  _entityName = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { entityType: _entityType, entityName: _entityName };
}

function writeEntityData(w: Writer, v: number, o: Input<EntityData>): void {
  const flex = v >= 1;
  w.string((o.entityType === undefined ? "" : o.entityType) ?? '', flex);
  w.nullableString((o.entityName === undefined ? "" : o.entityName), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** ValueData (generated from DescribeClientQuotasResponse.json). */
export interface ValueData {
  key: string;
  value: number;
}

/** A ValueData with every field at its schema default. */
export function defaultValueData(): ValueData {
  return {
    key: "",
    value: 0,
  };
}

function readValueData(r: Reader, v: number): ValueData {
  const flex = v >= 1;
  let _key: string = "";
  _key = r.string(flex);
  let _value: number = 0;
  _value = r.float64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { key: _key, value: _value };
}

function writeValueData(w: Writer, v: number, o: Input<ValueData>): void {
  const flex = v >= 1;
  w.string((o.key === undefined ? "" : o.key) ?? '', flex);
  w.float64((o.value === undefined ? 0 : o.value));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeClientQuotasResponse of version `v`. */
export function decodeDescribeClientQuotasResponse(r: Reader, v: number): DescribeClientQuotasResponse {
  return readDescribeClientQuotasResponse(r, v);
}

/** Encodes a DescribeClientQuotasResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeClientQuotasResponse(w: Writer, v: number, o: Input<DescribeClientQuotasResponse>): void {
  writeDescribeClientQuotasResponse(w, v, o);
}
