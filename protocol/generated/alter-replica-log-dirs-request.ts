// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** AlterReplicaLogDirsRequest: versions and flexible versions. */
export const AlterReplicaLogDirsRequestMeta = { name: 'AlterReplicaLogDirsRequest', apiKey: 34, minVersion: 0, maxVersion: 2, flexibleMin: 2 } as const;

/** AlterReplicaLogDirsRequest (generated from AlterReplicaLogDirsRequest.json). */
export interface AlterReplicaLogDirsRequest {
  dirs: AlterReplicaLogDir[];
}

/** A AlterReplicaLogDirsRequest with every field at its schema default. */
export function defaultAlterReplicaLogDirsRequest(): AlterReplicaLogDirsRequest {
  return {
    dirs: [],
  };
}

function readAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
  const flex = v >= 2;
  let _dirs: AlterReplicaLogDir[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _dirs = [];
  else {
    const a1: AlterReplicaLogDir[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readAlterReplicaLogDir(r, v);
    _dirs = a1;
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
  return { dirs: _dirs };
}

function writeAlterReplicaLogDirsRequest(w: Writer, v: number, o: Input<AlterReplicaLogDirsRequest>): void {
  const flex = v >= 2;
  const a2 = (o.dirs === undefined ? [] : o.dirs);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeAlterReplicaLogDir(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AlterReplicaLogDir (generated from AlterReplicaLogDirsRequest.json). */
export interface AlterReplicaLogDir {
  path: string;
  topics: AlterReplicaLogDirTopic[];
}

/** A AlterReplicaLogDir with every field at its schema default. */
export function defaultAlterReplicaLogDir(): AlterReplicaLogDir {
  return {
    path: "",
    topics: [],
  };
}

function readAlterReplicaLogDir(r: Reader, v: number): AlterReplicaLogDir {
  const flex = v >= 2;
  let _path: string = "";
  _path = r.string(flex);
  let _topics: AlterReplicaLogDirTopic[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _topics = [];
  else {
    const a4: AlterReplicaLogDirTopic[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readAlterReplicaLogDirTopic(r, v);
    _topics = a4;
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
  return { path: _path, topics: _topics };
}

function writeAlterReplicaLogDir(w: Writer, v: number, o: Input<AlterReplicaLogDir>): void {
  const flex = v >= 2;
  w.string((o.path === undefined ? "" : o.path) ?? '', flex);
  const a5 = (o.topics === undefined ? [] : o.topics);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeAlterReplicaLogDirTopic(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AlterReplicaLogDirTopic (generated from AlterReplicaLogDirsRequest.json). */
export interface AlterReplicaLogDirTopic {
  name: string;
  partitions: number[];
}

/** A AlterReplicaLogDirTopic with every field at its schema default. */
export function defaultAlterReplicaLogDirTopic(): AlterReplicaLogDirTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readAlterReplicaLogDirTopic(r: Reader, v: number): AlterReplicaLogDirTopic {
  const flex = v >= 2;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: number[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: number[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = r.int32();
    _partitions = a7;
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
  return { name: _name, partitions: _partitions };
}

function writeAlterReplicaLogDirTopic(w: Writer, v: number, o: Input<AlterReplicaLogDirTopic>): void {
  const flex = v >= 2;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AlterReplicaLogDirsRequest of version `v`. */
export function decodeAlterReplicaLogDirsRequest(r: Reader, v: number): AlterReplicaLogDirsRequest {
  return readAlterReplicaLogDirsRequest(r, v);
}

/** Encodes a AlterReplicaLogDirsRequest of version `v`; missing fields take their defaults. */
export function encodeAlterReplicaLogDirsRequest(w: Writer, v: number, o: Input<AlterReplicaLogDirsRequest>): void {
  writeAlterReplicaLogDirsRequest(w, v, o);
}
