// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** DescribeClusterRequest: versions and flexible versions. */
export const DescribeClusterRequestMeta = { name: 'DescribeClusterRequest', apiKey: 60, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** DescribeClusterRequest (generated from DescribeClusterRequest.json). */
export interface DescribeClusterRequest {
  includeClusterAuthorizedOperations: boolean;
  endpointType: number;
}

/** A DescribeClusterRequest with every field at its schema default. */
export function defaultDescribeClusterRequest(): DescribeClusterRequest {
  return {
    includeClusterAuthorizedOperations: false,
    endpointType: 1,
  };
}

function readDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  const flex = true;
  let _includeClusterAuthorizedOperations: boolean = false;
  _includeClusterAuthorizedOperations = r.bool();
  let _endpointType: number = 1;
  if (v >= 1) {
    _endpointType = r.int8();
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
  return { includeClusterAuthorizedOperations: _includeClusterAuthorizedOperations, endpointType: _endpointType };
}

function writeDescribeClusterRequest(w: Writer, v: number, o: Input<DescribeClusterRequest>): void {
  const flex = true;
  w.bool((o.includeClusterAuthorizedOperations === undefined ? false : o.includeClusterAuthorizedOperations));
  if (v >= 1) {
    w.int8((o.endpointType === undefined ? 1 : o.endpointType));
  } else {
    if (o.endpointType !== undefined && o.endpointType !== 1) throw new UnsupportedVersionError('DescribeClusterRequest', 'DescribeClusterRequest.endpointType', v, '1+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a DescribeClusterRequest of version `v`. */
export function decodeDescribeClusterRequest(r: Reader, v: number): DescribeClusterRequest {
  return readDescribeClusterRequest(r, v);
}

/** Encodes a DescribeClusterRequest of version `v`; missing fields take their defaults. */
export function encodeDescribeClusterRequest(w: Writer, v: number, o: Input<DescribeClusterRequest>): void {
  writeDescribeClusterRequest(w, v, o);
}
