/**
 * Producer state of one partition (Kafka's ProducerStateManager): per
 * producer id, the current epoch, the metadata of its last 5 appended
 * batches (first/last sequence, first/last offset), the coordinator epoch of
 * the last transaction marker and the first offset of its ongoing
 * transaction, if any.
 *
 * Idempotence: Produce uses it to drop retried duplicates (answering with
 * the ORIGINAL offsets), to reject sequence gaps (OUT_OF_ORDER_SEQUENCE_NUMBER)
 * and zombie producers with an older epoch (INVALID_PRODUCER_EPOCH).
 *
 * Transactions: a transactional batch of a producer with no ongoing
 * transaction starts one at its base offset; a control batch (the COMMIT or
 * ABORT marker a coordinator writes) ends it. A marker must carry an epoch
 * at least the producer's (else INVALID_PRODUCER_EPOCH) and a coordinator
 * epoch at least the last marker's (else TRANSACTION_COORDINATOR_FENCED); a
 * non-transactional batch of a producer inside a transaction is
 * INVALID_TXN_STATE. Ended transactions stay "unreplicated" until the high
 * watermark passes their marker. The first unstable offset is the smallest
 * first offset of the ongoing and unreplicated transactions; the partition's
 * last stable offset is min(first unstable offset, high watermark). Each
 * ended ABORT is queued (takeAborted) for the segment's aborted-transaction
 * index, with Kafka's lastStableOffset for it: the first offset of the
 * earliest other ongoing transaction, else the marker's offset + 1.
 *
 * Persistence: producer-snapshot.ts (`<offset>.snapshot` files, written by
 * the partition log at every roll and on close; after a restart the state is
 * loaded from the latest valid one and the batches after it replayed). Not
 * safe for concurrent callers (owned by one PartitionLog).
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import {
  BATCH_LENGTH_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  batchAttributes,
  batchBaseSequence,
  batchMaxTimestamp,
  batchProducerEpoch,
  batchProducerId,
  isControl,
  isTransactional,
  lastSequenceOf,
  readInt64,
} from '../../protocol/record-batch.js';
import { ControlType, controlTypeOf, markerCoordinatorEpoch } from '../../protocol/control-record.js';
import type { AbortedTxn } from './txn-index.js';

/** Batches remembered per producer (Kafka's NUM_BATCHES_TO_RETAIN). */
export const BATCHES_TO_RETAIN = 5;
/** check() result meaning "this batch is a retry of one already appended". */
export const DUPLICATE = -1000;

/** Whether `nextFirstSeq` directly follows `lastSeq` (sequences wrap at int32 max). */
export function inSequence(lastSeq: number, nextFirstSeq: number): boolean {
  return nextFirstSeq === lastSeq + 1 || (nextFirstSeq === 0 && lastSeq === 0x7fffffff);
}

/** What a producer's entry looks like from outside (tests, DescribeProducers). */
export interface ProducerStateView {
  producerId: number;
  epoch: number;
  lastSequence: number;
  lastOffset: number;
  lastTimestamp: number;
  /** Coordinator epoch of the producer's last transaction marker, -1 if none. */
  coordinatorEpoch: number;
  /** First offset of the producer's ongoing transaction, -1 if none. */
  currentTxnStartOffset: number;
  batches: { firstSeq: number; lastSeq: number; firstOffset: number; lastOffset: number }[];
}

/** A transaction ended by a marker (Kafka's CompletedTxn). */
export interface CompletedTxn {
  producerId: number;
  /** First offset of the transaction, inclusive. */
  firstOffset: number;
  /** Offset of its marker, inclusive. */
  lastOffset: number;
  aborted: boolean;
}

/** State of one producer id: epoch, transaction fields and a ring of up to 5 batches, 4 numbers each. */
export class ProducerEntry {
  epoch: number;
  /** [firstSeq, lastSeq, firstOffset, lastOffset] * BATCHES_TO_RETAIN, oldest at `head`. */
  readonly meta: number[] = new Array<number>(BATCHES_TO_RETAIN * 4).fill(-1);
  head = 0;
  n = 0;
  lastTimestamp = -1;
  /** Coordinator epoch of the last marker, -1 if none. */
  coordinatorEpoch = -1;
  /** First offset of the ongoing transaction, -1 when none. */
  currentTxnFirstOffset = -1;

