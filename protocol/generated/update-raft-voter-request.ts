// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** UpdateRaftVoterRequest: versions and flexible versions. */
export const UpdateRaftVoterRequestMeta = { name: 'UpdateRaftVoterRequest', apiKey: 82, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** UpdateRaftVoterRequest (generated from UpdateRaftVoterRequest.json). */
export interface UpdateRaftVoterRequest {
  clusterId: string | null;
  currentLeaderEpoch: number;
  voterId: number;
  voterDirectoryId: string;
  listeners: Listener[];
  kRaftVersionFeature: KRaftVersionFeature;
}

/** A UpdateRaftVoterRequest with every field at its schema default. */
export function defaultUpdateRaftVoterRequest(): UpdateRaftVoterRequest {
  return {
    clusterId: "",
    currentLeaderEpoch: 0,
    voterId: 0,
    voterDirectoryId: ZERO_UUID,
    listeners: [],
    kRaftVersionFeature: defaultKRaftVersionFeature(),
  };
}

function readUpdateRaftVoterRequest(r: Reader, v: number): UpdateRaftVoterRequest {
  const flex = true;
  let _clusterId: string | null = "";
  _clusterId = r.nullableString(flex);
  let _currentLeaderEpoch: number = 0;
  _currentLeaderEpoch = r.int32();
  let _voterId: number = 0;
  _voterId = r.int32();
  let _voterDirectoryId: string = ZERO_UUID;
  _voterDirectoryId = r.uuid();
  let _listeners: Listener[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _listeners = [];
  else {
    const a1: Listener[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readListener(r, v);
    _listeners = a1;
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
  return { clusterId: _clusterId, currentLeaderEpoch: _currentLeaderEpoch, voterId: _voterId, voterDirectoryId: _voterDirectoryId, listeners: _listeners, kRaftVersionFeature: _kRaftVersionFeature };
}

function writeUpdateRaftVoterRequest(w: Writer, v: number, o: Input<UpdateRaftVoterRequest>): void {
  const flex = true;
  w.nullableString((o.clusterId === undefined ? "" : o.clusterId), flex);
  w.int32((o.currentLeaderEpoch === undefined ? 0 : o.currentLeaderEpoch));
  w.int32((o.voterId === undefined ? 0 : o.voterId));
  w.uuid((o.voterDirectoryId === undefined ? ZERO_UUID : o.voterDirectoryId));
  const a2 = (o.listeners === undefined ? [] : o.listeners);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeListener(w, v, a2[i]);
  }
  writeKRaftVersionFeature(w, v, (o.kRaftVersionFeature === undefined ? defaultKRaftVersionFeature() : o.kRaftVersionFeature) ?? {});
  if (flex) {
    w.uvarint(0);
  }
}

/** Listener (generated from UpdateRaftVoterRequest.json). */
export interface Listener {
  name: string;
  host: string;
  port: number;
}

/** A Listener with every field at its schema default. */
export function defaultListener(): Listener {
  return {
    name: "",
    host: "",
    port: 0,
  };
}

function readListener(r: Reader, v: number): Listener {
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

function writeListener(w: Writer, v: number, o: Input<Listener>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.uint16((o.port === undefined ? 0 : o.port));
  if (flex) {
    w.uvarint(0);
  }
}

/** KRaftVersionFeature (generated from UpdateRaftVoterRequest.json). */
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

/** Decodes a UpdateRaftVoterRequest of version `v`. */
export function decodeUpdateRaftVoterRequest(r: Reader, v: number): UpdateRaftVoterRequest {
  return readUpdateRaftVoterRequest(r, v);
}

/** Encodes a UpdateRaftVoterRequest of version `v`; missing fields take their defaults. */
export function encodeUpdateRaftVoterRequest(w: Writer, v: number, o: Input<UpdateRaftVoterRequest>): void {
  writeUpdateRaftVoterRequest(w, v, o);
}
