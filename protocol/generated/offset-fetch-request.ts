// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** OffsetFetchRequest: versions and flexible versions. */
export const OffsetFetchRequestMeta = { name: 'OffsetFetchRequest', apiKey: 9, minVersion: 0, maxVersion: 9, flexibleMin: 6 } as const;

/** OffsetFetchRequest (generated from OffsetFetchRequest.json). */
export interface OffsetFetchRequest {
  groupId: string;
  topics: OffsetFetchRequestTopic[] | null;
  groups: OffsetFetchRequestGroup[];
  requireStable: boolean;
}

/** A OffsetFetchRequest with every field at its schema default. */
export function defaultOffsetFetchRequest(): OffsetFetchRequest {
  return {
    groupId: "",
    topics: [],
    groups: [],
    requireStable: false,
  };
}

function readOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  const flex = v >= 6;
  let _groupId: string = "";
  if (v <= 7) {
    _groupId = r.string(flex);
  }
  let _topics: OffsetFetchRequestTopic[] | null = [];
  if (v <= 7) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _topics = null;
    else {
      const a1: OffsetFetchRequestTopic[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readOffsetFetchRequestTopic(r, v);
      _topics = a1;
    }
  }
  let _groups: OffsetFetchRequestGroup[] = [];
  if (v >= 8) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _groups = [];
    else {
      const a3: OffsetFetchRequestGroup[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readOffsetFetchRequestGroup(r, v);
      _groups = a3;
    }
  }
  let _requireStable: boolean = false;
  if (v >= 7) {
    _requireStable = r.bool();
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
  return { groupId: _groupId, topics: _topics, groups: _groups, requireStable: _requireStable };
}