  /** An entry at `epoch` with no batches. */
  constructor(
    readonly producerId: number,
    epoch: number,
  ) {
    this.epoch = epoch;
  }

  /** Index in `meta` of the i-th retained batch (0 = oldest). */
  slot(i: number): number {
    return ((this.head + i) % BATCHES_TO_RETAIN) * 4;
  }

  /** Last sequence appended, -1 if none. */
  lastSeq(): number {
    return this.n === 0 ? -1 : this.meta[this.slot(this.n - 1) + 1]!;
  }

  /** Last offset appended, -1 if none. */
  lastOffset(): number {
    return this.n === 0 ? -1 : this.meta[this.slot(this.n - 1) + 3]!;
  }

  /** Remembers a batch (the oldest of 5 goes). */
  push(firstSeq: number, lastSeq: number, firstOffset: number, lastOffset: number): void {
    let s: number;
    if (this.n < BATCHES_TO_RETAIN) s = this.slot(this.n++);
    else {
      s = this.slot(0);
      this.head = (this.head + 1) % BATCHES_TO_RETAIN;
    }
    this.meta[s] = firstSeq;
    this.meta[s + 1] = lastSeq;
    this.meta[s + 2] = firstOffset;
    this.meta[s + 3] = lastOffset;
  }

  /** Moves to `epoch`; a newer epoch forgets the older one's batches (its sequences restart at 0). */
  bumpTo(epoch: number): void {
    if (epoch === this.epoch) return;
    this.epoch = epoch;
    this.n = 0;
    this.head = 0;
  }
}

/** Producer state of one partition. */
export class ProducerStateManager {
  private readonly producers = new Map<number, ProducerEntry>();
  /** Producers with an ongoing transaction. */
  private ongoingCount = 0;
  /** Ended transactions whose marker is not below the high watermark yet, in marker order. */
  private unreplicated: CompletedTxn[] = [];
  /** Ended ABORTs not yet taken for the aborted-transaction index. */
  private abortedQueue: AbortedTxn[] = [];
  /** Cached first unstable offset; NaN when it must be recomputed. */
  private firstUnstable = -1;
  /** First offset of the original batch when check() returned DUPLICATE. */
  duplicateFirstOffset = -1;
  /** Last offset of the original batch when check() returned DUPLICATE. */
  duplicateLastOffset = -1;

  /**
   * Checks a data batch of producer `pid` before it is appended. Returns
   * ErrorCode.NONE, DUPLICATE (see duplicateFirstOffset/LastOffset),
   * INVALID_PRODUCER_EPOCH, OUT_OF_ORDER_SEQUENCE_NUMBER or INVALID_TXN_STATE.
   */
  check(pid: number, epoch: number, firstSeq: number, lastSeq: number, transactional = false): number {
    const e = this.producers.get(pid);
    if (e === undefined) return ErrorCode.NONE;
    if (epoch < e.epoch) return ErrorCode.INVALID_PRODUCER_EPOCH;
    if (!transactional && e.currentTxnFirstOffset >= 0 && epoch === e.epoch) return ErrorCode.INVALID_TXN_STATE;
    if (firstSeq < 0) return ErrorCode.NONE;
    if (epoch > e.epoch) return firstSeq === 0 ? ErrorCode.NONE : ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER;
    for (let i = 0; i < e.n; i++) {
      const s = e.slot(i);
      if (e.meta[s] === firstSeq && e.meta[s + 1] === lastSeq) {
        this.duplicateFirstOffset = e.meta[s + 2]!;
        this.duplicateLastOffset = e.meta[s + 3]!;
        return DUPLICATE;
      }
    }
    if (e.n === 0) return ErrorCode.NONE;
    return inSequence(e.lastSeq(), firstSeq) ? ErrorCode.NONE : ErrorCode.OUT_OF_ORDER_SEQUENCE_NUMBER;
  }

