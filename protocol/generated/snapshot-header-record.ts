// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** SnapshotHeaderRecord: versions and flexible versions. */
export const SnapshotHeaderRecordMeta = { name: 'SnapshotHeaderRecord', apiKey: -1, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** SnapshotHeaderRecord (generated from SnapshotHeaderRecord.json). */
export interface SnapshotHeaderRecord {
  version: number;
  lastContainedLogTimestamp: number;
}

/** A SnapshotHeaderRecord with every field at its schema default. */
export function defaultSnapshotHeaderRecord(): SnapshotHeaderRecord {
  return {
    version: 0,
    lastContainedLogTimestamp: 0,
  };
}

function readSnapshotHeaderRecord(r: Reader, v: number): SnapshotHeaderRecord {
  const flex = true;
  let _version: number = 0;
  _version = r.int16();
  let _lastContainedLogTimestamp: number = 0;
  _lastContainedLogTimestamp = r.int64();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { version: _version, lastContainedLogTimestamp: _lastContainedLogTimestamp };
}

function writeSnapshotHeaderRecord(w: Writer, v: number, o: Input<SnapshotHeaderRecord>): void {
  const flex = true;
  w.int16((o.version === undefined ? 0 : o.version));
  w.int64((o.lastContainedLogTimestamp === undefined ? 0 : o.lastContainedLogTimestamp));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a SnapshotHeaderRecord of version `v`. */
export function decodeSnapshotHeaderRecord(r: Reader, v: number): SnapshotHeaderRecord {
  return readSnapshotHeaderRecord(r, v);
}

/** Encodes a SnapshotHeaderRecord of version `v`; missing fields take their defaults. */
export function encodeSnapshotHeaderRecord(w: Writer, v: number, o: Input<SnapshotHeaderRecord>): void {
  writeSnapshotHeaderRecord(w, v, o);
}
