// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** SnapshotFooterRecord: versions and flexible versions. */
export const SnapshotFooterRecordMeta = { name: 'SnapshotFooterRecord', apiKey: -1, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** SnapshotFooterRecord (generated from SnapshotFooterRecord.json). */
export interface SnapshotFooterRecord {
  version: number;
}

/** A SnapshotFooterRecord with every field at its schema default. */
export function defaultSnapshotFooterRecord(): SnapshotFooterRecord {
  return {
    version: 0,
  };
}

function readSnapshotFooterRecord(r: Reader, v: number): SnapshotFooterRecord {
  const flex = true;
  let _version: number = 0;
  _version = r.int16();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { version: _version };
}

function writeSnapshotFooterRecord(w: Writer, v: number, o: Input<SnapshotFooterRecord>): void {
  const flex = true;
  w.int16((o.version === undefined ? 0 : o.version));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a SnapshotFooterRecord of version `v`. */
export function decodeSnapshotFooterRecord(r: Reader, v: number): SnapshotFooterRecord {
  return readSnapshotFooterRecord(r, v);
}

/** Encodes a SnapshotFooterRecord of version `v`; missing fields take their defaults. */
export function encodeSnapshotFooterRecord(w: Writer, v: number, o: Input<SnapshotFooterRecord>): void {
  writeSnapshotFooterRecord(w, v, o);
}
