// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ShareGroupHeartbeatRequest: versions and flexible versions. */
export const ShareGroupHeartbeatRequestMeta = { name: 'ShareGroupHeartbeatRequest', apiKey: 76, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ShareGroupHeartbeatRequest (generated from ShareGroupHeartbeatRequest.json). */
export interface ShareGroupHeartbeatRequest {
  groupId: string;
  memberId: string;
  memberEpoch: number;
  rackId: string | null;
  subscribedTopicNames: string[] | null;
}

/** A ShareGroupHeartbeatRequest with every field at its schema default. */
export function defaultShareGroupHeartbeatRequest(): ShareGroupHeartbeatRequest {
  return {
    groupId: "",
    memberId: "",
    memberEpoch: 0,
    rackId: null,
    subscribedTopicNames: null,
  };
}

function readShareGroupHeartbeatRequest(r: Reader, v: number): ShareGroupHeartbeatRequest {
  const flex = true;
  let _groupId: string = "";
  _groupId = r.string(flex);
  let _memberId: string = "";
  _memberId = r.string(flex);
  let _memberEpoch: number = 0;
  _memberEpoch = r.int32();
  let _rackId: string | null = null;
  _rackId = r.nullableString(flex);
  let _subscribedTopicNames: string[] | null = null;
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _subscribedTopicNames = null;
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _subscribedTopicNames = a1;
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
  return { groupId: _groupId, memberId: _memberId, memberEpoch: _memberEpoch, rackId: _rackId, subscribedTopicNames: _subscribedTopicNames };
}

function writeShareGroupHeartbeatRequest(w: Writer, v: number, o: Input<ShareGroupHeartbeatRequest>): void {
  const flex = true;
  w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  w.string((o.memberId === undefined ? "" : o.memberId) ?? '', flex);
  w.int32((o.memberEpoch === undefined ? 0 : o.memberEpoch));
  w.nullableString((o.rackId === undefined ? null : o.rackId), flex);
  const a2 = (o.subscribedTopicNames === undefined ? null : o.subscribedTopicNames);
  if (a2 === null || a2 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) w.string(a2[i] ?? '', flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ShareGroupHeartbeatRequest of version `v`. */
export function decodeShareGroupHeartbeatRequest(r: Reader, v: number): ShareGroupHeartbeatRequest {
  return readShareGroupHeartbeatRequest(r, v);
}

/** Encodes a ShareGroupHeartbeatRequest of version `v`; missing fields take their defaults. */
export function encodeShareGroupHeartbeatRequest(w: Writer, v: number, o: Input<ShareGroupHeartbeatRequest>): void {
  writeShareGroupHeartbeatRequest(w, v, o);
}
