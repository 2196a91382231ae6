/**
 * Live tail: GET /api/topics/:name/tail as server-sent events.
 *
 * A TailSession follows one or all partitions of a topic from a start
 * position, reading whole batches from the partition logs below the high
 * watermark (what a consumer could read) and decoding them with
 * decodeRecordBatches. It sleeps until a partition changes (it registers as a
 * PartitionWatcher, as a delayed fetch does) and then pumps, at most every
 * PUMP_INTERVAL_MS.
 *
 * Size limits, so that a tail never floods a browser or holds the broker:
 * - each key, value and header value is cut to `maxBytes` (see record-json);
 * - at most `rate` records per second per session are sent; a live tail
 *   (from=end or -N) that falls more than one second's worth behind skips
 *   to the end and says so with a `skipped` event, a tail from an explicit
 *   offset or the beginning is just paced;
 * - the socket's write buffer is respected: no pump while it needs drain;
 * - at most MAX_SESSIONS sessions per broker (429 beyond).
 *
 * Events: `hello` {topic, partitions: [{partition, from}]}, `record`
 * (RecordJson, SSE id "partition:offset"), `skipped` {partition, from, to},
 * `end` {reason} before the server closes the stream; a comment line every
 * 15 s keeps proxies from closing an idle stream.
 */
import type { ServerResponse } from 'node:http';
import type { Partition, PartitionWatcher } from '../replica/partition.js';
import { decodeRecordBatches } from '../../protocol/record-codec.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { StartPosition } from './params.js';
import { recordJson } from './record-json.js';

/** Most sessions open at once on one broker. */
export const MAX_SESSIONS = 32;
/** Least time between two pumps of a session. */
const PUMP_INTERVAL_MS = 100;
/** Bytes read from a log per partition per pump. */
const READ_BYTES = 256 * 1024;
const KEEPALIVE_MS = 15_000;

/** Options of a tail. */
export interface TailOptions {
  topic: string;
  partitions: Partition[];
  from: StartPosition;
  /** Records per second at most. */
  rate: number;
  /** Bytes shown per key / value / header value. */
  maxBytes: number;
  /** False once the partition was deleted or moved away. */
  stillHosted(p: Partition): boolean;
}

interface Cursor {
  p: Partition;
  /** Next offset to send (inclusive). */
  next: number;
}

/** One open live tail. */
export class TailSession implements PartitionWatcher {
  private readonly cursors: Cursor[];
  private readonly live: boolean;
  private timer: NodeJS.Timeout | null = null;
  private keepalive: NodeJS.Timeout;
  private lastPump = 0;
  private budget: number;
  private budgetAt = Date.now();
  private closed = false;
  /** A pump is running (its reads are asynchronous); schedule() waits for it. */
  private pumping = false;

  /** Starts streaming to `res` (headers already decided by the caller). */
  constructor(
    private readonly res: ServerResponse,
    private readonly opts: TailOptions,
    private readonly onClose: (s: TailSession) => void,
  ) {
    this.live = opts.from.kind === 'end' || opts.from.kind === 'last';
    this.budget = opts.rate;
    this.cursors = opts.partitions.map((p) => ({ p, next: startOffset(p, opts.from) }));
    res.on('close', () => this.close(null));
    res.on('drain', () => this.schedule());
    this.send('hello', {
      topic: opts.topic,
      rate: opts.rate,
      maxBytes: opts.maxBytes,
      partitions: this.cursors.map((c) => ({ partition: c.p.index, from: c.next })),
    });
    for (const c of this.cursors) c.p.watchers.add(this);
    this.keepalive = setInterval(() => {
      if (!this.closed) this.res.write(': keepalive\n\n');
    }, KEEPALIVE_MS);
    this.keepalive.unref();
    this.schedule();
  }

  /** PartitionWatcher: records were appended somewhere we follow. */
  onPartitionChange(): void {
    this.schedule();
  }

  private schedule(): void {
    if (this.closed || this.timer) return;
    const wait = Math.max(0, this.lastPump + PUMP_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.pumping) {
        this.schedule();
        return;
      }
      this.pumping = true;
      this.pump().then(
        () => (this.pumping = false),
        (err: Error) => {
          this.pumping = false;
          this.close(`tail failed: ${err.message}`);
        },
      );
    }, wait);
  }

  private refill(now: number): void {
    const rate = this.opts.rate;
    this.budget = Math.min(rate, this.budget + ((now - this.budgetAt) / 1000) * rate);
    this.budgetAt = now;
  }

  /** Sends what is readable within the budget; reschedules when more remains. */
  async pump(): Promise<void> {
    if (this.closed) return;
    const now = Date.now();
    this.lastPump = now;
    this.refill(now);
    let more = false;
    for (const c of this.cursors) {
      if (this.closed || this.res.writableNeedDrain) return;
      const log = c.p.log;
      if (!this.opts.stillHosted(c.p)) {
        this.close('partition no longer hosted here (topic deleted?)');
        return;
      }
      if (c.next < log.logStartOffset) c.next = log.logStartOffset; // retention moved the start past us
      const hw = log.highWatermark;
      if (this.live && hw - c.next > this.opts.rate) {
        const to = Math.max(c.next, hw - Math.max(1, Math.floor(this.opts.rate / 4)));
        this.send('skipped', { partition: c.p.index, from: c.next, to });
        c.next = to;
      }
      while (c.next < hw && this.budget >= 1 && !this.res.writableNeedDrain) {
        const r = await log.read(c.next, READ_BYTES, hw, true);
        if (this.closed) return;
        if (r.errorCode !== ErrorCode.NONE) {
          if (r.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) c.next = log.logStartOffset;
          else this.close('log unavailable');
          break;
        }
        if (r.records.length === 0) break;
        let progressed = false;
        for (const b of decodeRecordBatches(r.records)) {
          if (b.lastOffset < c.next) continue;
          if (b.isControl) {
            c.next = b.lastOffset + 1;
            progressed = true;
            continue;
          }
          for (const rec of b.records) {
            if (rec.offset < c.next) continue;
            if (this.budget < 1) break;
            this.send('record', recordJson(c.p.index, rec, this.opts.maxBytes), `${c.p.index}:${rec.offset}`);
            this.budget--;
            c.next = rec.offset + 1;
            progressed = true;
          }
          if (this.budget < 1) break;
          // Compaction may leave gaps after the last record of a batch.
          c.next = Math.max(c.next, b.lastOffset + 1);
        }
        if (!progressed) break;
      }
      if (c.next < hw) more = true;
    }
    if (more) this.schedule();
  }

  private send(event: string, data: unknown, id?: string): void {
    if (this.closed) return;
    this.res.write(`${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Ends the stream (with an `end` event when a reason is given) and unregisters. Idempotent. */
  close(reason: string | null): void {
    if (this.closed) return;
    if (reason !== null) this.send('end', { reason });
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    clearInterval(this.keepalive);
    for (const c of this.cursors) c.p.watchers.delete(this);
    if (!this.res.writableEnded) this.res.end();
    this.onClose(this);
  }
}

/** The first offset a tail of `p` sends. */
export function startOffset(p: Partition, from: StartPosition): number {
  const log = p.log;
  const hw = log.highWatermark;
  switch (from.kind) {
    case 'beginning':
      return log.logStartOffset;
    case 'end':
      return hw;
    case 'last':
      return Math.max(log.logStartOffset, hw - from.count);
    case 'offset':
      return Math.min(Math.max(from.offset, log.logStartOffset), hw);
  }
}
