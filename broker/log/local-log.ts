/**
 * The local log of one partition (Kafka's LocalLog): the file mechanics under
 * the partition log — an ordered list of segments (the last one active),
 * appends to the active segment with rolling, reads of whole batches,
 * truncation, flush (fsync) and deletion of segments. It knows offsets only
 * as far as the files do: the log end offset (one past the last batch
 * written) and the recovery point (offsets below it are fsynced). It knows
 * nothing of the high watermark, producers, leader epochs or validation
 * (partition-log.ts).
 *
 * Segment list invariants: at least one segment; base offsets strictly
 * increase; only the last segment is appended to; every batch of segment i
 * has offsets in [base(i), base(i+1)) (end exclusive); the log end offset is
 * >= the active segment's base offset.
 *
 * Bytes pass through unchanged: append writes `records[start, end)` as
 * given (offsets already assigned by the caller); read returns one Buffer of
 * whole batches. No per-record work, no per-batch objects. Every batch end
 * appended goes into a ring of recent boundaries (log-offset-metadata.ts),
 * from which the partition log takes the high watermark's file position.
 *
 * Appends, truncation, rolls and deletions are synchronous and run to
 * completion on the one JS thread, but for the fsync of the segment a roll
 * closes (as Kafka's "flush-log" task): it runs on the thread pool, and the
 * recovery point moves to the new segment's base when it is done — unless
 * the segments changed meanwhile (truncation, deletion: the recovery point
 * then stays, which only means more recovery after a crash). Its fsync took
 * 10-60 ms of a busy disk, in the middle of a produce request, and longer
 * the more of the segment was still dirty. Reads are asynchronous (segment-reader.ts) and
 * may interleave with all of them: appends and rolls never move bytes a
 * read can see, and everything that does — truncation, segment deletion,
 * the cleaner's swap — bumps `generation`; a read that finds it changed
 * when its I/O completes answers null ("changed under me"), and the caller
 * re-checks its offsets and reads again. A file closed by a deletion stays
 * readable until its pending reads finish (partition-store.ts), so a read
 * never fails or returns another file's bytes because of one.
 */
import { BATCH_LENGTH_OFFSET, LAST_OFFSET_DELTA_OFFSET, LOG_OVERHEAD, readInt64 } from '../../protocol/record-batch.js';
import { RecentBoundaries, type LogOffsetMetadata } from './log-offset-metadata.js';
import type { LogConfig } from './log-config.js';
import { LogSegment } from './segment.js';
import { floorSegmentIndex } from './log-loader.js';
import { shouldRoll } from './roll-policy.js';
import { releaseReadBuffer } from './read-buffers.js';
import { findBatchPosition, readBatches } from './segment-reader.js';
import type { PartitionStore } from './partition-store.js';

const EMPTY = Buffer.alloc(0);

function jitterOf(config: LogConfig): number {
  return config.segmentJitterMs > 0 ? Math.floor(Math.random() * config.segmentJitterMs) : 0;
}

/** Segments of one partition and the file operations over them. */
export class LocalLog {
  /** Offsets below this are fsynced (persisted in recovery-point-offset-checkpoint). */
  recoveryPoint: number;
  private config: LogConfig;
  private segments: LogSegment[];
  private nextOffset: number;
  private totalSize = 0;
  private rollJitterMs: number;
  private closed = false;
  /** Bumped by every change that moves or removes written bytes (see the header). */
  private generation = 0;
  /** Ends of the most recently appended batches, for high watermark positions. */
  private readonly boundaries = new RecentBoundaries();
  /** Where the previous read ended: a sequential consumer's next fetch skips the offset lookup. */
  private cacheOffset = -1;
  private cachePosition = -1;
  private cacheSegment: LogSegment | null = null;
  /**
   * Called before the recovery point moves up (flush, roll): what must be
   * durable before offsets below the new recovery point are treated as
   * recovered (the partition log's leader epoch checkpoint). May throw: the
   * recovery point then stays.
   */
  beforeRecoveryPointAdvance: () => void = () => undefined;
  /** Told when a background flush failed (the recovery point stayed). */
  onBackgroundError: (err: Error) => void = () => undefined;
  /** Settles when the background flushes started so far have finished (never rejects). */
  backgroundFlushed: Promise<void> = Promise.resolve();

