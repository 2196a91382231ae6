// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ApiVersionsRequest: versions and flexible versions. */
export const ApiVersionsRequestMeta = { name: 'ApiVersionsRequest', apiKey: 18, minVersion: 0, maxVersion: 4, flexibleMin: 3 } as const;

/** ApiVersionsRequest (generated from ApiVersionsRequest.json). */
export interface ApiVersionsRequest {
  clientSoftwareName: string;
  clientSoftwareVersion: string;
}

/** A ApiVersionsRequest with every field at its schema default. */
export function defaultApiVersionsRequest(): ApiVersionsRequest {
  return {
    clientSoftwareName: "",
    clientSoftwareVersion: "",
  };
}

function readApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  const flex = v >= 3;
  let _clientSoftwareName: string = "";
  if (v >= 3) {
    _clientSoftwareName = r.string(flex);
  }
  let _clientSoftwareVersion: string = "";
  if (v >= 3) {
    _clientSoftwareVersion = r.string(flex);
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
  return { clientSoftwareName: _clientSoftwareName, clientSoftwareVersion: _clientSoftwareVersion };
}

function writeApiVersionsRequest(w: Writer, v: number, o: Input<ApiVersionsRequest>): void {
  const flex = v >= 3;
  if (v >= 3) {
    w.string((o.clientSoftwareName === undefined ? "" : o.clientSoftwareName) ?? '', flex);
  }
  if (v >= 3) {
    w.string((o.clientSoftwareVersion === undefined ? "" : o.clientSoftwareVersion) ?? '', flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ApiVersionsRequest of version `v`. */
export function decodeApiVersionsRequest(r: Reader, v: number): ApiVersionsRequest {
  return readApiVersionsRequest(r, v);
}

/** Encodes a ApiVersionsRequest of version `v`; missing fields take their defaults. */
export function encodeApiVersionsRequest(w: Writer, v: number, o: Input<ApiVersionsRequest>): void {
  writeApiVersionsRequest(w, v, o);
}
