// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** AddRaftVoterResponse: versions and flexible versions. */
export const AddRaftVoterResponseMeta = { name: 'AddRaftVoterResponse', apiKey: 80, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** AddRaftVoterResponse (generated from AddRaftVoterResponse.json). */
export interface AddRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A AddRaftVoterResponse with every field at its schema default. */
export function defaultAddRaftVoterResponse(): AddRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

function readAddRaftVoterResponse(r: Reader, v: number): AddRaftVoterResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writeAddRaftVoterResponse(w: Writer, v: number, o: Input<AddRaftVoterResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AddRaftVoterResponse of version `v`. */
export function decodeAddRaftVoterResponse(r: Reader, v: number): AddRaftVoterResponse {
  return readAddRaftVoterResponse(r, v);
}

/** Encodes a AddRaftVoterResponse of version `v`; missing fields take their defaults. */
export function encodeAddRaftVoterResponse(w: Writer, v: number, o: Input<AddRaftVoterResponse>): void {
  writeAddRaftVoterResponse(w, v, o);
}