  /**
   * Takes over loaded segments (log-loader.ts). `nextOffset` is the log end
   * offset they hold; `recoveryPoint` is at most that.
   */
  constructor(
    readonly store: PartitionStore,
    config: LogConfig,
    segments: LogSegment[],
    nextOffset: number,
    recoveryPoint: number,
  ) {
    this.config = config;
    this.segments = segments;
    this.nextOffset = nextOffset;
    this.recoveryPoint = recoveryPoint;
    this.rollJitterMs = jitterOf(config);
    for (const s of segments) this.totalSize += s.size;
  }

  /** One past the last offset written (exclusive end). */
  get logEndOffset(): number {
    return this.nextOffset;
  }
  /** Total bytes of all segments. */
  get size(): number {
    return this.totalSize;
  }
  /** Whether close() ran. */
  get isClosed(): boolean {
    return this.closed;
  }
  /** Number of segments (the last one active). */
  get segmentCount(): number {
    return this.segments.length;
  }
  /** The segments, oldest first, the last one active (read-only use). */
  get allSegments(): readonly LogSegment[] {
    return this.segments;
  }
  /** Base offsets of the segments, oldest first. */
  segmentBaseOffsets(): number[] {
    return this.segments.map((s) => s.baseOffset);
  }

  /** Replaces the config (index interval applies at once; segment sizes on the next roll). */
  updateConfig(config: LogConfig): void {
    this.config = config;
    this.rollJitterMs = jitterOf(config);
    for (const s of this.segments) s.setIndexIntervalBytes(config.indexIntervalBytes);
  }

  /**
   * Writes `records[start, end)` — whole batches, offsets assigned, the last
   * one ending at `lastOffset` (inclusive), the largest timestamp
   * `maxTimestamp` — to the active segment, rolling first when shouldRoll
   * says so, and fsyncs when `sync` (flush.messages reached). The log end
   * offset becomes lastOffset + 1. Throws on a storage error (write, roll or
   * that fsync) having taken back whatever of the batches reached the log:
   * the log end offset stays where it was.
   */
  append(records: Buffer, start: number, end: number, lastOffset: number, maxTimestamp: number, now: number, sync = false): void {
    const firstOffset = this.nextOffset;
    let seg = this.segments[this.segments.length - 1]!;
    if (shouldRoll(seg, this.config, this.rollJitterMs, end - start, maxTimestamp, lastOffset, now)) seg = this.roll(this.nextOffset);
    const filePos = seg.size;
    seg.append(records, start, end);
    this.totalSize += end - start;
    this.nextOffset = lastOffset + 1;
    if (sync) {
      try {
        this.flush();
      } catch (err) {
        // Written but not durable as the topic asks: not acknowledged, so not kept.
        this.truncateTo(firstOffset);
        throw err;
      }
    }
    for (let p = start; p < end;) {
      const last = readInt64(records, p) + records.readInt32BE(p + LAST_OFFSET_DELTA_OFFSET);
      p += LOG_OVERHEAD + records.readInt32BE(p + BATCH_LENGTH_OFFSET);
      this.boundaries.add(last + 1, seg.baseOffset, filePos + (p - start));
    }
  }

  /**
   * Fills `out` with batch boundary `offset` and its file position (-1 when
   * not known) and returns whether it is known: the log end offset and the
   * first segment's base always are, recent batch ends are (see
   * log-offset-metadata.ts).
   */
  positionOf(offset: number, out: LogOffsetMetadata): boolean {
    out.offset = offset;
    const active = this.segments[this.segments.length - 1]!;
    const first = this.segments[0]!;
    if (offset === this.nextOffset || offset === first.baseOffset) {
      const seg = offset === this.nextOffset ? active : first;
      out.segmentBaseOffset = seg.baseOffset;
      out.position = offset === this.nextOffset ? seg.size : 0;
      return true;
    }
    if (this.boundaries.lookup(offset, out)) return true;
    out.segmentBaseOffset = -1;
    out.position = -1;
    return false;
  }

