// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** RemoveRaftVoterResponse: versions and flexible versions. */
export const RemoveRaftVoterResponseMeta = { name: 'RemoveRaftVoterResponse', apiKey: 81, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** RemoveRaftVoterResponse (generated from RemoveRaftVoterResponse.json). */
export interface RemoveRaftVoterResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A RemoveRaftVoterResponse with every field at its schema default. */
export function defaultRemoveRaftVoterResponse(): RemoveRaftVoterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

function readRemoveRaftVoterResponse(r: Reader, v: number): RemoveRaftVoterResponse {
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

function writeRemoveRaftVoterResponse(w: Writer, v: number, o: Input<RemoveRaftVoterResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a RemoveRaftVoterResponse of version `v`. */
export function decodeRemoveRaftVoterResponse(r: Reader, v: number): RemoveRaftVoterResponse {
  return readRemoveRaftVoterResponse(r, v);
}

/** Encodes a RemoveRaftVoterResponse of version `v`; missing fields take their defaults. */
export function encodeRemoveRaftVoterResponse(w: Writer, v: number, o: Input<RemoveRaftVoterResponse>): void {
  writeRemoveRaftVoterResponse(w, v, o);
}
