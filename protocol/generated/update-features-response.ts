// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** UpdateFeaturesResponse: versions and flexible versions. */
export const UpdateFeaturesResponseMeta = { name: 'UpdateFeaturesResponse', apiKey: 57, minVersion: 0, maxVersion: 2, flexibleMin: 0 } as const;

/** UpdateFeaturesResponse (generated from UpdateFeaturesResponse.json). */
export interface UpdateFeaturesResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  errorMessage: string | null;
  results: UpdatableFeatureResult[];
}

/** A UpdateFeaturesResponse with every field at its schema default. */
export function defaultUpdateFeaturesResponse(): UpdateFeaturesResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    errorMessage: "",
    results: [],
  };
}

function readUpdateFeaturesResponse(r: Reader, v: number): UpdateFeaturesResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  let _results: UpdatableFeatureResult[] = [];
  if (v <= 1) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _results = [];
    else {
      const a1: UpdatableFeatureResult[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readUpdatableFeatureResult(r, v);
      _results = a1;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, errorMessage: _errorMessage, results: _results };
}

function writeUpdateFeaturesResponse(w: Writer, v: number, o: Input<UpdateFeaturesResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (v <= 1) {
    const a2 = (o.results === undefined ? [] : o.results);
    if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a2.length, flex);
      for (let i = 0; i < a2.length; i++) writeUpdatableFeatureResult(w, v, a2[i]);
    }
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** UpdatableFeatureResult (generated from UpdateFeaturesResponse.json). */
export interface UpdatableFeatureResult {
  feature: string;
  errorCode: ErrorCode;
  errorMessage: string | null;
}

/** A UpdatableFeatureResult with every field at its schema default. */
export function defaultUpdatableFeatureResult(): UpdatableFeatureResult {
  return {
    feature: "",
    errorCode: 0,
    errorMessage: "",
  };
}

function readUpdatableFeatureResult(r: Reader, v: number): UpdatableFeatureResult {
  const flex = true;
  let _feature: string = "";
  _feature = r.string(flex);
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _errorMessage: string | null = "";
  _errorMessage = r.nullableString(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { feature: _feature, errorCode: _errorCode, errorMessage: _errorMessage };
}

function writeUpdatableFeatureResult(w: Writer, v: number, o: Input<UpdatableFeatureResult>): void {
  const flex = true;
  w.string((o.feature === undefined ? "" : o.feature) ?? '', flex);
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  w.nullableString((o.errorMessage === undefined ? "" : o.errorMessage), flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a UpdateFeaturesResponse of version `v`. */
export function decodeUpdateFeaturesResponse(r: Reader, v: number): UpdateFeaturesResponse {
  return readUpdateFeaturesResponse(r, v);
}

/** Encodes a UpdateFeaturesResponse of version `v`; missing fields take their defaults. */
export function encodeUpdateFeaturesResponse(w: Writer, v: number, o: Input<UpdateFeaturesResponse>): void {
  writeUpdateFeaturesResponse(w, v, o);
}
