// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** FindCoordinatorResponse: versions and flexible versions. */
export const FindCoordinatorResponseMeta = { name: 'FindCoordinatorResponse', apiKey: 10, minVersion: 0, maxVersion: 6, flexibleMin: 3 } as const;

/** FindCoordinatorResponse (generated from FindCoordinatorResponse.json). */
export interface FindCoordinatorResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  nodeId: number;
  host: string;
  port: number;
  coordinators: Coordinator[];
}

/** A FindCoordinatorResponse with every field at its schema default. */
export function defaultFindCoordinatorResponse(): FindCoordinatorResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    nodeId: 0,
    host: "",
    port: 0,
    coordinators: [],
  };
}

function readFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  const flex = v >= 3;
  let _throttleTimeMs: number = 0;
  if (v >= 1) {
    _throttleTimeMs = r.int32();
  }
  let _errorCode: ErrorCode = 0;
  if (v <= 3) {
    _errorCode = r.int16() as ErrorCode;
  }
  let _errorMessage: string | null = "";
  if (v >= 1 && v <= 3) {
    _errorMessage = r.nullableString(flex);
  }
  let _nodeId: number = 0;
  if (v <= 3) {
    _nodeId = r.int32();
  }
  let _host: string = "";
  if (v <= 3) {
    _host = r.string(flex);
  }
  let _port: number = 0;
  if (v <= 3) {
    _port = r.int32();
  }
  let _coordinators: Coordinator[] = [];
  if (v >= 4) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _coordinators = [];
    else {
      const a1: Coordinator[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readCoordinator(r, v);
      _coordinators = a1;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, nodeId: _nodeId, host: _host, port: _port, coordinators: _coordinators };
}

function writeFindCoordinatorResponse(w: Writer, v: number, o: Input<FindCoordinatorResponse>): void {
  const flex = v >= 3;
  if (v >= 1) {
    w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  }
  if (v <= 3) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  } else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw new UnsupportedVersionError('FindCoordinatorResponse', 'FindCoordinatorResponse.errorCode', v, '0-3');
  }
  if (v >= 1 && v <= 3) {
    w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  }
  if (v <= 3) {
    w.int32((o.nodeId === undefined ? 0 : o.nodeId));
  } else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw new UnsupportedVersionError('FindCoordinatorResponse', 'FindCoordinatorResponse.nodeId', v, '0-3');
  }
  if (v <= 3) {
    w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  } else {
    if (o.host !== undefined && o.host !== "") throw new UnsupportedVersionError('FindCoordinatorResponse', 'FindCoordinatorResponse.host', v, '0-3');
  }
  if (v <= 3) {
    w.int32((o.port === undefined ? 0 : o.port));
  } else {
    if (o.port !== undefined && o.port !== 0) throw new UnsupportedVersionError('FindCoordinatorResponse', 'FindCoordinatorResponse.port', v, '0-3');
  }
  if (v >= 4) {
    const a2 = (o.coordinators === undefined ? [] : o.coordinators);
    if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a2.length, flex);
      for (let i = 0; i < a2.length; i++) writeCoordinator(w, v, a2[i]);
    }
  } else {
    if (o.coordinators !== undefined && o.coordinators !== null && o.coordinators.length > 0) throw new UnsupportedVersionError('FindCoordinatorResponse', 'FindCoordinatorResponse.coordinators', v, '4+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Coordinator (generated from FindCoordinatorResponse.json). */
export interface Coordinator {
  key: string;
  nodeId: number;
  host: string;
  port: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A Coordinator with every field at its schema default. */
export function defaultCoordinator(): Coordinator {
  return {
    key: "",
    nodeId: 0,
    host: "",
    port: 0,
    errorCode: 0,
    errorMessage: "",
  };
}

function readCoordinator(r: Reader, v: number): Coordinator {
  const flex = v >= 3;
  let _key: string = "";
  if (v >= 4) {
    _key = r.string(flex);
  }
  let _nodeId: number = 0;
  if (v >= 4) {
    _nodeId = r.int32();
  }
  let _host: string = "";
  if (v >= 4) {
    _host = r.string(flex);
  }
  let _port: number = 0;
  if (v >= 4) {
    _port = r.int32();
  }
  let _errorCode: ErrorCode = 0;
  if (v >= 4) {
    _errorCode = r.int16() as ErrorCode;
  }
  let _errorMessage: string | null = "";
  if (v >= 4) {
    _errorMessage = r.nullableString(flex);
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
  return { key: _key, nodeId: _nodeId, host: _host, port: _port, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writeCoordinator(w: Writer, v: number, o: Input<Coordinator>): void {
  const flex = v >= 3;
  if (v >= 4) {
    w.string((o.key === undefined ? "" : o.key) ?? '', flex);
  } else {
    if (o.key !== undefined && o.key !== "") throw new UnsupportedVersionError('FindCoordinatorResponse', 'Coordinator.key', v, '4+');
  }
  if (v >= 4) {
    w.int32((o.nodeId === undefined ? 0 : o.nodeId));
  } else {
    if (o.nodeId !== undefined && o.nodeId !== 0) throw new UnsupportedVersionError('FindCoordinatorResponse', 'Coordinator.nodeId', v, '4+');
  }
  if (v >= 4) {
    w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  } else {
    if (o.host !== undefined && o.host !== "") throw new UnsupportedVersionError('FindCoordinatorResponse', 'Coordinator.host', v, '4+');
  }
  if (v >= 4) {
    w.int32((o.port === undefined ? 0 : o.port));
  } else {
    if (o.port !== undefined && o.port !== 0) throw new UnsupportedVersionError('FindCoordinatorResponse', 'Coordinator.port', v, '4+');
  }
  if (v >= 4) {
    w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  } else {
    if (o.errorCode !== undefined && o.errorCode !== 0) throw new UnsupportedVersionError('FindCoordinatorResponse', 'Coordinator.errorCode', v, '4+');
  }
  if (v >= 4) {
    w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a FindCoordinatorResponse of version `v`. */
export function decodeFindCoordinatorResponse(r: Reader, v: number): FindCoordinatorResponse {
  return readFindCoordinatorResponse(r, v);
}

/** Encodes a FindCoordinatorResponse of version `v`; missing fields take their defaults. */
export function encodeFindCoordinatorResponse(w: Writer, v: number, o: Input<FindCoordinatorResponse>): void {
  writeFindCoordinatorResponse(w, v, o);
}
