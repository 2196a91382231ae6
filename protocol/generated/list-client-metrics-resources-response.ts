// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ListClientMetricsResourcesResponse: versions and flexible versions. */
export const ListClientMetricsResourcesResponseMeta = { name: 'ListClientMetricsResourcesResponse', apiKey: 74, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ListClientMetricsResourcesResponse (generated from ListClientMetricsResourcesResponse.json). */
export interface ListClientMetricsResourcesResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  clientMetricsResources: ClientMetricsResource[];
}

/** A ListClientMetricsResourcesResponse with every field at its schema default. */
export function defaultListClientMetricsResourcesResponse(): ListClientMetricsResourcesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    clientMetricsResources: [],
  };
}

function readListClientMetricsResourcesResponse(r: Reader, v: number): ListClientMetricsResourcesResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _clientMetricsResources: ClientMetricsResource[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _clientMetricsResources = [];
  else {
    const a1: ClientMetricsResource[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readClientMetricsResource(r, v);
    _clientMetricsResources = a1;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, clientMetricsResources: _clientMetricsResources };
}

function writeListClientMetricsResourcesResponse(w: Writer, v: number, o: Input<ListClientMetricsResourcesResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a2 = (o.clientMetricsResources === undefined ? [] : o.clientMetricsResources);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeClientMetricsResource(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** ClientMetricsResource (generated from ListClientMetricsResourcesResponse.json). */
export interface ClientMetricsResource {
  name: string;
}

/** A ClientMetricsResource with every field at its schema default. */
export function defaultClientMetricsResource(): ClientMetricsResource {
  return {
    name: "",
  };
}

function readClientMetricsResource(r: Reader, v: number): ClientMetricsResource {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name };
}

function writeClientMetricsResource(w: Writer, v: number, o: Input<ClientMetricsResource>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListClientMetricsResourcesResponse of version `v`. */
export function decodeListClientMetricsResourcesResponse(r: Reader, v: number): ListClientMetricsResourcesResponse {
  return readListClientMetricsResourcesResponse(r, v);
}

/** Encodes a ListClientMetricsResourcesResponse of version `v`; missing fields take their defaults. */
export function encodeListClientMetricsResourcesResponse(w: Writer, v: number, o: Input<ListClientMetricsResourcesResponse>): void {
  writeListClientMetricsResourcesResponse(w, v, o);
}
