// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** ControllerRegistrationRequest: versions and flexible versions. */
export const ControllerRegistrationRequestMeta = { name: 'ControllerRegistrationRequest', apiKey: 70, minVersion: 0, maxVersion: 0, flexibleMin: 0 } as const;

/** ControllerRegistrationRequest (generated from ControllerRegistrationRequest.json). */
export interface ControllerRegistrationRequest {
  controllerId: number;
  incarnationId: string;
  zkMigrationReady: boolean;
  listeners: Listener[];
  features: Feature[];
}

/** A ControllerRegistrationRequest with every field at its schema default. */
export function defaultControllerRegistrationRequest(): ControllerRegistrationRequest {
  return {
    controllerId: 0,
    incarnationId: ZERO_UUID,
    zkMigrationReady: false,
    listeners: [],
    features: [],
  };
}

function readControllerRegistrationRequest(r: Reader, v: number): ControllerRegistrationRequest {
  const flex = true;
  let _controllerId: number = 0;
  _controllerId = r.int32();
  let _incarnationId: string = ZERO_UUID;
  _incarnationId = r.uuid();
  let _zkMigrationReady: boolean = false;
  _zkMigrationReady = r.bool();
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
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { controllerId: _controllerId, incarnationId: _incarnationId, zkMigrationReady: _zkMigrationReady, listeners: _listeners, features: _features };
}

function writeControllerRegistrationRequest(w: Writer, v: number, o: Input<ControllerRegistrationRequest>): void {
  const flex = true;
  w.int32((o.controllerId === undefined ? 0 : o.controllerId));
  w.uuid((o.incarnationId === undefined ? ZERO_UUID : o.incarnationId));
  w.bool((o.zkMigrationReady === undefined ? false : o.zkMigrationReady));
  const a4 = (o.listeners === undefined ? [] : o.listeners);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) writeListener(w, v, a4[i]);
  }
  const a5 = (o.features === undefined ? [] : o.features);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeFeature(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Listener (generated from ControllerRegistrationRequest.json). */
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

/** Feature (generated from ControllerRegistrationRequest.json). */
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

/** Decodes a ControllerRegistrationRequest of version `v`. */
export function decodeControllerRegistrationRequest(r: Reader, v: number): ControllerRegistrationRequest {
  return readControllerRegistrationRequest(r, v);
}

/** Encodes a ControllerRegistrationRequest of version `v`; missing fields take their defaults. */
export function encodeControllerRegistrationRequest(w: Writer, v: number, o: Input<ControllerRegistrationRequest>): void {
  writeControllerRegistrationRequest(w, v, o);
}
