/**
 * The log cleaner: compaction of every log whose cleanup.policy has
 * `compact` — keep the newest record of each key, drop the rest.
 *
 * Clean and dirty sections. A compacted log is, from its start: a clean
 * section (already compacted: at most one record per key), a dirty section
 * (appended since the last pass), and the active segment, which is never
 * touched. The boundary is the "first dirty offset", kept per partition in
 * `<log dir>/cleaner-offset-checkpoint` (Kafka's file). A log is worth a pass
 * when dirty bytes / cleanable bytes reaches min.cleanable.dirty.ratio, or
 * when a tombstone (or transaction marker) it holds has outlived
 * delete.retention.ms. Segments newer than min.compaction.lag.ms, not wholly
 * below the last stable offset (so every transaction in them is decided), or
 * the active one are not cleanable.
 *
 * A pass. (1) Read the dirty section and build a map key → offset of its
 * newest record. (2) Rewrite every cleanable segment, oldest first, in
 * groups whose total size stays under segment.bytes: a record stays when its
 * key is not in the map (it is the newest in the clean section) or the map
 * points at it; a batch that keeps every record is copied byte for byte
 * (compressed or not); one that loses records is decompressed and written
 * again uncompressed with the survivors, keeping its base offset, last offset
 * delta, producer id/epoch/sequence and timestamps. Offsets never change
 * (gaps are allowed); an empty group leaves an empty segment. (3) Move the
 * first dirty offset to the end of what was cleaned.
 *
 * Tombstones (null values) delete their key: they stay as long as they are
 * the newest record of their key and younger than delete.retention.ms, so a
 * consumer that was behind still sees the delete; then they go too. Kafka
 * measures that lifetime from the pass that first saw the tombstone (a delete
 * horizon written into the batch); we measure it from the record's timestamp,
 * which for producers is their append time — no batch rewrite is needed to
 * remember when a tombstone was first cleaned.
 *
 * Transactions (cleaner-txns.ts, Kafka's rules): data of aborted
 * transactions is removed and never counts as the newest record of a key; a
 * marker goes once no record of its transaction is left and it is older
 * than delete.retention.ms. Cleaned segments need no aborted-transaction
 * index: an ABORT marker in them follows all of its transaction's data,
 * which is gone.
 *
 * Never blocking produce: a pass runs as steps on the event loop, yielding
 * after every 1 MiB read; only the swap of a finished cleaned segment is
 * synchronous. Produce only appends to the active segment, which a pass never
 * reads; retention or truncation that removes a segment mid-pass makes the
 * swap refuse (PartitionLog.replaceSegments) and the cleaned file is thrown
 * away.
 *
 * Crash safety: cleaned data goes to `.cleaned`, is fsynced, renamed to
 * `.swap` (the commit point), the old segments are deleted and the swap
 * renamed into place; a load after a crash discards `.cleaned` files and
 * completes `.swap` ones (cleaner-files.ts). The checkpoint is written after
 * the swaps, so a crash at worst repeats a pass.
 *
 * One cleaner per broker. A round cleans up to log.cleaner.threads logs at
 * once (Kafka's cleaner threads; here passes of different logs interleave
 * their steps on the event loop), never one log twice at once. Not safe for
 * concurrent callers.
 */
import { decodeRecordBatches, type DecodedRecord } from '../../protocol/record-codec.js';
import {
  batchAttributes,
  batchBaseOffset,
  batchMaxTimestamp,
  batchProducerId,
  batchRecordsCount,
  isControl,
  isTransactional,
} from '../../protocol/record-batch.js';
import { formatOffsetCheckpoint, parseOffsetCheckpoint, tpKey, type TopicPartitionOffset } from './checkpoints.js';
import { hasCompactPolicy } from './log-config.js';
import { LogSegment, segmentFileName } from './segment.js';
import type { PartitionLog } from './partition-log.js';
import type { LogLogger } from './log-loader.js';
import { cleanedFileName, deleteSegmentFiles, swapFileName } from './cleaner-files.js';
import { CleanAborted, forEachBatch, rewriteBatch } from './cleaner-batches.js';
import { CleanerTxns, MarkerFate } from './cleaner-txns.js';

/** Kafka's name for the per-log-dir file of first dirty offsets. */
export const CLEANER_CHECKPOINT = 'cleaner-offset-checkpoint';

const INT32_MAX = 0x7fffffff;

