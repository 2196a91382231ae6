// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** BrokerRegistrationRequest: versions and flexible versions. */
export const BrokerRegistrationRequestMeta = { name: 'BrokerRegistrationRequest', apiKey: 62, minVersion: 0, maxVersion: 4, flexibleMin: 0 } as const;

/** BrokerRegistrationRequest (generated from BrokerRegistrationRequest.json). */
export interface BrokerRegistrationRequest {
  brokerId: number;
  clusterId: string;
  incarnationId: string;
  listeners: Listener[];
  features: Feature[];
  rack: string | null;
  isMigratingZkBroker: boolean;
  logDirs: string[];
  previousBrokerEpoch: number;
}

/** A BrokerRegistrationRequest with every field at its schema default. */
export function defaultBrokerRegistrationRequest(): BrokerRegistrationRequest {
  return {
    brokerId: 0,
    clusterId: "",
    incarnationId: ZERO_UUID,
    listeners: [],
    features: [],
    rack: "",
    isMigratingZkBroker: false,
    logDirs: [],
    previousBrokerEpoch: -1,
  };
}

function readBrokerRegistrationRequest(r: Reader, v: number): BrokerRegistrationRequest {
  const flex = true;
  let _brokerId: number = 0;
  _brokerId = r.int32();
  let _clusterId: string = "";
  _clusterId = r.string(flex);
  let _incarnationId: string = ZERO_UUID;
  _incarnationId = r.uuid();
  let _listeners: Listener[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _listeners = [];
  else {
    const a1: Listener[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readListener(r, v);
    _listeners = a1;
  }
  let _features: Feature[] = [];
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _features = [];
  else {
    const a3: Feature[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = readFeature(r, v);
    _features = a3;
  }
  let _rack: string | null = "";
  _rack = r.nullableString(flex);
  let _isMigratingZkBroker: boolean = false;
  if (v >= 1) {
    _isMigratingZkBroker = r.bool();
  }
  let _logDirs: string[] = [];
  if (v >= 2) {
    const n4 = r.arrayLength(flex);
    if (n4 < 0) _logDirs = [];
    else {
      const a5: string[] = new Array(n4);
      for (let i = 0; i < n4; i++) a5[i] = r.uuid();
      _logDirs = a5;
    }
  }
  let _previousBrokerEpoch: number = -1;
  if (v >= 3) {
    _previousBrokerEpoch = r.int64();
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
  return { brokerId: _brokerId, clusterId: _clusterId, incarnationId: _incarnationId, listeners: _listeners, features: _features, rack: _rack, isMigratingZkBroker: _isMigratingZkBroker, logDirs: _logDirs, previousBrokerEpoch: _previousBrokerEpoch };
}

function writeBrokerRegistrationRequest(w: Writer, v: number, o: Input<BrokerRegistrationRequest>): void {
  const flex = true;
  w.int32((o.brokerId === undefined ? 0 : o.brokerId));
  w.string((o.clusterId === undefined ? "" : o.clusterId) ?? '', flex);
  w.uuid((o.incarnationId === undefined ? ZERO_UUID : o.incarnationId));
  const a6 = (o.listeners === undefined ? [] : o.listeners);
  if (a6 === null || a6 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a6.length, flex);
    for (let i = 0; i < a6.length; i++) writeListener(w, v, a6[i]);
  }
  const a7 = (o.features === undefined ? [] : o.features);
  if (a7 === null || a7 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a7.length, flex);
    for (let i = 0; i < a7.length; i++) writeFeature(w, v, a7[i]);
  }
  w.nullableString((o.rack === undefined ? "" : o.rack), flex);
  if (v >= 1) {
    w.bool((o.isMigratingZkBroker === undefined ? false : o.isMigratingZkBroker));
  } else {
    if (o.isMigratingZkBroker !== undefined && o.isMigratingZkBroker !== false) throw new UnsupportedVersionError('BrokerRegistrationRequest', 'BrokerRegistrationRequest.isMigratingZkBroker', v, '1+');
  }
  if (v >= 2) {
    const a8 = (o.logDirs === undefined ? [] : o.logDirs);
    if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a8.length, flex);
      for (let i = 0; i < a8.length; i++) w.uuid(a8[i]);
    }
  }
  if (v >= 3) {
    w.int64((o.previousBrokerEpoch === undefined ? -1 : o.previousBrokerEpoch));
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Listener (generated from BrokerRegistrationRequest.json). */
export interface Listener {
  name: string;
  host: string;
  port: number;
  securityProtocol: number;
}

/** A Listener with every field at its schema default. */
export function defaultListener(): Listener {
  return {
    name: "",
    host: "",
    port: 0,
    securityProtocol: 0,
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
  let _securityProtocol: number = 0;
  _securityProtocol = r.int16();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { name: _name, host: _host, port: _port, securityProtocol: _securityProtocol };
}

function writeListener(w: Writer, v: number, o: Input<Listener>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.uint16((o.port === undefined ? 0 : o.port));
  w.int16((o.securityProtocol === undefined ? 0 : o.securityProtocol));
  if (flex) {
    w.uvarint(0);
  }
}

/** Feature (generated from BrokerRegistrationRequest.json). */
export interface Feature {
  name: string;
  minSupportedVersion: number;
  maxSupportedVersion: number;
}

/** A Feature with every field at its schema default. */
export function defaultFeature(): Feature {
  return {
    name: "",
    minSupportedVersion: 0,
    maxSupportedVersion: 0,
  };
}

function readFeature(r: Reader, v: number): Feature {
  const flex = true;
  let _name: string = "";
  _name = r.string(flex);
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
  return { name: _name, minSupportedVersion: _minSupportedVersion, maxSupportedVersion: _maxSupportedVersion };
}

function writeFeature(w: Writer, v: number, o: Input<Feature>): void {
  const flex = true;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  w.int16((o.minSupportedVersion === undefined ? 0 : o.minSupportedVersion));
  w.int16((o.maxSupportedVersion === undefined ? 0 : o.maxSupportedVersion));
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a BrokerRegistrationRequest of version `v`. */
export function decodeBrokerRegistrationRequest(r: Reader, v: number): BrokerRegistrationRequest {
  return readBrokerRegistrationRequest(r, v);
}

/** Encodes a BrokerRegistrationRequest of version `v`; missing fields take their defaults. */
export function encodeBrokerRegistrationRequest(w: Writer, v: number, o: Input<BrokerRegistrationRequest>): void {
  writeBrokerRegistrationRequest(w, v, o);
}