  /**
   * Starts a new active segment at `baseOffset` (default: the log end
   * offset). The old one gets its final time index entry; the segments from
   * the recovery point up to the new one are fsynced in the background,
   * after which the recovery point moves to the new segment's base (see the
   * header; `backgroundFlushed` settles then).
   */
  roll(baseOffset = this.nextOffset): LogSegment {
    const active = this.segments[this.segments.length - 1]!;
    if (active.size === 0 && active.baseOffset === baseOffset) return active;
    active.onBecomeInactive();
    const seg = LogSegment.open(this.store, baseOffset, this.config, true);
    this.segments.push(seg);
    if (this.recoveryPoint < baseOffset) this.flushInBackground(baseOffset);
    return seg;
  }

  /** fsyncs the segments holding [recovery point, upTo) off the event loop, then moves the recovery point to `upTo`. */
  private flushInBackground(upTo: number): void {
    const generation = this.generation;
    const from = floorSegmentIndex(this.segments, this.recoveryPoint);
    const syncs: Promise<void>[] = [];
    for (let i = from; i < this.segments.length && this.segments[i]!.baseOffset < upTo; i++) syncs.push(this.segments[i]!.flushAsync());
    const previous = this.backgroundFlushed;
    this.backgroundFlushed = Promise.all([previous, ...syncs]).then(
      () => {
        if (this.closed || this.generation !== generation || this.recoveryPoint >= upTo || upTo > this.nextOffset) return;
        try {
          this.beforeRecoveryPointAdvance();
          this.recoveryPoint = upTo;
        } catch (err) {
          this.onBackgroundError(err as Error);
        }
      },
      (err: Error) => this.onBackgroundError(err),
    );
  }

  /**
   * Whole batches from the one holding `fetchOffset` (which the caller has
   * checked lies in [log start, log end)): as many as fit in `maxBytes` whose
   * last offset is < `maxOffsetExclusive`; if none fits and `minOneBatch`,
   * the first batch alone. `bound`, when its position is known, is where
   * `maxOffsetExclusive` is in the files: the segment holding it is read up
   * to that byte position only, later segments not at all. Reads one
   * segment per call; empty when nothing qualifies; null when the segments
   * changed under the read (see the header: re-check and retry).
   */
  async read(
    fetchOffset: number,
    maxBytes: number,
    maxOffsetExclusive: number,
    bound: LogOffsetMetadata | null,
    minOneBatch: boolean,
  ): Promise<Buffer | null> {
    if (fetchOffset >= this.nextOffset || fetchOffset >= maxOffsetExclusive) return EMPTY;
    const generation = this.generation;
    // Copied now: the caller's metadata object moves with the high watermark.
    const boundBase = bound !== null && bound.position >= 0 ? bound.segmentBaseOffset : -1;
    const boundPosition = boundBase >= 0 ? bound!.position : -1;
    for (let i = floorSegmentIndex(this.segments, fetchOffset); i < this.segments.length; i++) {
      const seg = this.segments[i]!;
      if (boundBase >= 0 && seg.baseOffset > boundBase) return EMPTY;
      let pos: number;
      if (seg === this.cacheSegment && fetchOffset === this.cacheOffset) pos = this.cachePosition;
      else {
        pos = await findBatchPosition(seg, fetchOffset);
        if (this.generation !== generation) return null;
      }
      if (pos < 0 || pos >= seg.size) continue;
      const endPosition = seg.baseOffset === boundBase ? boundPosition : seg.size;
      const records = await readBatches(seg, pos, maxBytes, endPosition, maxOffsetExclusive, minOneBatch);
      if (this.generation !== generation) {
        releaseReadBuffer(records);
        return null;
      }
      if (records.length > 0) {
        this.cacheSegment = seg;
        this.cachePosition = pos + records.length;
        this.cacheOffset = lastOffsetOf(records) + 1;
      }
      return records;
    }
    return EMPTY;
  }