/** Options of the cleaner. */
export interface LogCleanerOptions {
  /** The logs to consider (called before every round). */
  logs: () => PartitionLog[];
  /** Sleep between rounds that found nothing to clean (log.cleaner.backoff.ms). */
  backoffMs: number;
  /** Logs cleaned at once (log.cleaner.threads; default 1): their passes interleave on the event loop. */
  threads?: number;
  logger: LogLogger;
}

/** What one pass over one log did. */
export interface CleanResult {
  segmentsBefore: number;
  segmentsAfter: number;
  recordsRead: number;
  recordsKept: number;
  tombstonesRemoved: number;
  /** Batches of aborted transactions removed. */
  abortedBatchesRemoved: number;
  /** Transaction markers removed (no record of their transaction left, older than delete.retention.ms). */
  markersRemoved: number;
  bytesBefore: number;
  bytesAfter: number;
  /** New first dirty offset. */
  firstDirtyOffset: number;
}

/** How a pass decides per record and per batch (see the header and cleaner-txns.ts). */
interface KeepRules {
  /** Whether a record of a batch that is not aborted stays. */
  keep: (r: DecodedRecord) => boolean;
  txns: CleanerTxns;
  /** now - delete.retention.ms: tombstones and markers older than this may go. */
  horizon: number;
  /** A marker kept only for its age, with this timestamp. */
  noteRemovable: (timestamp: number) => void;
}

/** The background compactor of one broker. */
export class LogCleaner {
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  /** A background round is running (stop() aborts it at its next step). */
  private active = false;
  private round: Promise<void> | null = null;
  /** Per log: when its oldest kept tombstone becomes removable (unknown after a restart: clean once). */
  private readonly tombstoneDue = new Map<PartitionLog, number>();

  private backoffMs: number;
  private threads: number;

  /** Creates a stopped cleaner. */
  constructor(private readonly opts: LogCleanerOptions) {
    this.backoffMs = opts.backoffMs;
    this.threads = Math.max(1, opts.threads ?? 1);
  }

  /** New settings (dynamic broker configs): the next sleep and the next round use them. */
  reconfigure(settings: { backoffMs: number; threads: number }): void {
    this.backoffMs = settings.backoffMs;
    this.threads = Math.max(1, settings.threads);
  }

  /** Logs cleaned at once (log.cleaner.threads in force). */
  get concurrency(): number {
    return this.threads;
  }

  /** Starts cleaning in the background. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops after the current step; resolves when no pass is running. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.round;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.active = true;
      this.round = this.cleanRound().then(
        (any) => {
          this.active = false;
          this.schedule(any ? 0 : this.backoffMs);
        },
        (err: Error) => {
          this.active = false;
          this.opts.logger.warn(`log cleaner round failed: ${err.stack ?? err.message}`);
          this.schedule(this.backoffMs);
        },
      );
    }, ms);
    this.timer.unref();
  }

  /** One pass over every compacted log that needs it, up to `threads` logs at once; whether anything was cleaned. */
  async cleanRound(now = Date.now()): Promise<boolean> {
    const queue = this.opts.logs().filter((log) => hasCompactPolicy(log.config));
    let any = false;
    let aborted = false;
    const worker = async (): Promise<void> => {
      while (queue.length > 0 && !aborted && this.alive()) {
        const log = queue.shift()!;
        try {
          const r = await this.cleanLog(log, now);
          if (r) {
            any = true;
            this.opts.logger.info(
              `${log.topic}-${log.partition}: cleaned ${r.segmentsBefore} segment(s) into ${r.segmentsAfter}, kept ${r.recordsKept} of ${r.recordsRead} records ` +
                `(${r.tombstonesRemoved} tombstone(s), ${r.abortedBatchesRemoved} aborted batch(es), ${r.markersRemoved} marker(s) removed), ` +
                `${r.bytesBefore} -> ${r.bytesAfter} bytes`,
            );
          }
        } catch (err) {
          if (err instanceof CleanAborted) {
            aborted = true;
            return;
          }
          this.opts.logger.warn(`${log.topic}-${log.partition}: cleaning failed: ${(err as Error).message}`);
        }
      }
    };
    const workers: Promise<void>[] = [];
    for (let i = 0; i < this.threads; i++) workers.push(worker());
    await Promise.all(workers);
    return any;
  }

  /** False once stop() was called during a background round. */
  private alive(): boolean {
    return !(this.stopped && this.active);
  }

