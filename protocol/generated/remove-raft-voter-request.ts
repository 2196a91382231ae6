// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** RemoveRaftVoterRequest: versions and flexible versions. */
export const RemoveRaftVoterRequestMeta = { name: 'RemoveRaftVoterRequest', apiKey: 81, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** RemoveRaftVoterRequest (generated from RemoveRaftVoterRequest.json). */
export interface RemoveRaftVoterRequest {
  clusterId: string | null;
  voterId: number;
  voterDirectoryId: string;
}

/** A RemoveRaftVoterRequest with every field at its schema default. */
export function defaultRemoveRaftVoterRequest(): RemoveRaftVoterRequest {
  return {
    clusterId: "",
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
  };
}

function readRemoveRaftVoterRequest(r: Reader, v: number): RemoveRaftVoterRequest {
  const flex = true;
  let _clusterId: string | null = "";
  _clusterId = r.nullableString(flex);
  let _voterId: number = 0;
  _voterId = r.int32();
  let _voterDirectoryId: string = ZERO_UUID;
  _voterDirectoryId = r.uuid();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { clusterId: _clusterId, voterId: _voterId, voterDirectoryId: _voterDirectoryId };
}

function writeRemoveRaftVoterRequest(w: Writer, v: number, o: Input<RemoveRaftVoterRequest>): void {
  const flex = true;
  w.nullableString((o.clusterId === undefined ? "" : o.clusterId), flex);
  w.int32((o.voterId === undefined ? 0 : o.voterId));
  w.uuid((o.voterDirectoryId === undefined ? ZERO_UUID : o.voterDirectoryId));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a RemoveRaftVoterRequest of version `v`. */
export function decodeRemoveRaftVoterRequest(r: Reader, v: number): RemoveRaftVoterRequest {
  return readRemoveRaftVoterRequest(r, v);
}

/** Encodes a RemoveRaftVoterRequest of version `v`; missing fields take their defaults. */
export function encodeRemoveRaftVoterRequest(w: Writer, v: number, o: Input<RemoveRaftVoterRequest>): void {
  writeRemoveRaftVoterRequest(w, v, o);
}