function writeOffsetFetchRequest(w: Writer, v: number, o: Input<OffsetFetchRequest>): void {
  const flex = v >= 6;
  if (v <= 7) {
    w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  } else {
    if (o.groupId !== undefined && o.groupId !== "") throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequest.groupId', v, '0-7');
  }
  if (v <= 7) {
    const a4 = (o.topics === undefined ? [] : o.topics);
    if (a4 === null || a4 === undefined) w.arrayLength(-1, flex);
    else {
      w.arrayLength(a4.length, flex);
      for (let i = 0; i < a4.length; i++) writeOffsetFetchRequestTopic(w, v, a4[i]);
    }
  } else {
    if (o.topics !== undefined && o.topics !== null && o.topics.length > 0) throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequest.topics', v, '0-7');
  }
  if (v >= 8) {
    const a5 = (o.groups === undefined ? [] : o.groups);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeOffsetFetchRequestGroup(w, v, a5[i]);
    }
  } else {
    if (o.groups !== undefined && o.groups !== null && o.groups.length > 0) throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequest.groups', v, '8+');
  }
  if (v >= 7) {
    w.bool((o.requireStable === undefined ? false : o.requireStable));
  } else {
    if (o.requireStable !== undefined && o.requireStable !== false) throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequest.requireStable', v, '7+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetFetchRequestTopic (generated from OffsetFetchRequest.json). */
export interface OffsetFetchRequestTopic {
  name: string;
  partitionIndexes: number[];
}

/** A OffsetFetchRequestTopic with every field at its schema default. */
export function defaultOffsetFetchRequestTopic(): OffsetFetchRequestTopic {
  return {
    name: "",
    partitionIndexes: [],
  };
}

function readOffsetFetchRequestTopic(r: Reader, v: number): OffsetFetchRequestTopic {
  const flex = v >= 6;
  let _name: string = "";
  if (v <= 7) {
    _name = r.string(flex);
  }
  let _partitionIndexes: number[] = [];
  if (v <= 7) {
    const n6 = r.arrayLength(flex);
    if (n6 < 0) _partitionIndexes = [];
    else {
      const a7: number[] = new Array(n6);
      for (let i = 0; i < n6; i++) a7[i] = r.int32();
      _partitionIndexes = a7;
    }
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
  return { name: _name, partitionIndexes: _partitionIndexes };
}

function writeOffsetFetchRequestTopic(w: Writer, v: number, o: Input<OffsetFetchRequestTopic>): void {
  const flex = v >= 6;
  if (v <= 7) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequestTopic.name', v, '0-7');
  }
  if (v <= 7) {
    const a8 = (o.partitionIndexes === undefined ? [] : o.partitionIndexes);
    if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a8.length, flex);
      for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
    }
  } else {
    if (o.partitionIndexes !== undefined && o.partitionIndexes !== null && o.partitionIndexes.length > 0) throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequestTopic.partitionIndexes', v, '0-7');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetFetchRequestGroup (generated from OffsetFetchRequest.json). */
export interface OffsetFetchRequestGroup {
  groupId: string;
  memberId: string | null;
  memberEpoch: number;
  topics: OffsetFetchRequestTopics[] | null;
}

/** A OffsetFetchRequestGroup with every field at its schema default. */
export function defaultOffsetFetchRequestGroup(): OffsetFetchRequestGroup {
  return {
    groupId: "",
    memberId: null,
    memberEpoch: -1,
    topics: [],
  };
}

function readOffsetFetchRequestGroup(r: Reader, v: number): OffsetFetchRequestGroup {
  const flex = v >= 6;
  let _groupId: string = "";
  if (v >= 8) {
    _groupId = r.string(flex);
  }
  let _memberId: string | null = null;
  if (v >= 9) {
    _memberId = r.nullableString(flex);
  }
  let _memberEpoch: number = -1;
  if (v >= 9) {
    _memberEpoch = r.int32();
  }
  let _topics: OffsetFetchRequestTopics[] | null = [];
  if (v >= 8) {
    const n9 = r.arrayLength(flex);
    if (n9 < 0) _topics = null;
    else {
      const a10: OffsetFetchRequestTopics[] = new Array(n9);
      for (let i = 0; i < n9; i++) a10[i] = readOffsetFetchRequestTopics(r, v);
      _topics = a10;
    }
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
  return { groupId: _groupId, memberId: _memberId, memberEpoch: _memberEpoch, topics: _topics };
}

function writeOffsetFetchRequestGroup(w: Writer, v: number, o: Input<OffsetFetchRequestGroup>): void {
  const flex = v >= 6;
  if (v >= 8) {
    w.string((o.groupId === undefined ? "" : o.groupId) ?? '', flex);
  } else {
    if (o.groupId !== undefined && o.groupId !== "") throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequestGroup.groupId', v, '8+');
  }
  if (v >= 9) {
    w.nullableString((o.memberId === undefined ? null : o.memberId), flex);
  }
  if (v >= 9) {
    w.int32((o.memberEpoch === undefined ? -1 : o.memberEpoch));
  }
  if (v >= 8) {
    const a11 = (o.topics === undefined ? [] : o.topics);
    if (a11 === null || a11 === undefined) w.arrayLength(-1, flex);
    else {
      w.arrayLength(a11.length, flex);
      for (let i = 0; i < a11.length; i++) writeOffsetFetchRequestTopics(w, v, a11[i]);
    }
  } else {
    if (o.topics !== undefined && o.topics !== null && o.topics.length > 0) throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequestGroup.topics', v, '8+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** OffsetFetchRequestTopics (generated from OffsetFetchRequest.json). */
export interface OffsetFetchRequestTopics {
  name: string;
  partitionIndexes: number[];
}

/** A OffsetFetchRequestTopics with every field at its schema default. */
export function defaultOffsetFetchRequestTopics(): OffsetFetchRequestTopics {
  return {
    name: "",
    partitionIndexes: [],
  };
}

function readOffsetFetchRequestTopics(r: Reader, v: number): OffsetFetchRequestTopics {
  const flex = v >= 6;
  let _name: string = "";
  if (v >= 8) {
    _name = r.string(flex);
  }
  let _partitionIndexes: number[] = [];
  if (v >= 8) {
    const n12 = r.arrayLength(flex);
    if (n12 < 0) _partitionIndexes = [];
    else {
      const a13: number[] = new Array(n12);
      for (let i = 0; i < n12; i++) a13[i] = r.int32();
      _partitionIndexes = a13;
    }
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
  return { name: _name, partitionIndexes: _partitionIndexes };
}

function writeOffsetFetchRequestTopics(w: Writer, v: number, o: Input<OffsetFetchRequestTopics>): void {
  const flex = v >= 6;
  if (v >= 8) {
    w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  } else {
    if (o.name !== undefined && o.name !== "") throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequestTopics.name', v, '8+');
  }
  if (v >= 8) {
    const a14 = (o.partitionIndexes === undefined ? [] : o.partitionIndexes);
    if (a14 === null || a14 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a14.length, flex);
      for (let i = 0; i < a14.length; i++) w.int32(a14[i]);
    }
  } else {
    if (o.partitionIndexes !== undefined && o.partitionIndexes !== null && o.partitionIndexes.length > 0) throw new UnsupportedVersionError('OffsetFetchRequest', 'OffsetFetchRequestTopics.partitionIndexes', v, '8+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a OffsetFetchRequest of version `v`. */
export function decodeOffsetFetchRequest(r: Reader, v: number): OffsetFetchRequest {
  return readOffsetFetchRequest(r, v);
}

/** Encodes a OffsetFetchRequest of version `v`; missing fields take their defaults. */
export function encodeOffsetFetchRequest(w: Writer, v: number, o: Input<OffsetFetchRequest>): void {
  writeOffsetFetchRequest(w, v, o);
}