  /** The cleaner checkpoint of the log dir holding `log` (empty when missing or malformed). */
  private readCheckpoint(log: PartitionLog): Map<string, number> {
    try {
      const data = log.logDir.readFile(CLEANER_CHECKPOINT);
      return data === null ? new Map() : parseOffsetCheckpoint(data.toString('utf8'), `${log.logDir.path}/${CLEANER_CHECKPOINT}`);
    } catch {
      return new Map();
    }
  }

  /** The first dirty offset recorded for a log (its log start offset when none). */
  firstDirtyOffset(log: PartitionLog): number {
    const stored = this.readCheckpoint(log).get(tpKey(log.topic, log.partition));
    return Math.max(stored ?? log.logStartOffset, log.logStartOffset);
  }

  private saveFirstDirtyOffset(log: PartitionLog, offset: number): void {
    const map = this.readCheckpoint(log);
    map.set(tpKey(log.topic, log.partition), offset);
    const live = new Set(this.opts.logs().map((l) => tpKey(l.topic, l.partition)));
    const entries: TopicPartitionOffset[] = [];
    for (const [k, v] of map) {
      if (!live.has(k)) continue;
      const i = k.lastIndexOf('-');
      entries.push({ topic: k.slice(0, i), partition: Number(k.slice(i + 1)), offset: v });
    }
    log.logDir.writeFileAtomic(CLEANER_CHECKPOINT, formatOffsetCheckpoint(entries));
  }

  /**
   * Compacts one log if it needs it (see the header); null when it did not.
   * `now` decides tombstone lifetimes and min.compaction.lag.ms.
   */
  async cleanLog(log: PartitionLog, now = Date.now()): Promise<CleanResult | null> {
    const segs = log.local.allSegments;
    const cfg = log.config;
    // Cleanable: inactive segments wholly below the last stable offset and older than min.compaction.lag.ms.
    let n = 0;
    const stable = log.lastStableOffset;
    while (n < segs.length - 1) {
      const s = segs[n]!;
      if (segs[n + 1]!.baseOffset > stable) break;
      if (cfg.minCompactionLagMs > 0 && s.size > 0 && now - s.largestTimestamp() < cfg.minCompactionLagMs) break;
      n++;
    }
    if (n === 0) return null;
    const cleanable = segs.slice(0, n);
    const dirtyEnd = segs[n]!.baseOffset;
    const firstDirty = Math.min(this.firstDirtyOffset(log), dirtyEnd);
    let total = 0;
    let dirty = 0;
    for (let i = 0; i < n; i++) {
      total += cleanable[i]!.size;
      if (segs[i + 1]!.baseOffset > firstDirty) dirty += cleanable[i]!.size;
    }
    const due = this.tombstoneDue.get(log);
    const tombstonesDue = due === undefined ? total > 0 : now >= due;
    if (!((dirty > 0 && dirty / Math.max(total, 1) >= cfg.minCleanableDirtyRatio) || tombstonesDue)) return null;

    const alive = (): boolean => this.alive();
    const txns = new CleanerTxns(log.txn.collectAborted(segs[0]!.baseOffset, dirtyEnd));
    // (1) newest offset per key in the dirty section (markers and aborted data are never the newest).
    const latest = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      if (segs[i + 1]!.baseOffset <= firstDirty) continue;
      await forEachBatch(
        cleanable[i]!,
        (buf, pos, size) => {
          const attrs = batchAttributes(buf, pos);
          if (isControl(attrs)) return;
          if (isTransactional(attrs) && txns.isAborted(batchProducerId(buf, pos), batchBaseOffset(buf, pos))) return;
          for (const b of decodeRecordBatches(buf.subarray(pos, pos + size))) {
            for (const r of b.records) if (r.key !== null && r.offset >= firstDirty) latest.set(r.key.toString('latin1'), r.offset);
          }
        },
        alive,
      );
    }