  /**
   * Checks a transaction marker of producer `pid` before it is appended:
   * NONE, INVALID_PRODUCER_EPOCH (older than the producer's epoch) or
   * TRANSACTION_COORDINATOR_FENCED (older coordinator epoch than the last marker's).
   */
  checkMarker(pid: number, epoch: number, coordinatorEpoch: number): number {
    const e = this.producers.get(pid);
    if (e === undefined) return ErrorCode.NONE;
    if (epoch < e.epoch) return ErrorCode.INVALID_PRODUCER_EPOCH;
    if (coordinatorEpoch < e.coordinatorEpoch) return ErrorCode.TRANSACTION_COORDINATOR_FENCED;
    return ErrorCode.NONE;
  }

  private entryFor(pid: number, epoch: number): ProducerEntry {
    let e = this.producers.get(pid);
    if (e === undefined) {
      e = new ProducerEntry(pid, epoch);
      this.producers.set(pid, e);
    } else e.bumpTo(epoch);
    return e;
  }

  /** Records an appended data batch of producer `pid` (a new epoch forgets the old epoch's batches). */
  update(
    pid: number,
    epoch: number,
    firstSeq: number,
    lastSeq: number,
    firstOffset: number,
    lastOffset: number,
    timestamp: number,
    transactional = false,
  ): void {
    const e = this.entryFor(pid, epoch);
    if (firstSeq >= 0) e.push(firstSeq, lastSeq, firstOffset, lastOffset);
    if (timestamp > e.lastTimestamp) e.lastTimestamp = timestamp;
    if (transactional && e.currentTxnFirstOffset < 0) {
      e.currentTxnFirstOffset = firstOffset;
      this.ongoingCount++;
      this.firstUnstable = Number.NaN;
    }
  }

  /**
   * Records an appended marker of producer `pid` at `offset`: ends its
   * ongoing transaction, if any (returned; ABORTs are also queued for the
   * aborted-transaction index).
   */
  completeTxn(
    pid: number,
    epoch: number,
    coordinatorEpoch: number,
    offset: number,
    commit: boolean,
    timestamp: number,
  ): CompletedTxn | null {
    const e = this.entryFor(pid, epoch);
    e.coordinatorEpoch = coordinatorEpoch;
    if (timestamp > e.lastTimestamp) e.lastTimestamp = timestamp;
    const first = e.currentTxnFirstOffset;
    if (first < 0) return null;
    e.currentTxnFirstOffset = -1;
    this.ongoingCount--;
    const done: CompletedTxn = { producerId: pid, firstOffset: first, lastOffset: offset, aborted: !commit };
    this.unreplicated.push(done);
    this.firstUnstable = Number.NaN;
    if (!commit) {
      let lso = offset + 1;
      if (this.ongoingCount > 0)
        for (const o of this.producers.values()) if (o.currentTxnFirstOffset >= 0) lso = Math.min(lso, o.currentTxnFirstOffset);
      this.abortedQueue.push({ producerId: pid, firstOffset: first, lastOffset: offset, lastStableOffset: lso });
    }
    return done;
  }

