// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** UpdateMetadataResponse: versions and flexible versions. */
export const UpdateMetadataResponseMeta = { name: 'UpdateMetadataResponse', apiKey: 6, minVersion: 0, maxVersion: 8, flexibleMin: 6 } as const;

/** UpdateMetadataResponse (generated from UpdateMetadataResponse.json). */
export interface UpdateMetadataResponse {
  errorCode: ErrorCode;
}

/** A UpdateMetadataResponse with every field at its schema default. */
export function defaultUpdateMetadataResponse(): UpdateMetadataResponse {
  return {
    errorCode: 0,
  };
}

function readUpdateMetadataResponse(r: Reader, v: number): UpdateMetadataResponse {
  const flex = v >= 6;
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { errorCode: _errorCode };
}

function writeUpdateMetadataResponse(w: Writer, v: number, o: Input<UpdateMetadataResponse>): void {
  const flex = v >= 6;
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a UpdateMetadataResponse of version `v`. */
export function decodeUpdateMetadataResponse(r: Reader, v: number): UpdateMetadataResponse {
  return readUpdateMetadataResponse(r, v);
}

/** Encodes a UpdateMetadataResponse of version `v`; missing fields take their defaults. */
export function encodeUpdateMetadataResponse(w: Writer, v: number, o: Input<UpdateMetadataResponse>): void {
  writeUpdateMetadataResponse(w, v, o);
}
