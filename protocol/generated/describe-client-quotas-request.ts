// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** DescribeClientQuotasRequest: versions and flexible versions. */
export const DescribeClientQuotasRequestMeta = { name: 'DescribeClientQuotasRequest', apiKey: 48, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** DescribeClientQuotasRequest (generated from DescribeClientQuotasRequest.json). */
export interface DescribeClientQuotasRequest {
  components: ComponentData[];
  strict: boolean;
}

/** A DescribeClientQuotasRequest with every field at its schema default. */
export function defaultDescribeClientQuotasRequest(): DescribeClientQuotasRequest {
  return {
    components: [],
    strict: false,
  };
}

function readDescribeClientQuotasRequest(r: Reader, v: number): DescribeClientQuotasRequest {
  const flex = v >= 1;
  let _components: ComponentData[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _components = [];
  else {
    const a1: ComponentData[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readComponentData(r, v);
    _components = a1;
  }
  let _strict: boolean = false;
  _strict = r.bool();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { components: _components, strict: _strict };
}

function writeDescribeClientQuotasRequest(w: Writer, v: number, o: Input<DescribeClientQuotasRequest>): void {
  const flex = v >= 1;
  const a2 = (o.components === undefined ? [] : o.components);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeComponentData(w, v, a2[i]);
  }
  w.bool((o.strict === undefined ? false : o.strict));
  if (flex) {
    w.uvarint(0);
  }
}

/** ComponentData (generated from DescribeClientQuotasRequest.json). */
export interface ComponentData {
  entityType: string;
  matchType: number;
  match: string | null;
}

/** A ComponentData with every field at its schema default. */
export function defaultComponentData(): ComponentData {
  return {
    entityType: "",
    matchType: 0,
    match: "",
  };
}

function readComponentData(r: Reader, v: number): ComponentData {
  const flex = v >= 1;
  let _entityType: string = "";
  _entityType = r.string(flex);
  let _matchType: number = 0;
  _matchType = r.int8();
  let _match: string | null = "";
  _match = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { entityType: _entityType, matchType: _matchType, match: _match };
}

function writeComponentData(w: Writer, v: number, o: Input<ComponentData>): void {
  const flex = v >= 1;
  w.string((o.entityType === undefined ? "" : o.entityType) ?? '', flex);
  w.int8((o.matchType === undefined ? 0 : o.matchType));
  w.nullableString((o.match === undefined ? "" : o.match), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeClientQuotasRequest of version `v`. */
export function decodeDescribeClientQuotasRequest(r: Reader, v: number): DescribeClientQuotasRequest {
  return readDescribeClientQuotasRequest(r, v);
}

/** Encodes a DescribeClientQuotasRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeClientQuotasRequest(w: Writer, v: number, o: Input<DescribeClientQuotasRequest>): void {
  writeDescribeClientQuotasRequest(w, v, o);
}
