/**
 * Leader epoch cache of one partition: which leader epoch started at which
 * offset, persisted in `<partition dir>/leader-epoch-checkpoint`.
 *
 * File format (Kafka's):
 *   0                      version
 *   <count>
 *   <epoch> <startOffset>  one line per epoch, increasing in both columns
 *
 * Invariants: epochs and start offsets strictly increase; every start offset
 * is >= the log start offset and < the log end offset (kept true by
 * truncateFromStart/truncateFromEnd). The file is rewritten atomically on
 * every change (changes are rare: one per leader election), but not fsynced
 * (as Kafka since KAFKA-15046): the first append of a new epoch happens on
 * the produce path, and its fsync stalled every request of the broker for
 * 10-110 ms on this disk. The file is made durable by sync(), which the
 * local log calls before its recovery point moves (flush, roll) and which
 * close calls, so that this holds after any crash: every entry missing from
 * the file starts at or above the checkpointed recovery point. Loading after
 * an unclean shutdown re-reads the batches from the recovery point on and
 * starts the epochs they carry (addEpochsFromBatches in log-replay.ts);
 * entries the file still has but the log lost are cut by the loader's
 * truncateFromEnd/truncateFromStart. clear() (the log restarted at a new
 * offset) stays durable at once: the recovery point moves with it. If the
 * file is missing or malformed the PartitionLog rebuilds the cache from the
 * batches' partitionLeaderEpoch fields.
 *
 * Not safe for concurrent callers (owned by one PartitionLog).
 */
import type { PartitionStore } from './partition-store.js';
import { BATCH_LENGTH_OFFSET, LOG_OVERHEAD, batchPartitionLeaderEpoch, readInt64 } from '../../protocol/record-batch.js';

/** Kafka's "no epoch" and "no offset" answers. */
export const UNDEFINED_EPOCH = -1;
export const UNDEFINED_EPOCH_OFFSET = -1;

/** An epoch and the first offset written in it. */
export interface EpochEntry {
  epoch: number;
  startOffset: number;
}

/** epoch → start offset, kept as two parallel number arrays. */
export class LeaderEpochCache {
  private epochs: number[] = [];
  private starts: number[] = [];
  /** Whether the file existed and parsed (otherwise the caller rebuilds from the log). */
  readonly loaded: boolean;
  /** Whether the file holds the entries and is fsynced. */
  private durable = true;

  /** Loads file `name` of `store` if present and well formed. */
  constructor(
    private readonly store: PartitionStore,
    private readonly name: string,
  ) {
    this.loaded = this.load();
  }

