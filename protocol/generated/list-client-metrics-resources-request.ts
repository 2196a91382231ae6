// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ListClientMetricsResourcesRequest: versions and flexible versions. */
export const ListClientMetricsResourcesRequestMeta = { name: 'ListClientMetricsResourcesRequest', apiKey: 74, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ListClientMetricsResourcesRequest (generated from ListClientMetricsResourcesRequest.json). */
export interface ListClientMetricsResourcesRequest {
}

/** A ListClientMetricsResourcesRequest with every field at its schema default. */
export function defaultListClientMetricsResourcesRequest(): ListClientMetricsResourcesRequest {
  return {
  };
}

function readListClientMetricsResourcesRequest(r: Reader, v: number): ListClientMetricsResourcesRequest {
  const flex = true;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return {  };
}

function writeListClientMetricsResourcesRequest(w: Writer, v: number, o: Input<ListClientMetricsResourcesRequest>): void {
  const flex = true;
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListClientMetricsResourcesRequest of version `v`. */
export function decodeListClientMetricsResourcesRequest(r: Reader, v: number): ListClientMetricsResourcesRequest {
  return readListClientMetricsResourcesRequest(r, v);
}

/** Encodes a ListClientMetricsResourcesRequest of version `v`; missing fields take their defaults. */
export function encodeListClientMetricsResourcesRequest(w: Writer, v: number, o: Input<ListClientMetricsResourcesRequest>): void {
  writeListClientMetricsResourcesRequest(w, v, o);
}
