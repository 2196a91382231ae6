// generated, do not edit

import { Reader } from '../reader.js';
import { Writer } from '../writer.js';
import type { Input } from '../input.js';
import type { ErrorCode } from './errors.js';

/** ListTransactionsResponse: versions and flexible versions. */
export const ListTransactionsResponseMeta = { name: 'ListTransactionsResponse', apiKey: 66, minVersion: 0, maxVersion: 1, flexibleMin: 0 } as const;

/** ListTransactionsResponse (generated from ListTransactionsResponse.json). */
export interface ListTransactionsResponse {
  throttleTimeMs: number;
  errorCode: ErrorCode;
  unknownStateFilters: string[];
  transactionStates: TransactionState[];
}

/** A ListTransactionsResponse with every field at its schema default. */
export function defaultListTransactionsResponse(): ListTransactionsResponse {
  return {
    throttleTimeMs: 0,
    errorCode: 0,
    unknownStateFilters: [],
    transactionStates: [],
  };
}

function readListTransactionsResponse(r: Reader, v: number): ListTransactionsResponse {
  const flex = true;
  let _throttleTimeMs: number = 0;
  _throttleTimeMs = r.int32();
  let _errorCode: ErrorCode = 0;
  _errorCode = r.int16() as ErrorCode;
  let _unknownStateFilters: string[] = [];
  const n0 = r.arrayLength(flex);
  if (n0 < 0) _unknownStateFilters = [];
  else {
    const a1: string[] = new Array(n0);
    for (let i = 0; i < n0; i++) a1[i] = r.string(flex);
    _unknownStateFilters = a1;
  }
  let _transactionStates: TransactionState[] = [];
  const n2 = r.arrayLength(flex);
  if (n2 < 0) _transactionStates = [];
  else {
    const a3: TransactionState[] = new Array(n2);
    for (let i = 0; i < n2; i++) a3[i] = readTransactionState(r, v);
    _transactionStates = a3;
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
  return { throttleTimeMs: _throttleTimeMs, errorCode: _errorCode, unknownStateFilters: _unknownStateFilters, transactionStates: _transactionStates };
}

function writeListTransactionsResponse(w: Writer, v: number, o: Input<ListTransactionsResponse>): void {
  const flex = true;
  w.int32((o.throttleTimeMs === undefined ? 0 : o.throttleTimeMs));
  w.int16((o.errorCode === undefined ? 0 : o.errorCode));
  const a4 = (o.unknownStateFilters === undefined ? [] : o.unknownStateFilters);
  if (a4 === null || a4 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a4.length, flex);
    for (let i = 0; i < a4.length; i++) w.string(a4[i] ?? '', flex);
  }
  const a5 = (o.transactionStates === undefined ? [] : o.transactionStates);
  if (a5 === null || a5 === undefined) w.arrayLength(0, flex);
  else {
    w.arrayLength(a5.length, flex);
    for (let i = 0; i < a5.length; i++) writeTransactionState(w, v, a5[i]);
  }
  if (flex) {
    w.uvarint(0);
  }
}

/** TransactionState (generated from ListTransactionsResponse.json). */
export interface TransactionState {
  transactionalId: string;
  producerId: number;
  transactionState: string;
}

/** A TransactionState with every field at its schema default. */
export function defaultTransactionState(): TransactionState {
  return {
    transactionalId: "",
    producerId: 0,
    transactionState: "",
  };
}

function readTransactionState(r: Reader, v: number): TransactionState {
  const flex = true;
  let _transactionalId: string = "";
  _transactionalId = r.string(flex);
  let _producerId: number = 0;
  _producerId = r.int64();
  let _transactionState: string = "";
  _transactionState = r.string(flex);
  if (flex) {
    let tags = r.uvarint();
    while (tags-- > 0) {
      r.uvarint();
      const size = r.uvarint();
      const end = r.pos + size;
      r.skip(end - r.pos);
    }
  }
  return { transactionalId: _transactionalId, producerId: _producerId, transactionState: _transactionState };
}

function writeTransactionState(w: Writer, v: number, o: Input<TransactionState>): void {
  const flex = true;
  w.string((o.transactionalId === undefined ? "" : o.transactionalId) ?? '', flex);
  w.int64((o.producerId === undefined ? 0 : o.producerId));
  w.string((o.transactionState === undefined ? "" : o.transactionState) ?? '', flex);
  if (flex) {
    w.uvarint(0);
  }
}

/** Decodes a ListTransactionsResponse of version `v`. */
export function decodeListTransactionsResponse(r: Reader, v: number): ListTransactionsResponse {
  return readListTransactionsResponse(r, v);
}

/** Encodes a ListTransactionsResponse of version `v`; missing fields take their defaults. */
export function encodeListTransactionsResponse(w: Writer, v: number, o: Input<ListTransactionsResponse>): void {
  writeListTransactionsResponse(w, v, o);
}
