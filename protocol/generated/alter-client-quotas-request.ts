// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** AlterClientQuotasRequest: versions and flexible versions. */
export const AlterClientQuotasRequestMeta = { name: 'AlterClientQuotasRequest', apiKey: 49, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** AlterClientQuotasRequest (generated from AlterClientQuotasRequest.json). */
export interface AlterClientQuotasRequest {
  entries: EntryData[];
  validateOnly: boolean;
}

/** A AlterClientQuotasRequest with every field at its schema default. */
export function defaultAlterClientQuotasRequest(): AlterClientQuotasRequest {
  return {
    entries: [],
    validateOnly: false,
  };
}

function readAlterClientQuotasRequest(r: Reader, v: number): AlterClientQuotasRequest {
  const flex = v >= 1;
  let _entries: EntryData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _entries = [];
  else {
    const a1: EntryData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readEntryData(r, v);
    _entries = a1;
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
  return { entries: _entries, validateOnly: _validateOnly };
}

function writeAlterClientQuotasRequest(w: Writer, v: number, o: Input<AlterClientQuotasRequest>): void {
  const flex = v >= 1;
  const a2 = (o.entries === undefined ? [] : o.entries);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeEntryData(w, v, a2[i]);
  }
  w.bool((o.validateOnly === undefined ? false : o.validateOnly));
  if (flex) {
    w.uvarint(0);
  }
}

/** EntryData (generated from AlterClientQuotasRequest.json). */
export interface EntryData {
  entity: EntityData[];
  ops: OpData[];
}

/** A EntryData with every field at its schema default. */
export function defaultEntryData(): EntryData {
  return {
    entity: [],
    ops: [],
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
  let _ops: OpData[] = [];
  const n5 = r.arrayLength(flex);
  if (n5 < 0) _ops = [];
  else {
    const a6: OpData[] = new Array(n5);
    for (let i = 0; i < n5; i++) a6[i] = readOpData(r, v);
    _ops = a6;
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
  return { entity: _entity, ops: _ops };
}

function writeEntryData(w: Writer, v: number, o: Input<EntryData>): void {
  const flex = v >= 1;
  const a7 = (o.entity === undefined ? [] : o.entity);
  if (a7 === null || a7 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a7.length, flex);
    for (let i = 0; i < a7.length; i++) writeEntityData(w, v, a7[i]);
  }
  const a8 = (o.ops === undefined ? [] : o.ops);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) writeOpData(w, v, a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** EntityData (generated from AlterClientQuotasRequest.json). */
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

/** OpData (generated from AlterClientQuotasRequest.json). */
export interface OpData {
  key: string;
  value: number;
  remove: boolean;
}

/** A OpData with every field at its schema default. */
export function defaultOpData(): OpData {
  return {
    key: "",
    value: 0,
    remove: false,
  };
}

function readOpData(r: Reader, v: number): OpData {
  const flex = v >= 1;
  let _key: string = "";
  _key = r.string(flex);
  let _value: number = 0;
  _value = r.float64();
  let _remove: boolean = false;
  _remove = r.bool();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { key: _key, value: _value, remove: _remove };
}

function writeOpData(w: Writer, v: number, o: Input<OpData>): void {
  const flex = v >= 1;
  w.string((o.key === undefined ? "" : o.key) ?? '', flex);
  w.float64((o.value === undefined ? 0 : o.value));
  w.bool((o.remove === undefined ? false : o.remove));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterClientQuotasRequest of version `v`. */
export function decodeAlterClientQuotasRequest(r: Reader, v: number): AlterClientQuotasRequest {
  return readAlterClientQuotasRequest(r, v);
}

/** Encodes a AlterClientQuotasRequest of version `v`; missing fields take their defaults. */
export function encodeAlterClientQuotasRequest(w: Writer, v: number, o: Input<AlterClientQuotasRequest>): void {
  writeAlterClientQuotasRequest(w, v, o);
}