  /**
   * Records every batch in `records[start, end)` (whole batches, offsets
   * assigned): header reads only for data batches; a control batch's one
   * record key is read for its type.
   */
  updateFromBatches(records: Buffer, start: number, end: number): void {
    for (let pos = start; pos < end; pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET)) {
      const pid = batchProducerId(records, pos);
      if (pid < 0) continue;
      const base = readInt64(records, pos);
      const delta = records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
      this.updateBatch(records, pos, pid, base, base + delta, batchMaxTimestamp(records, pos));
    }
  }

  /** Records one batch of producer `pid` at `pos` spanning [base, last] (inclusive). */
  updateBatch(b: Buffer, pos: number, pid: number, base: number, last: number, maxTimestamp: number): void {
    const attrs = batchAttributes(b, pos);
    const epoch = batchProducerEpoch(b, pos);
    if (isControl(attrs)) {
      const type = controlTypeOf(b, pos);
      if (type === ControlType.COMMIT || type === ControlType.ABORT) {
        this.completeTxn(pid, epoch, markerCoordinatorEpoch(b, pos), base, type === ControlType.COMMIT, maxTimestamp);
      }
      return;
    }
    const firstSeq = batchBaseSequence(b, pos);
    this.update(pid, epoch, firstSeq, lastSequenceOf(firstSeq, last - base), base, last, maxTimestamp, isTransactional(attrs));
  }

  /** The ended ABORTs since the last call, in marker order (for the aborted-transaction index). */
  takeAborted(): AbortedTxn[] {
    if (this.abortedQueue.length === 0) return EMPTY_ABORTED;
    const out = this.abortedQueue;
    this.abortedQueue = [];
    return out;
  }

  /** The high watermark moved to `hw`: ended transactions whose marker is below it are stable. */
  onHighWatermark(hw: number): void {
    if (this.unreplicated.length === 0 || this.unreplicated[0]!.lastOffset >= hw) return;
    let i = 0;
    while (i < this.unreplicated.length && this.unreplicated[i]!.lastOffset < hw) i++;
    this.unreplicated = this.unreplicated.slice(i);
    this.firstUnstable = Number.NaN;
  }

  /** Smallest first offset of an ongoing or unreplicated transaction, -1 when none. */
  firstUnstableOffset(): number {
    if (!Number.isNaN(this.firstUnstable)) return this.firstUnstable;
    let min = Number.MAX_SAFE_INTEGER;
    if (this.ongoingCount > 0)
      for (const e of this.producers.values()) if (e.currentTxnFirstOffset >= 0) min = Math.min(min, e.currentTxnFirstOffset);
    for (const t of this.unreplicated) min = Math.min(min, t.firstOffset);
    this.firstUnstable = min === Number.MAX_SAFE_INTEGER ? -1 : min;
    return this.firstUnstable;
  }

  /** Number of producers with an ongoing transaction. */
  get ongoingTransactions(): number {
    return this.ongoingCount;
  }

  /** Current epoch of `pid`, or -1 if unknown. */
  epochOf(pid: number): number {
    return this.producers.get(pid)?.epoch ?? -1;
  }

  /** Last sequence appended by `pid`, or -1. */
  lastSequenceOf(pid: number): number {
    return this.producers.get(pid)?.lastSeq() ?? -1;
  }

  /** Number of known producers. */
  get size(): number {
    return this.producers.size;
  }

  /** Every entry (snapshots). */
  entries(): IterableIterator<ProducerEntry> {
    return this.producers.values();
  }

  /** Adds an entry read from a snapshot (replacing one of the same id). */
  restore(e: ProducerEntry): void {
    const old = this.producers.get(e.producerId);
    if (old !== undefined && old.currentTxnFirstOffset >= 0) this.ongoingCount--;
    this.producers.set(e.producerId, e);
    if (e.currentTxnFirstOffset >= 0) this.ongoingCount++;
    this.firstUnstable = Number.NaN;
  }

  /** Forgets every producer and transaction. */
  clear(): void {
    this.producers.clear();
    this.ongoingCount = 0;
    this.unreplicated = [];
    this.abortedQueue = [];
    this.firstUnstable = -1;
  }

  /**
   * Forgets producers whose last batch ends below `logStartOffset` (never one
   * inside a transaction: its marker is still to come).
   */
  removeBefore(logStartOffset: number): void {
    for (const [pid, e] of this.producers) {
      if (e.n > 0 && e.lastOffset() < logStartOffset && e.currentTxnFirstOffset < 0) this.producers.delete(pid);
    }
  }

  /** A snapshot of every producer's state (not for hot paths). */
  view(): ProducerStateView[] {
    const out: ProducerStateView[] = [];
    for (const [pid, e] of this.producers) {
      const batches = [];
      for (let i = 0; i < e.n; i++) {
        const s = e.slot(i);
        batches.push({ firstSeq: e.meta[s]!, lastSeq: e.meta[s + 1]!, firstOffset: e.meta[s + 2]!, lastOffset: e.meta[s + 3]! });
      }
      out.push({
        producerId: pid,
        epoch: e.epoch,
        lastSequence: e.lastSeq(),
        lastOffset: e.lastOffset(),
        lastTimestamp: e.lastTimestamp,
        coordinatorEpoch: e.coordinatorEpoch,
        currentTxnStartOffset: e.currentTxnFirstOffset,
        batches,
      });
    }
    return out;
  }
}

const EMPTY_ABORTED: AbortedTxn[] = [];
