// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import { UnsupportedVersionError } from '../unsupported-version.js';

/** AddPartitionsToTxnRequest: versions and flexible versions. */
export const AddPartitionsToTxnRequestMeta = { name: 'AddPartitionsToTxnRequest', apiKey: 24, minVersion: 0, maxVersion: 5, flexibleMin: 3 } as const;

/** AddPartitionsToTxnRequest (generated from AddPartitionsToTxnRequest.json). */
export interface AddPartitionsToTxnRequest {
  transactions: AddPartitionsToTxnTransaction[];
  v3AndBelowTransactionalId: string;
  v3AndBelowProducerId: number;
  v3AndBelowProducerEpoch: number;
  v3AndBelowTopics: AddPartitionsToTxnTopic[];
}

/** A AddPartitionsToTxnRequest with every field at its schema default. */
export function defaultAddPartitionsToTxnRequest(): AddPartitionsToTxnRequest {
  return {
    transactions: [],
    v3AndBelowTransactionalId: "",
    v3AndBelowProducerId: 0,
    v3AndBelowProducerEpoch: 0,
    v3AndBelowTopics: [],
  };
}

function readAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  const flex = v >= 3;
  let _transactions: AddPartitionsToTxnTransaction[] = [];
  if (v >= 4) {
    const n0 = r.arrayLength(flex);
    if (n0 < 0) _transactions = [];
    else {
      const a1: AddPartitionsToTxnTransaction[] = new Array(n0);
      for (let i = 0; i < n0; i++) a1[i] = readAddPartitionsToTxnTransaction(r, v);
      _transactions = a1;
    }
  }
  let _v3AndBelowTransactionalId: string = "";
  if (v <= 3) {
    _v3AndBelowTransactionalId = r.string(flex);
  }
  let _v3AndBelowProducerId: number = 0;
  if (v <= 3) {
    _v3AndBelowProducerId = r.int64();
  }
  let _v3AndBelowProducerEpoch: number = 0;
  if (v <= 3) {
    _v3AndBelowProducerEpoch = r.int16();
  }
  let _v3AndBelowTopics: AddPartitionsToTxnTopic[] = [];
  if (v <= 3) {
    const n2 = r.arrayLength(flex);
    if (n2 < 0) _v3AndBelowTopics = [];
    else {
      const a3: AddPartitionsToTxnTopic[] = new Array(n2);
      for (let i = 0; i < n2; i++) a3[i] = readAddPartitionsToTxnTopic(r, v);
      _v3AndBelowTopics = a3;
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
  return { transactions: _transactions, v3AndBelowTransactionalId: _v3AndBelowTransactionalId, v3AndBelowProducerId: _v3AndBelowProducerId, v3AndBelowProducerEpoch: _v3AndBelowProducerEpoch, v3AndBelowTopics: _v3AndBelowTopics };
}

function writeAddPartitionsToTxnRequest(w: Writer, v: number, o: Input<AddPartitionsToTxnRequest>): void {
  const flex = v >= 3;
  if (v >= 4) {
    const a4 = (o.transactions === undefined ? [] : o.transactions);
    if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a4.length, flex);
      for (let i = 0; i < a4.length; i++) writeAddPartitionsToTxnTransaction(w, v, a4[i]);
    }
  } else {
    if (o.transactions !== undefined && o.transactions !== null && o.transactions.length > 0) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnRequest.transactions', v, '4+');
  }
  if (v <= 3) {
    w.string((o.v3AndBelowTransactionalId === undefined ? "" : o.v3AndBelowTransactionalId) ?? '', flex);
  } else {
    if (o.v3AndBelowTransactionalId !== undefined && o.v3AndBelowTransactionalId !== "") throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnRequest.v3AndBelowTransactionalId', v, '0-3');
  }
  if (v <= 3) {
    w.int64((o.v3AndBelowProducerId === undefined ? 0 : o.v3AndBelowProducerId));
  } else {
    if (o.v3AndBelowProducerId !== undefined && o.v3AndBelowProducerId !== 0) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnRequest.v3AndBelowProducerId', v, '0-3');
  }
  if (v <= 3) {
    w.int16((o.v3AndBelowProducerEpoch === undefined ? 0 : o.v3AndBelowProducerEpoch));
  } else {
    if (o.v3AndBelowProducerEpoch !== undefined && o.v3AndBelowProducerEpoch !== 0) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnRequest.v3AndBelowProducerEpoch', v, '0-3');
  }
  if (v <= 3) {
    const a5 = (o.v3AndBelowTopics === undefined ? [] : o.v3AndBelowTopics);
    if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a5.length, flex);
      for (let i = 0; i < a5.length; i++) writeAddPartitionsToTxnTopic(w, v, a5[i]);
    }
  } else {
    if (o.v3AndBelowTopics !== undefined && o.v3AndBelowTopics !== null && o.v3AndBelowTopics.length > 0) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnRequest.v3AndBelowTopics', v, '0-3');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AddPartitionsToTxnTopic (generated from AddPartitionsToTxnRequest.json). */
export interface AddPartitionsToTxnTopic {
  name: string;
  partitions: number[];
}

/** A AddPartitionsToTxnTopic with every field at its schema default. */
export function defaultAddPartitionsToTxnTopic(): AddPartitionsToTxnTopic {
  return {
    name: "",
    partitions: [],
  };
}

function readAddPartitionsToTxnTopic(r: Reader, v: number): AddPartitionsToTxnTopic {
  const flex = v >= 3;
  let _name: string = "";
  _name = r.string(flex);
  let _partitions: number[] = [];
  const n6 = r.arrayLength(flex);
  if (n6 < 0) _partitions = [];
  else {
    const a7: number[] = new Array(n6);
    for (let i = 0; i < n6; i++) a7[i] = r.int32();
    _partitions = a7;
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
  return { name: _name, partitions: _partitions };
}

function writeAddPartitionsToTxnTopic(w: Writer, v: number, o: Input<AddPartitionsToTxnTopic>): void {
  const flex = v >= 3;
  w.string((o.name === undefined ? "" : o.name) ?? '', flex);
  const a8 = (o.partitions === undefined ? [] : o.partitions);
  if (a8 === null || a8 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a8.length, flex);
    for (let i = 0; i < a8.length; i++) w.int32(a8[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** AddPartitionsToTxnTransaction (generated from AddPartitionsToTxnRequest.json). */
export interface AddPartitionsToTxnTransaction {
  transactionalId: string;
  producerId: number;
  producerEpoch: number;
  verifyOnly: boolean;
  topics: AddPartitionsToTxnTopic[];
}

/** A AddPartitionsToTxnTransaction with every field at its schema default. */
export function defaultAddPartitionsToTxnTransaction(): AddPartitionsToTxnTransaction {
  return {
    transactionalId: "",
    producerId: 0,
    producerEpoch: 0,
    verifyOnly: false,
    topics: [],
  };
}

function readAddPartitionsToTxnTransaction(r: Reader, v: number): AddPartitionsToTxnTransaction {
  const flex = v >= 3;
  let _transactionalId: string = "";
  if (v >= 4) {
    _transactionalId = r.string(flex);
  }
  let _producerId: number = 0;
  if (v >= 4) {
    _producerId = r.int64();
  }
  let _producerEpoch: number = 0;
  if (v >= 4) {
    _producerEpoch = r.int16();
  }
  let _verifyOnly: boolean = false;
  if (v >= 4) {
    _verifyOnly = r.bool();
  }
  let _topics: AddPartitionsToTxnTopic[] = [];
  if (v >= 4) {
    const n9 = r.arrayLength(flex);
    if (n9 < 0) _topics = [];
    else {
      const a10: AddPartitionsToTxnTopic[] = new Array(n9);
      for (let i = 0; i < n9; i++) a10[i] = readAddPartitionsToTxnTopic(r, v);
      _topics = a10;
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
  return { transactionalId: _transactionalId, producerId: _producerId, producerEpoch: _producerEpoch, verifyOnly: _verifyOnly, topics: _topics };
}

function writeAddPartitionsToTxnTransaction(w: Writer, v: number, o: Input<AddPartitionsToTxnTransaction>): void {
  const flex = v >= 3;
  if (v >= 4) {
    w.string((o.transactionalId === undefined ? "" : o.transactionalId) ?? '', flex);
  } else {
    if (o.transactionalId !== undefined && o.transactionalId !== "") throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnTransaction.transactionalId', v, '4+');
  }
  if (v >= 4) {
    w.int64((o.producerId === undefined ? 0 : o.producerId));
  } else {
    if (o.producerId !== undefined && o.producerId !== 0) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnTransaction.producerId', v, '4+');
  }
  if (v >= 4) {
    w.int16((o.producerEpoch === undefined ? 0 : o.producerEpoch));
  } else {
    if (o.producerEpoch !== undefined && o.producerEpoch !== 0) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnTransaction.producerEpoch', v, '4+');
  }
  if (v >= 4) {
    w.bool((o.verifyOnly === undefined ? false : o.verifyOnly));
  } else {
    if (o.verifyOnly !== undefined && o.verifyOnly !== false) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnTransaction.verifyOnly', v, '4+');
  }
  if (v >= 4) {
    const a11 = (o.topics === undefined ? [] : o.topics);
    if (a11 === null || a11 === undefined) w.arrayLength(0, flex);
    else {
      w.arrayLength(a11.length, flex);
      for (let i = 0; i < a11.length; i++) writeAddPartitionsToTxnTopic(w, v, a11[i]);
    }
  } else {
    if (o.topics !== undefined && o.topics !== null && o.topics.length > 0) throw new UnsupportedVersionError('AddPartitionsToTxnRequest', 'AddPartitionsToTxnTransaction.topics', v, '4+');
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a AddPartitionsToTxnRequest of version `v`. */
export function decodeAddPartitionsToTxnRequest(r: Reader, v: number): AddPartitionsToTxnRequest {
  return readAddPartitionsToTxnRequest(r, v);
}

/** Encodes a AddPartitionsToTxnRequest of version `v`; missing fields take their defaults. */
export function encodeAddPartitionsToTxnRequest(w: Writer, v: number, o: Input<AddPartitionsToTxnRequest>): void {
  writeAddPartitionsToTxnRequest(w, v, o);
}
