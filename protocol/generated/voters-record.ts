// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** VotersRecord: versions and flexible versions. */
export const VotersRecordMeta = { name: 'VotersRecord', apiKey: -1, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** VotersRecord (generated from VotersRecord.json). */
export interface VotersRecord {
  version: number;
  voters: Voter[];
}

/** A VotersRecord with every field at its schema default. */
export function defaultVotersRecord(): VotersRecord {
  return {
    version: 0,
    voters: [],
  };
}

function readVotersRecord(r: Reader, v: number): VotersRecord {
  const flex = true;
  let _version: number = 0;
  _version = r.int16();
  let _voters: Voter[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _voters = [];
  else {
    const a1: Voter[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readVoter(r, v);
    _voters = a1;
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
  return { version: _version, voters: _voters };
}

function writeVotersRecord(w: Writer, v: number, o: Input<VotersRecord>): void {
  const flex = true;
  w.int16((o.version === undefined ? 0 : o.version));
  const a2 = (o.voters === undefined ? [] : o.voters);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeVoter(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Voter (generated from VotersRecord.json). */
export interface Voter {
  voterId: number;
  voterDirectoryId: string;
  endpoints: Endpoint[];
  kRaftVersionFeature: KRaftVersionFeature;
}

/** A Voter with every field at its schema default. */
export function defaultVoter(): Voter {
  return {
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    endpoints: [],
    kRaftVersionFeature: defaultKRaftVersionFeature(),
  };
}

function readVoter(r: Reader, v: number): Voter {
  const flex = true;
  let _voterId: number = 0;
  _voterId = r.int32();
  let _voterDirectoryId: string = ZERO_UUID;
  _voterDirectoryId = r.uuid();
  let _endpoints: Endpoint[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _endpoints = [];
  else {
    const a4: Endpoint[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readEndpoint(r, v);
    _endpoints = a4;
  }
  let _kRaftVersionFeature: KRaftVersionFeature = defaultKRaftVersionFeature();
  _kRaftVersionFeature = readKRaftVersionFeature(r, v);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { voterId: _voterId, voterDirectoryId: _voterDirectoryId, endpoints: _endpoints, kRaftVersionFeature: _kRaftVersionFeature };
}

function writeVoter(w: Writer, v: number, o: Input<Voter>): void {
  const flex = true;
  w.int32((o.voterId === undefined ? 0 : o.voterId));
  w.uuid((o.voterDirectoryId === undefined ? ZERO_UUID : o.voterDirectoryId));
  const a5 = (o.endpoints === undefined ? [] : o.endpoints);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeEndpoint(w, v, a5[i]);
  }
  writeKRaftVersionFeature(w, v, (o.kRaftVersionFeature === undefined ? defaultKRaftVersionFeature() : o.kRaftVersionFeature) ?? {});
  if (flex) {
    w.uvarint(0);
  }
}

/** Endpoint (generated from VotersRecord.json). */
export interface Endpoint {
  name: string;
  host: string;
  port: number;
}

/** A Endpoint with every field at its schema default. */
export function defaultEndpoint(): Endpoint {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

function readEndpoint(r: Reader, v: number): Endpoint {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
  let _host: string = "";
  _host = r.string(flex);
  let _port: number = 0;
  _port = r.uint16();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name, host: _host, port: _port };
}

function writeEndpoint(w: Writer, v: number, o: Input<Endpoint>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.uint16((o.port === undefined ? 0 : o.port));
  if (flex) {
    w.uvarint(0);
  }
}

/** KRaftVersionFeature (generated from VotersRecord.json). */
export interface KRaftVersionFeature {
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

/** A KRaftVersionFeature with every field at its schema default. */
export function defaultKRaftVersionFeature(): KRaftVersionFeature {
  return {
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

function readKRaftVersionFeature(r: Reader, v: number): KRaftVersionFeature {
  const flex = true;
  let _minSupportedVersion: number = 0;
  _minSupportedVersion = r.int16();
  let _maxSupportedVersion: number = 0;
  _maxSupportedVersion = r.int16();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { minSupportedVersion: _minSupportedVersion, maxSupportedVersion: _maxSupportedVersion };
}

function writeKRaftVersionFeature(w: Writer, v: number, o: Input<KRaftVersionFeature>): void {
  const flex = true;
  w.int16((o.minSupportedVersion === undefined ? 0 : o.minSupportedVersion));
  w.int16((o.maxSupportedVersion === undefined ? 0 : o.maxSupportedVersion));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a VotersRecord of version `v`. */
export function decodeVotersRecord(r: Reader, v: number): VotersRecord {
  return readVotersRecord(r, v);
}

/** Encodes a VotersRecord of version `v`; missing fields take their defaults. */
export function encodeVotersRecord(w: Writer, v: number, o: Input<VotersRecord>): void {
  writeVotersRecord(w, v, o);
}
