/**
 * Idempotent-producer state of one partition: per producer id, the current
 * epoch and the metadata of its last 5 appended batches (first/last
 * sequence, first/last offset), as Kafka keeps it. Produce uses it to drop
 * retried duplicates (answering with the ORIGINAL offsets), to reject
 * sequence gaps (OUT_OF_ORDER_SEQUENCE_NUMBER) and zombie producers with an
 * older epoch (INVALID_PRODUCER_EPOCH).
 *
 * Persistence: a clean close writes `producer-state-checkpoint` in the
 * partition dir (text, not Kafka's binary .snapshot format):
 *   0                     version
 *   <offset>              log end offset the state is valid for
 *   <count>
 *   <pid> <epoch> <lastTimestamp> <n> (<firstSeq> <lastSeq> <firstOffset> <lastOffset>){n}
 * It is read (then deleted) at the next load only when there was no crash
 * and the log end offset matches; otherwise the state is rebuilt by scanning
 * the batch headers of the log from the log start offset (header reads only;
 * see log-loader.ts). It is also rebuilt after truncation, so it always
 * agrees with the log, including after a crash. Producers whose batches were all removed
 * by retention are forgotten on the next rebuild (Kafka expires them after
 * producer.id.expiration.ms; a forgotten producer is accepted at any
 * sequence, as Kafka accepts an unknown producer).
 *
 * Not safe for concurrent callers (owned by one PartitionLog).
 */
import { ErrorCode } from '../../protocol/generated/errors.js';
import {
  BATCH_LENGTH_OFFSET,
  LAST_OFFSET_DELTA_OFFSET,
  LOG_OVERHEAD,
  batchBaseSequence,
  batchMaxTimestamp,
  batchProducerEpoch,
  batchProducerId,
  lastSequenceOf,
  readInt64,
} from '../../protocol/record-batch.js';

/** Batches remembered per producer (Kafka's NUM_BATCHES_TO_RETAIN). */
export const BATCHES_TO_RETAIN = 5;
/** check() result meaning "this batch is a retry of one already appended". */
export const DUPLICATE = -1000;

/** Whether `nextFirstSeq` directly follows `lastSeq` (sequences wrap at int32 max). */
export function inSequence(lastSeq: number, nextFirstSeq: number): boolean {
  return nextFirstSeq === lastSeq + 1 || (nextFirstSeq === 0 && lastSeq === 0x7fffffff);
}

/** What a producer's entry looks like from outside (tests, describe). */
export interface ProducerStateView {
  producerId: number;
  epoch: number;
  lastSequence: number;
  lastOffset: number;
  lastTimestamp: number;
  batches: { firstSeq: number; lastSeq: number; firstOffset: number; lastOffset: number }[];
}

/** State of one producer id: epoch plus a ring of up to 5 batches, 4 numbers each. */
class ProducerEntry {
  epoch: number;
  /** [firstSeq, lastSeq, firstOffset, lastOffset] * BATCHES_TO_RETAIN, oldest at `head`. */
  readonly meta: number[] = new Array<number>(BATCHES_TO_RETAIN * 4).fill(-1);
  head = 0;
  n = 0;
  lastTimestamp = -1;

  constructor(epoch: number) {
    this.epoch = epoch;
  }

  slot(i: number): number {
    return ((this.head + i) % BATCHES_TO_RETAIN) * 4;
  }

  lastSeq(): number {
    return this.n === 0 ? -1 : this.meta[this.slot(this.n - 1) + 1]!;
  }

  lastOffset(): number {
    return this.n === 0 ? -1 : this.meta[this.slot(this.n - 1) + 3]!;
  }

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
}

/** Idempotent-producer state of one partition. */
export class ProducerStateManager {
  private readonly producers = new Map<number, ProducerEntry>();
  /** First offset of the original batch when check() returned DUPLICATE. */
  duplicateFirstOffset = -1;
  /** Last offset of the original batch when check() returned DUPLICATE. */
  duplicateLastOffset = -1;