  private load(): boolean {
    const data = this.store.readFile(this.name);
    if (data === null) return false;
    const text = data.toString('utf8');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines[0]?.trim() !== '0' || Number(lines[1]) !== lines.length - 2) return false;
    for (let i = 2; i < lines.length; i++) {
      const [e, s] = lines[i]!.trim().split(/\s+/).map(Number);
      if (!Number.isInteger(e) || !Number.isInteger(s)) {
        this.epochs = [];
        this.starts = [];
        return false;
      }
      this.epochs.push(e!);
      this.starts.push(s!);
    }
    return true;
  }

  /**
   * Rewrites the checkpoint file atomically, fsynced when `durable` (see the
   * header). A failed write leaves the file stale: marked not durable.
   */
  flush(durable = true): void {
    let text = `0\n${this.epochs.length}\n`;
    for (let i = 0; i < this.epochs.length; i++) text += `${this.epochs[i]} ${this.starts[i]}\n`;
    this.durable = false;
    this.store.writeFileAtomic(this.name, text, durable);
    this.durable = durable;
  }

  /** Makes the file hold every entry, fsynced (a no-op when it does). */
  sync(): void {
    if (!this.durable) this.flush(true);
  }

  /** Whether changes are waiting for sync(). */
  get needsSync(): boolean {
    return !this.durable;
  }

  /**
   * Records that `epoch` starts at `startOffset`. A no-op for a known
   * latest epoch; entries that conflict (epoch >= or start >= the new one)
   * are dropped first. Returns whether anything changed (and was written,
   * not fsynced, when `flush`).
   */
  assign(epoch: number, startOffset: number, flush = true): boolean {
    if (epoch < 0) return false;
    const n = this.epochs.length;
    if (n > 0 && this.epochs[n - 1] === epoch) return false;
    while (
      this.epochs.length > 0 &&
      (this.epochs[this.epochs.length - 1]! >= epoch || this.starts[this.starts.length - 1]! >= startOffset)
    ) {
      this.epochs.pop();
      this.starts.pop();
    }
    this.epochs.push(epoch);
    this.starts.push(startOffset);
    if (flush) this.flush(false);
    else this.durable = false;
    return true;
  }

  /**
   * Starts in the cache every epoch newer than the latest that a batch of
   * `records[0, end)` (whole batches, offsets assigned) carries, at that
   * batch's base offset. Returns null, or why the checkpoint could not be
   * written (the cache in memory is right even then).
   */
  assignFromBatches(records: Buffer, end: number): string | null {
    let failure: string | null = null;
    for (let pos = 0; pos < end; pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET)) {
      const epoch = batchPartitionLeaderEpoch(records, pos);
      if (epoch <= this.latestEpoch()) continue;
      try {
        this.assign(epoch, readInt64(records, pos));
      } catch (err) {
        failure ??= (err as Error).message;
      }
    }
    return failure;
  }

  /** Start offset of the latest entry, or -1 when empty. */
  latestStartOffset(): number {
    return this.starts.length === 0 ? UNDEFINED_EPOCH_OFFSET : this.starts[this.starts.length - 1]!;
  }

  /** Latest epoch, or -1 when empty. */
  latestEpoch(): number {
    return this.epochs.length === 0 ? UNDEFINED_EPOCH : this.epochs[this.epochs.length - 1]!;
  }

  /** Start offset of the earliest entry, or -1 when empty. */
  earliestStartOffset(): number {
    return this.starts.length === 0 ? UNDEFINED_EPOCH_OFFSET : this.starts[0]!;
  }

  /**
   * Kafka's OffsetForLeaderEpoch answer for `requestedEpoch` on a log whose
   * end offset is `logEndOffset`: the latest epoch → (it, LEO); an epoch
   * above every known one or -1 → (-1, -1); otherwise the largest known
   * epoch <= requested (or the requested one if none is lower) and the start
   * offset of the first epoch above it.
   */
  endOffsetFor(requestedEpoch: number, logEndOffset: number): EpochEntry {
    const n = this.epochs.length;
    if (requestedEpoch === UNDEFINED_EPOCH || n === 0) return { epoch: UNDEFINED_EPOCH, startOffset: UNDEFINED_EPOCH_OFFSET };
    if (requestedEpoch === this.epochs[n - 1]) return { epoch: requestedEpoch, startOffset: logEndOffset };
    let higher = -1;
    for (let i = 0; i < n; i++) {
      if (this.epochs[i]! > requestedEpoch) {
        higher = i;
        break;
      }
    }
    if (higher < 0) return { epoch: UNDEFINED_EPOCH, startOffset: UNDEFINED_EPOCH_OFFSET };
    if (higher === 0) return { epoch: requestedEpoch, startOffset: this.starts[0]! };
    return { epoch: this.epochs[higher - 1]!, startOffset: this.starts[higher]! };
  }

  /** Epoch of the leader that wrote `offset`, or -1. */
  epochForOffset(offset: number): number {
    let found = UNDEFINED_EPOCH;
    for (let i = 0; i < this.starts.length && this.starts[i]! <= offset; i++) found = this.epochs[i]!;
    return found;
  }

  /** Drops entries starting at or after `endOffset` (the log was truncated to it). */
  truncateFromEnd(endOffset: number): void {
    let n = this.starts.length;
    while (n > 0 && this.starts[n - 1]! >= endOffset) n--;
    if (n === this.starts.length) return;
    this.epochs.length = n;
    this.starts.length = n;
    this.flush(false);
  }

  /**
   * The log now starts at `startOffset`: drops entries wholly below it and
   * moves the start of the one covering it up to `startOffset`.
   */
  truncateFromStart(startOffset: number): void {
    let drop = 0;
    while (drop + 1 < this.starts.length && this.starts[drop + 1]! <= startOffset) drop++;
    const moved = this.starts.length > 0 && this.starts[drop]! < startOffset;
    if (drop === 0 && !moved) return;
    this.epochs.splice(0, drop);
    this.starts.splice(0, drop);
    if (moved) this.starts[0] = startOffset;
    this.flush(false);
  }

  /** Removes every entry (durably: see the header). */
  clear(): void {
    this.epochs = [];
    this.starts = [];
    this.flush();
  }

  /** All entries, oldest first (not for hot paths). */
  entries(): EpochEntry[] {
    return this.epochs.map((epoch, i) => ({ epoch, startOffset: this.starts[i]! }));
  }

  /** Removes the checkpoint file. */
  deleteFile(): void {
    this.store.remove(this.name);
  }
}
