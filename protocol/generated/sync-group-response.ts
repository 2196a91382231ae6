// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

const EMPTY = Buffer.alloc(0);

/** SyncGroupResponse: versions and flexible versions. */
export const SyncGroupResponseMeta = { name: 'SyncGroupResponse', apiKey: 14, minVersion: 0, maxVersion: 5, flexibleMin: 4 } as const;

/** SyncGroupResponse (generated from SyncGroupResponse.json). */
export interface SyncGroupResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  protocolType: string | null;
  protocolName: string | null;
  assignment: Buffer;
}

/** A SyncGroupResponse with every field at its schema default. */
export function defaultSyncGroupResponse(): SyncGroupResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    protocolType: null,
    protocolName: null,
    assignment: EMPTY,
  };
}

function readSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  const flex = v >= 4;
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
  }
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _protocolType: string | null = null;
  if (v >= 5) {
    _protocolType = r.nullableString(flex);
  }
  let _protocolName: string | null = null;
  if (v >= 5) {
    _protocolName = r.nullableString(flex);
  }
  let _assignment: Buffer = EMPTY;
  _assignment = r.bytes(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, protocolType: _protocolType, protocolName: _protocolName, assignment: _assignment };
}

function writeSyncGroupResponse(w: Writer, v: number, o: Input<SyncGroupResponse>): void {
  const flex = v >= 4;
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  if (v >= 5) {
    w.nullableString((o.protocolType === undefined ? null : o.protocolType), flex);
  }
  if (v >= 5) {
    w.nullableString((o.protocolName === undefined ? null : o.protocolName), flex);
  }
  w.bytes((o.assignment === undefined ? EMPTY : o.assignment) ?? EMPTY, flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a SyncGroupResponse of version `v`. */
export function decodeSyncGroupResponse(r: Reader, v: number): SyncGroupResponse {
  return readSyncGroupResponse(r, v);
}

/** Encodes a SyncGroupResponse of version `v`; missing fields take their defaults. */
export function encodeSyncGroupResponse(w: Writer, v: number, o: Input<SyncGroupResponse>): void {
  writeSyncGroupResponse(w, v, o);
}
