// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** HeartbeatRequest: versions and flexible versions. */
export const HeartbeatRequestMeta = { name: 'HeartbeatRequest', apiKey: 12, minVersion: 0, maxVersion: 4, flexibleMin: 4 } as const;

/** HeartbeatRequest (generated from HeartbeatRequest.json). */
export interface HeartbeatRequest {
  groupId: string;
  generationId: number;
  memberId: string;
  groupInstanceId: string | null;
}

/** A HeartbeatRequest with every field at its schema default. */
export function defaultHeartbeatRequest(): HeartbeatRequest {
  return {
    groupId: "",
    generationId: 0,
    memberId: "",
    groupInstanceId: null,
  };
}

function readHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  const flex = v >= 4;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _generationId: number = 0;
  _generationId = r.int32();
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _groupInstanceId: string | null = null;
  if (v >= 3) {
    _groupInstanceId = r.nullableString(flex);
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
  return { groupId: _groupId, generationId: _generationId, memberId: _memberId, groupInstanceId: _groupInstanceId };
}

function writeHeartbeatRequest(w: Writer, v: number, o: Input<HeartbeatRequest>): void {
  const flex = v >= 4;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.int32((o.generationId === undefined ? 0 : o.generationId));
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  if (v >= 3) {
    w.nullableString((o.groupInstanceId === undefined ? null : o.groupInstanceId), flex);
  } else {
    if (o.groupInstanceId !== undefined && o.groupInstanceId !== null) throw new UnsupportedVersionError('HeartbeatRequest', 'HeartbeatRequest.groupInstanceId', v, '3+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a HeartbeatRequest of version `v`. */
export function decodeHeartbeatRequest(r: Reader, v: number): HeartbeatRequest {
  return readHeartbeatRequest(r, v);
}

/** Encodes a HeartbeatRequest of version `v`; missing fields take their defaults. */
export function encodeHeartbeatRequest(w: Writer, v: number, o: Input<HeartbeatRequest>): void {
  writeHeartbeatRequest(w, v, o);
}
