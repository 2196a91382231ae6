// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AlterClientQuotasResponse: versions and flexible versions. */
export const AlterClientQuotasResponseMeta = { name: 'AlterClientQuotasResponse', apiKey: 49, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** AlterClientQuotasResponse (generated from AlterClientQuotasResponse.json). */
export interface AlterClientQuotasResponse {
  throttleTimeMs: number;
  entries: EntryData[];
}

/** A AlterClientQuotasResponse with every field at its schema default. */
export function defaultAlterClientQuotasResponse(): AlterClientQuotasResponse {
  return {
    throttleTimeMs: 0,
    entries: [],
  };
}

function readAlterClientQuotasResponse(r: Reader, v: number): AlterClientQuotasResponse {
  const flex = v >= 1;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _entries: EntryData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _entries = [];
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
  return { throttleTimeMs: _throttleTimeMs, entries: _entries };
}

function writeAlterClientQuotasResponse(w: Writer, v: number, o: Input<AlterClientQuotasResponse>): void {
  const flex = v >= 1;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  const a2 = (o.entries === undefined ? [] : o.entries);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeEntryData(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** EntryData (generated from AlterClientQuotasResponse.json). */
export interface EntryData {
  errorCode: ErrorCode;
  errorMessage: string | null;
  entity: EntityData[];
}

/** A EntryData with every field at its schema default. */
export function defaultEntryData(): EntryData {
  return {
    errorCode: 0,
    errorMessage: "",
    entity: [],
  };
}

function readEntryData(r: Reader, v: number): EntryData {
  const flex = v >= 1;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _entity: EntityData[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _entity = [];
  else {
    const a4: EntityData[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readEntityData(r, v);
    _entity = a4;
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
  return { errorCode: _errorCode, errorMessage: _errorMessage, entity: _entity };
}

function writeEntryData(w: Writer, v: number, o: Input<EntryData>): void {
  const flex = v >= 1;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  const a5 = (o.entity === undefined ? [] : o.entity);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeEntityData(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** EntityData (generated from AlterClientQuotasResponse.json). */
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

/** Decodes a AlterClientQuotasResponse of version `v`. */
export function decodeAlterClientQuotasResponse(r: Reader, v: number): AlterClientQuotasResponse {
  return readAlterClientQuotasResponse(r, v);
}

/** Encodes a AlterClientQuotasResponse of version `v`; missing fields take their defaults. */
export function encodeAlterClientQuotasResponse(w: Writer, v: number, o: Input<AlterClientQuotasResponse>): void {
  writeAlterClientQuotasResponse(w, v, o);
}
