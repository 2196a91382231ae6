// generated, do not edit

import { Reader, ZERO_UUID } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** MetadataRequest: versions and flexible versions. */
export const MetadataRequestMeta = { name: 'MetadataRequest', apiKey: 3, minVersion: 0, maxVersion: 12, flexibleMin: 9 } as const;

/** MetadataRequest (generated from MetadataRequest.json). */
export interface MetadataRequest {
  topics: MetadataRequestTopic[] | null;
  allowAutoTopicCreation: boolean;
  includeClusterAuthorizedOperations: boolean;
  includeTopicAuthorizedOperations: boolean;
}

/** A MetadataRequest with every field at its schema default. */
export function defaultMetadataRequest(): MetadataRequest {
  return {
    topics: [],
    allowAutoTopicCreation: true,
    includeClusterAuthorizedOperations: false,
    includeTopicAuthorizedOperations: false,
  };
}

function readMetadataRequest(r: Reader, v: number): MetadataRequest {
  const flex = v >= 9;
  let _topics: MetadataRequestTopic[] | null = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _topics = null;
  else {
    const a1: MetadataRequestTopic[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readMetadataRequestTopic(r, v);
    _topics = a1;
  }
  let _allowAutoTopicCreation: boolean = true;
  if (v >= 4) {
    _allowAutoTopicCreation = r.bool();
  }
  let _includeClusterAuthorizedOperations: boolean = false;
  if (v >= 8 && v <= 10) {
    _includeClusterAuthorizedOperations = r.bool();
  }
  let _includeTopicAuthorizedOperations: boolean = false;
  if (v >= 8) {
    _includeTopicAuthorizedOperations = r.bool();
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
  return { topics: _topics, allowAutoTopicCreation: _allowAutoTopicCreation, includeClusterAuthorizedOperations: _includeClusterAuthorizedOperations, includeTopicAuthorizedOperations: _includeTopicAuthorizedOperations };
}

function writeMetadataRequest(w: Writer, v: number, o: Input<MetadataRequest>): void {
  const flex = v >= 9;
  const a2 = (o.topics === undefined ? [] : o.topics);
  if (a2 === null || a2 === undefined) w.arrayLength(-1, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeMetadataRequestTopic(w, v, a2[i]);
  }
  if (v >= 4) {
    w.bool((o.allowAutoTopicCreation === undefined ? true : o.allowAutoTopicCreation));
  } else {
    if (o.allowAutoTopicCreation !== undefined && o.allowAutoTopicCreation !== true) throw new UnsupportedVersionError('MetadataRequest', 'MetadataRequest.allowAutoTopicCreation', v, '4+');
  }
  if (v >= 8 && v <= 10) {
    w.bool((o.includeClusterAuthorizedOperations === undefined ? false : o.includeClusterAuthorizedOperations));
  } else {
    if (o.includeClusterAuthorizedOperations !== undefined && o.includeClusterAuthorizedOperations !== false) throw new UnsupportedVersionError('MetadataRequest', 'MetadataRequest.includeClusterAuthorizedOperations', v, '8-10');
  }
  if (v >= 8) {
    w.bool((o.includeTopicAuthorizedOperations === undefined ? false : o.includeTopicAuthorizedOperations));
  } else {
    if (o.includeTopicAuthorizedOperations !== undefined && o.includeTopicAuthorizedOperations !== false) throw new UnsupportedVersionError('MetadataRequest', 'MetadataRequest.includeTopicAuthorizedOperations', v, '8+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** MetadataRequestTopic (generated from MetadataRequest.json). */
export interface MetadataRequestTopic {
  topicId: string;
  name: string | null;
}

/** A MetadataRequestTopic with every field at its schema default. */
export function defaultMetadataRequestTopic(): MetadataRequestTopic {
  return {
    topicId: ZERO_UUID,
    name: "",
  };
}

function readMetadataRequestTopic(r: Reader, v: number): MetadataRequestTopic {
  const flex = v >= 9;
  let _topicId: string = ZERO_UUID;
  if (v >= 10) {
    _topicId = r.uuid();
  }
  let _name: string | null = "";
  _name = (v >= 10 ? r.nullableString(flex) : r.string(flex));
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { topicId: _topicId, name: _name };
}

function writeMetadataRequestTopic(w: Writer, v: number, o: Input<MetadataRequestTopic>): void {
  const flex = v >= 9;
  if (v >= 10) {
    w.uuid((o.topicId === undefined ? ZERO_UUID : o.topicId));
  }
  if (v >= 10) w.nullableString((o.name === undefined ? "" : o.name), flex); else w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a MetadataRequest of version `v`. */
export function decodeMetadataRequest(r: Reader, v: number): MetadataRequest {
  return readMetadataRequest(r, v);
}

/** Encodes a MetadataRequest of version `v`; missing fields take their defaults. */
export function encodeMetadataRequest(w: Writer, v: number, o: Input<MetadataRequest>): void {
  writeMetadataRequest(w, v, o);
}