  /**
   * Checks a batch of producer `pid` before it is appended. Returns
   * ErrorCode.NONE, DUPLICATE (see duplicateFirstOffset/LastOffset),
   * INVALID_PRODUCER_EPOCH or OUT_OF_ORDER_SEQUENCE_NUMBER. A batch with
   * firstSeq < 0 (a control marker) is only checked for its epoch.
   */
  check(pid: number, epoch: number, firstSeq: number, lastSeq: number): number {
    const e = this.producers.get(pid);
    if (e === undefined) return ErrorCode.NONE;
    if (epoch < e.epoch) return ErrorCode.INVALID_PRODUCER_EPOCH;
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

  /** Records an appended batch of producer `pid` (a new epoch forgets the old epoch's batches). */
  update(pid: number, epoch: number, firstSeq: number, lastSeq: number, firstOffset: number, lastOffset: number, timestamp: number): void {
    let e = this.producers.get(pid);
    if (e === undefined) {
      e = new ProducerEntry(epoch);
      this.producers.set(pid, e);
    } else if (epoch !== e.epoch) {
      e.epoch = epoch;
      e.n = 0;
      e.head = 0;
    }
    if (firstSeq >= 0) e.push(firstSeq, lastSeq, firstOffset, lastOffset);
    if (timestamp > e.lastTimestamp) e.lastTimestamp = timestamp;
  }

  /**
   * Records every idempotent batch in `records[start, end)` (whole batches,
   * offsets assigned): header reads only, no per-batch objects.
   */
  updateFromBatches(records: Buffer, start: number, end: number): void {
    for (let pos = start; pos < end; pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET)) {
      const pid = batchProducerId(records, pos);
      if (pid < 0) continue;
      const base = readInt64(records, pos);
      const delta = records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
      const firstSeq = batchBaseSequence(records, pos);
      const lastSeq = lastSequenceOf(firstSeq, delta);
      this.update(pid, batchProducerEpoch(records, pos), firstSeq, lastSeq, base, base + delta, batchMaxTimestamp(records, pos));
    }
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

  /** Forgets every producer. */
  clear(): void {
    this.producers.clear();
  }

  /** Forgets producers whose last batch ends below `logStartOffset`. */
  removeBefore(logStartOffset: number): void {
    for (const [pid, e] of this.producers) if (e.n > 0 && e.lastOffset() < logStartOffset) this.producers.delete(pid);
  }

  /** Serialises the state as valid at log end offset `offset` (the checkpoint format above). */
  toCheckpoint(offset: number): string {
    let out = `0\n${offset}\n${this.producers.size}\n`;
    for (const [pid, e] of this.producers) {
      out += `${pid} ${e.epoch} ${e.lastTimestamp} ${e.n}`;
      for (let i = 0; i < e.n; i++) {
        const s = e.slot(i);
        out += ` ${e.meta[s]} ${e.meta[s + 1]} ${e.meta[s + 2]} ${e.meta[s + 3]}`;
      }
      out += '\n';
    }
    return out;
  }

  /**
   * Replaces the state with a checkpoint; returns the offset it is valid
   * for, or -1 (state cleared) if the text is malformed.
   */
  loadCheckpoint(text: string): number {
    this.producers.clear();
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const offset = Number(lines[1]);
    if (lines[0] !== '0' || !Number.isInteger(offset) || Number(lines[2]) !== lines.length - 3) return -1;
    for (let i = 3; i < lines.length; i++) {
      const f = lines[i]!.trim().split(' ').map(Number);
      const n = f[3]!;
      if (f.length !== 4 + n * 4 || f.some((x) => !Number.isInteger(x)) || n > BATCHES_TO_RETAIN) {
        this.producers.clear();
        return -1;
      }
      for (let b = 0; b < n; b++) this.update(f[0]!, f[1]!, f[4 + b * 4]!, f[5 + b * 4]!, f[6 + b * 4]!, f[7 + b * 4]!, f[2]!);
      if (n === 0) this.update(f[0]!, f[1]!, -1, -1, -1, -1, f[2]!);
    }
    return offset;
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
        batches,
      });
    }
    return out;
  }
}
