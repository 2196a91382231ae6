// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** KRaftVersionRecord: versions and flexible versions. */
export const KRaftVersionRecordMeta = { name: 'KRaftVersionRecord', apiKey: -1, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** KRaftVersionRecord (generated from KRaftVersionRecord.json). */
export interface KRaftVersionRecord {
  version: number;
  kRaftVersion: number;
}

/** A KRaftVersionRecord with every field at its schema default. */
export function defaultKRaftVersionRecord(): KRaftVersionRecord {
  return {
    version: 0,
    kRaftVersion: 0,
  };
}

function readKRaftVersionRecord(r: Reader, v: number): KRaftVersionRecord {
  const flex = true;
  let _version: number = 0;
  _version = r.int16();
  let _kRaftVersion: number = 0;
  _kRaftVersion = r.int16();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { version: _version, kRaftVersion: _kRaftVersion };
}

function writeKRaftVersionRecord(w: Writer, v: number, o: Input<KRaftVersionRecord>): void {
  const flex = true;
  w.int16((o.version === undefined ? 0 : o.version));
  w.int16((o.kRaftVersion === undefined ? 0 : o.kRaftVersion));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a KRaftVersionRecord of version `v`. */
export function decodeKRaftVersionRecord(r: Reader, v: number): KRaftVersionRecord {
  return readKRaftVersionRecord(r, v);
}

/** Encodes a KRaftVersionRecord of version `v`; missing fields take their defaults. */
export function encodeKRaftVersionRecord(w: Writer, v: number, o: Input<KRaftVersionRecord>): void {
  writeKRaftVersionRecord(w, v, o);
}
