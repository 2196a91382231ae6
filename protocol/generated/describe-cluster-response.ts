// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';
import type { ErrorCode } from './errors.js';

/** DescribeClusterResponse: versions and flexible versions. */
export const DescribeClusterResponseMeta = { name: 'DescribeClusterResponse', apiKey: 60, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** DescribeClusterResponse (generated from DescribeClusterResponse.json). */
export interface DescribeClusterResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  endpointType: number;
  clusterId: string;
  controllerId: number;
  brokers: DescribeClusterBroker[];
  clusterAuthorizedOperations: number;
}

/** A DescribeClusterResponse with every field at its schema default. */
export function defaultDescribeClusterResponse(): DescribeClusterResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: null,
    endpointType: 1,
    clusterId: "",
    controllerId: -1,
    brokers: [],
    clusterAuthorizedOperations: -2147483648,
  };
}

function readDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = null;
  _errorMessage = r.nullableString(flex);
  let _endpointType: number = 1;
  if (v >= 1) {
    _endpointType = r.int8();
  }
  let _clusterId: string = "";
  _clusterId = r.string(flex);
  let _controllerId: number = -1;
  _controllerId = r.int32();
  let _brokers: DescribeClusterBroker[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _brokers = [];
  else {
    const a1: DescribeClusterBroker[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readDescribeClusterBroker(r, v);
    _brokers = a1;
  }
  let _clusterAuthorizedOperations: number = -2147483648;
  _clusterAuthorizedOperations = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, endpointType: _endpointType, clusterId: _clusterId, controllerId: _controllerId, brokers: _brokers, clusterAuthorizedOperations: _clusterAuthorizedOperations };
}

function writeDescribeClusterResponse(w: Writer, v: number, o: Input<DescribeClusterResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? null : o.errorMessage), flex);
  if (v >= 1) {
    w.int8((o.endpointType === undefined ? 1 : o.endpointType));
  } else {
    if (o.endpointType !== undefined && o.endpointType !== 1) throw new UnsupportedVersionError('DescribeClusterResponse', 'DescribeClusterResponse.endpointType', v, '1+');
  }
  w.string((o.clusterId === undefined ? "" : o.clusterId) ?? '', flex);
  w.int32((o.controllerId === undefined ? -1 : o.controllerId));
  const a2 = (o.brokers === undefined ? [] : o.brokers);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeDescribeClusterBroker(w, v, a2[i]);
  }
  w.int32((o.clusterAuthorizedOperations === undefined ? -2147483648 : o.clusterAuthorizedOperations));
  if (flex) {
    w.uvarint(0);
  }
}

/** DescribeClusterBroker (generated from DescribeClusterResponse.json). */
export interface DescribeClusterBroker {
  brokerId: number;
  host: string;
  port: number;
  rack: string | null;
}

/** A DescribeClusterBroker with every field at its schema default. */
export function defaultDescribeClusterBroker(): DescribeClusterBroker {
  return {
    brokerId: 0,
    host: "",
    port: 0,
    rack: null,
  };
}

function readDescribeClusterBroker(r: Reader, v: number): DescribeClusterBroker {
  const flex = true;
  let _brokerId: number = 0;
  _brokerId = r.int32();
  let _host: string = "";
  _host = r.string(flex);
  let _port: number = 0;
  _port = r.int32();
  let _rack: string | null = null;
  _rack = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { brokerId: _brokerId, host: _host, port: _port, rack: _rack };
}

function writeDescribeClusterBroker(w: Writer, v: number, o: Input<DescribeClusterBroker>): void {
  const flex = true;
  w.int32((o.brokerId === undefined ? 0 : o.brokerId));
  w.string((o.host === undefined ? "" : o.host) ?? '', flex);
  w.int32((o.port === undefined ? 0 : o.port));
  w.nullableString((o.rack === undefined ? null : o.rack), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeClusterResponse of version `v`. */
export function decodeDescribeClusterResponse(r: Reader, v: number): DescribeClusterResponse {
  return readDescribeClusterResponse(r, v);
}

/** Encodes a DescribeClusterResponse of version `v`; missing fields take their defaults. */
export function encodeDescribeClusterResponse(w: Writer, v: number, o: Input<DescribeClusterResponse>): void {
  writeDescribeClusterResponse(w, v, o);
}