    // (2) rewrite the cleanable segments in groups.
    const result: CleanResult = {
      segmentsBefore: n,
      segmentsAfter: 0,
      recordsRead: 0,
      recordsKept: 0,
      tombstonesRemoved: 0,
      abortedBatchesRemoved: 0,
      markersRemoved: 0,
      bytesBefore: total,
      bytesAfter: 0,
      firstDirtyOffset: dirtyEnd,
    };
    const horizon = now - cfg.deleteRetentionMs;
    let oldestTombstone = Number.POSITIVE_INFINITY;
    const keep = (r: DecodedRecord): boolean => {
      if (r.key === null) return true;
      const newest = latest.get(r.key.toString('latin1'));
      if (newest !== undefined && newest !== r.offset) return false;
      if (r.value === null) {
        if (r.timestamp < horizon) {
          result.tombstonesRemoved++;
          return false;
        }
        if (r.timestamp < oldestTombstone) oldestTombstone = r.timestamp;
      }
      return true;
    };
    const noteRemovable = (ts: number): void => {
      if (ts < oldestTombstone) oldestTombstone = ts;
    };
    let i = 0;
    while (i < n) {
      const first = cleanable[i]!;
      let j = i + 1;
      let size = first.size;
      while (j < n && size + cleanable[j]!.size <= cfg.segmentBytes && segs[j + 1]!.baseOffset - 1 - first.baseOffset <= INT32_MAX) {
        size += cleanable[j]!.size;
        j++;
      }
      const group = cleanable.slice(i, j);
      const end = segs[j]!.baseOffset;
      const written = await this.cleanGroup(log, group, end, { keep, txns, horizon, noteRemovable }, result, alive);
      result.bytesAfter += written;
      result.segmentsAfter++;
      i = j;
    }
    result.abortedBatchesRemoved = txns.abortedBatchesRemoved;
    result.markersRemoved = txns.markersRemoved;
    this.tombstoneDue.set(
      log,
      oldestTombstone === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : oldestTombstone + cfg.deleteRetentionMs + 1,
    );
    // (3) everything below the active segment is clean now.
    this.saveFirstDirtyOffset(log, dirtyEnd);
    return result;
  }

  /** Writes one cleaned segment for `group` and swaps it in; returns its size. */
  private async cleanGroup(
    log: PartitionLog,
    group: LogSegment[],
    end: number,
    rules: KeepRules,
    result: CleanResult,
    alive: () => boolean,
  ): Promise<number> {
    const base = group[0]!.baseOffset;
    const store = log.store;
    const cleanedName = cleanedFileName(base, end);
    const file = store.open(cleanedName, 'openOrCreate');
    let written = 0;
    const write = (b: Buffer, start: number, len: number): void => {
      let done = 0;
      while (done < len) done += file.writeSync(b, start + done, len - done, written + done);
      written += len;
    };
    try {
      file.truncate(0);
      for (const seg of group) {
        await forEachBatch(
          seg,
          (buf, pos, size) => {
            const attrs = batchAttributes(buf, pos);
            const pid = batchProducerId(buf, pos);
            if (isControl(attrs)) {
              const ts = batchMaxTimestamp(buf, pos);
              const fate = pid < 0 ? MarkerFate.KEEP_FOR_DATA : rules.txns.markerFate(pid, ts, rules.horizon);
              if (fate !== MarkerFate.REMOVE) write(buf, pos, size);
              // A marker kept only for its age is removable later: the next pass is due then.
              if (fate === MarkerFate.KEEP_YOUNG) rules.noteRemovable(ts);
              return;
            }
            const transactional = pid >= 0 && isTransactional(attrs);
            if (transactional && rules.txns.isAborted(pid, batchBaseOffset(buf, pos))) {
              rules.txns.abortedBatchesRemoved++;
              result.recordsRead += batchRecordsCount(buf, pos);
              return;
            }
            const batch = decodeRecordBatches(buf.subarray(pos, pos + size))[0]!;
            const kept = batch.records.filter(rules.keep);
            if (transactional) rules.txns.onDataBatch(pid, kept.length);
            result.recordsRead += batch.records.length;
            result.recordsKept += kept.length;
            if (kept.length === batch.records.length) write(buf, pos, size);
            else if (kept.length > 0) {
              const out = rewriteBatch(batch, kept);
              write(out, 0, out.length);
            }
          },
          alive,
        );
      }
      file.sync();
    } catch (err) {
      file.close();
      store.remove(cleanedName);
      throw err;
    }
    file.close();
    const swapped = log.local.replaceSegments(group, () => {
      const swapName = swapFileName(base, end);
      store.rename(cleanedName, swapName);
      for (const s of group) {
        s.deleteFiles();
        deleteSegmentFiles(store, s.baseOffset);
      }
      store.rename(swapName, segmentFileName(base, '.log'));
      const seg = LogSegment.open(store, base, log.config, false);
      seg.recover();
      seg.flush();
      seg.onBecomeInactive();
      return seg;
    });
    if (!swapped) {
      store.remove(cleanedName);
      throw new CleanAborted();
    }
    return written;
  }
}
