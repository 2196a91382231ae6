// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';

/** WriteTxnMarkersRequest: versions and flexible versions. */
export const WriteTxnMarkersRequestMeta = { name: 'WriteTxnMarkersRequest', apiKey: 27, minVersion: 0, maxVersion: 1, flexibleMin: 1 } as const;

/** WriteTxnMarkersRequest (generated from WriteTxnMarkersRequest.json). */
export interface WriteTxnMarkersRequest {
  markers: WritableTxnMarker[];
}

/** A WriteTxnMarkersRequest with every field at its schema default. */
export function defaultWriteTxnMarkersRequest(): WriteTxnMarkersRequest {
  return {
    markers: [],
  };
}

function readWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequest {
  const flex = v >= 1;
  let _markers: WritableTxnMarker[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _markers = [];
  else {
    const a1: WritableTxnMarker[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = readWritableTxnMarker(r, v);
    _markers = a1;
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
  return { markers: _markers };
}

function writeWriteTxnMarkersRequest(w: Writer, v: number, o: Input<WriteTxnMarkersRequest>): void {
  const flex = v >= 1;
  const a2 = (o.markers === undefined ? [] : o.markers);
  if (a2 === null || a2 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a2.length, flex);
    for (let i = 0; i < a2.length; i++) writeWritableTxnMarker(w, v, a2[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** WritableTxnMarker (generated from WriteTxnMarkersRequest.json). */
export interface WritableTxnMarker {
  producerId: number;
  producerEpoch: number;
  transactionResult: boolean;
  topics: WritableTxnMarkerTopic[];
  coordinatorEpoch: number;
}

/** A WritableTxnMarker with every field at its schema default. */
export function defaultWritableTxnMarker(): WritableTxnMarker {
  return {
    producerId: 0,
    producerEpoch: 0,
    transactionResult: false,
    topics: [],
    coordinatorEpoch: 0,
  };
}

function readWritableTxnMarker(r: Reader, v: number): WritableTxnMarker {
  const flex = v >= 1;
  let _producerId: number = 0;
  _producerId = r.int64();
  let _producerEpoch: number = 0;
  _producerEpoch = r.int16();
  let _transactionResult: boolean = false;
  _transactionResult = r.bool();
  let _topics: WritableTxnMarkerTopic[] = [];
  const n3 = r.arrayLength(flex);
  if (n3 < 0) _topics = [];
  else {
    const a4: WritableTxnMarkerTopic[] = new Array(n3);
    for (let i = 0; i < n3; i++) a4[i] = readWritableTxnMarkerTopic(r, v);
    _topics = a4;
  }
  let _coordinatorEpoch: number = 0;
  _coordinatorEpoch = r.int32();
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { producerId: _producerId, producerEpoch: _producerEpoch, transactionResult: _transactionResult, topics: _topics, coordinatorEpoch: _coordinatorEpoch };
}

function writeWritableTxnMarker(w: Writer, v: number, o: Input<WritableTxnMarker>): void {
  const flex = v >= 1;
  w.int64((o.producerId === undefined ? 0 : o.producerId));
  w.int16((o.producerEpoch === undefined ? 0 : o.producerEpoch));
  w.bool((o.transactionResult === undefined ? false : o.transactionResult));
  const a5 = (o.topics === undefined ? [] : o.topics);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeWritableTxnMarkerTopic(w, v, a5[i]);
  }
  w.int32((o.coordinatorEpoch === undefined ? 0 : o.coordinatorEpoch));
  if (flex) {
    w.uvarint(0);
  }
}

/** WritableTxnMarkerTopic (generated from WriteTxnMarkersRequest.json). */
export interface WritableTxnMarkerTopic {
  name: string;
  partitionIndexes: number[];
}

/** A WritableTxnMarkerTopic with every field at its schema default. */
export function defaultWritableTxnMarkerTopic(): WritableTxnMarkerTopic {
  return {
    name: "",
    partitionIndexes: [],
  };
}

function readWritableTxnMarkerTopic(r: Reader, v: number): WritableTxnMarkerTopic {
  const flex = v >= 1;
  let _name: string = "";
  _name = r.string(flex);
  let _partitionIndexes: number[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitionIndexes = [];
  else {
    const a7: number[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = r.int32();
    _partitionIndexes = a7;
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
  return { name: _name, partitionIndexes: _partitionIndexes };
}

function writeWritableTxnMarkerTopic(w: Writer, v: number, o: Input<WritableTxnMarkerTopic>): void {
  const flex = v >= 1;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a8 = (o.partitionIndexes === undefined ? [] : o.partitionIndexes);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a WriteTxnMarkersRequest of version `v`. */
export function decodeWriteTxnMarkersRequest(r: Reader, v: number): WriteTxnMarkersRequest {
  return readWriteTxnMarkersRequest(r, v);
}

/** Encodes a WriteTxnMarkersRequest of version `v`; missing fields take their defaults. */
export function encodeWriteTxnMarkersRequest(w: Writer, v: number, o: Input<WriteTxnMarkersRequest>): void {
  writeWriteTxnMarkersRequest(w, v, o);
}