  /** Bytes moved or went away: reads in flight retry, the read cache is void. */
  private changed(): void {
    this.generation++;
    this.cacheSegment = null;
    this.cacheOffset = -1;
    this.cachePosition = -1;
  }

  /**
   * Log cleaner: swaps the consecutive inactive segments `old` for the one
   * `install()` puts on disk in their place (same base offset as old[0];
   * install does the file renames). Returns false and changes nothing when
   * `old` are no longer consecutive inactive segments of this open log
   * (retention or a truncation got there first).
   */
  replaceSegments(old: readonly LogSegment[], install: () => LogSegment): boolean {
    const i = this.closed || old.length === 0 ? -1 : this.segments.indexOf(old[0]!);
    if (i < 0 || i + old.length >= this.segments.length) return false;
    for (let k = 0; k < old.length; k++) if (this.segments[i + k] !== old[k]) return false;
    const seg = install();
    for (const s of old) this.totalSize -= s.size;
    this.segments.splice(i, old.length, seg);
    this.totalSize += seg.size;
    this.changed();
    return true;
  }

  /**
   * Deletes the `count` oldest segments with their files. When that is every
   * segment, an empty active segment is rolled at the log end offset first,
   * so the log keeps one. Returns the new first segment's base offset.
   */
  deleteOldestSegments(count: number): number {
    if (count > 0) {
      if (count >= this.segments.length) this.roll(this.nextOffset);
      const doomed = this.segments.splice(0, count);
      for (const s of doomed) {
        this.totalSize -= s.size;
        s.deleteFiles();
      }
      this.changed();
    }
    return this.segments[0]!.baseOffset;
  }

  /**
   * Removes every batch whose last offset is >= `offset` (whole batches; a
   * no-op when offset >= log end offset), and returns the new log end
   * offset. `offset` must be >= the first segment's base offset (else use
   * truncateFullyAndStartAt).
   */
  truncateTo(offset: number): number {
    if (offset >= this.nextOffset) return this.nextOffset;
    while (this.segments.length > 1 && this.segments[this.segments.length - 1]!.baseOffset > offset) {
      const s = this.segments.pop()!;
      this.totalSize -= s.size;
      s.deleteFiles();
    }
    const last = this.segments[this.segments.length - 1]!;
    this.totalSize -= last.truncateTo(offset);
    this.nextOffset = last.readNextOffset();
    if (this.recoveryPoint > this.nextOffset) this.recoveryPoint = this.nextOffset;
    this.changed();
    this.boundaries.clear();
    return this.nextOffset;
  }

  /** Deletes every segment and restarts empty at `offset` (log end offset and recovery point). */
  truncateFullyAndStartAt(offset: number): void {
    for (const s of this.segments) s.deleteFiles();
    this.segments = [LogSegment.open(this.store, offset, this.config, true)];
    this.totalSize = 0;
    this.nextOffset = offset;
    this.recoveryPoint = offset;
    this.changed();
    this.boundaries.clear();
  }

  /** fsyncs every segment from the recovery point on; the recovery point becomes the log end offset. */
  flush(): void {
    if (this.closed) return;
    this.beforeRecoveryPointAdvance();
    for (let i = floorSegmentIndex(this.segments, this.recoveryPoint); i < this.segments.length; i++) this.segments[i]!.flush();
    this.recoveryPoint = this.nextOffset;
  }

  /** Closes every file (final time index entries are written). */
  close(): void {
    if (this.closed) return;
    // Closed first: a segment that fails to close (its dir failed) must not leave the log writable.
    this.closed = true;
    let failure: unknown = null;
    for (const s of this.segments) {
      try {
        s.close();
      } catch (err) {
        failure ??= err;
      }
    }
    if (failure !== null) throw failure;
  }
}

/** Last offset of the last batch in a buffer of whole batches. */
function lastOffsetOf(records: Buffer): number {
  let pos = 0;
  let last = -1;
  while (pos < records.length) {
    last = readInt64(records, pos) + records.readInt32BE(pos + LAST_OFFSET_DELTA_OFFSET);
    pos += LOG_OVERHEAD + records.readInt32BE(pos + BATCH_LENGTH_OFFSET);
  }
  return last;
}
