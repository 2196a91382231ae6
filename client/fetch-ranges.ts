/**
 * fetchRanges: reads exactly the records of many partitions' offset ranges
 * at once — a direct stream's batch. Each range is [fromOffset, untilOffset)
 * (from inclusive, until exclusive).
 *
 * The ranges are grouped by leader. Each leader gets one Fetch request
 * holding all of its unfinished ranges (each partition up to
 * `partitionMaxBytes`, Kafka's max.partition.fetch.bytes; the response up to
 * `maxBytes`, fetch.max.bytes), and another as soon as that one is answered,
 * until its ranges are read — sent as soon as the previous response is
 * in, before its records are decoded; leaders are read in parallel, each at
 * its own pace. The partition order of a leader's requests rotates, so that a
 * response filled up to maxBytes by the first partitions does not starve
 * the last ones — or, with `inOrder`, stays the ranges' order: a full
 * response then goes to the lowest ranges, which complete first, one group
 * after another, so that a consumer can work on them while the later ones
 * are read (the direct stream's fetch thread). Before, a batch sent one
 * Fetch per partition and the partitions of one leader were read one after
 * another over its connection.
 *
 * Records go to a visitor per range as positions into the response
 * (client/record-scanner.ts); `onRangeDone(index)` is called when a range is
 * complete, so its consumer can start while the other ranges are still
 * being read.
 *
 * As in fetchRange: Fetch returns whole batches, so records below
 * fromOffset are skipped and the fetch of a range ends at its untilOffset;
 * offsets missing inside a range (compaction, transaction markers) are
 * simply absent; control batches are skipped. With `isolationLevel` 1
 * (read_committed) the Fetches ask for it, so the broker answers up to the
 * last stable offset, and the records of aborted transactions are dropped
 * with the response's abortedTransactions (aborted-transactions.ts);
 * otherwise (read_uncommitted) they are returned. A range the log never reaches fails after
 * `timeoutMs` without progress (a range left out of a full response while
 * the log has data for it is waiting, not stuck); a range deleted by retention fails with
 * OFFSET_OUT_OF_RANGE. A partition whose leader moved (NOT_LEADER_OR_FOLLOWER
 * and the like) or a broker that fails is looked up again in fresh metadata
 * and read from its new leader, up to the client's `retries` times with a
 * growing backoff.
 */
import { ErrorCode, errorName, isRetriable } from '../protocol/generated/errors.js';
import { KafkaClientError, STALE_METADATA_ERRORS } from './errors.js';
import { sendFetch, type FetchRange } from './fetch-range.js';
import { AbortedTransactionFilter, type AbortedTransaction } from './aborted-transactions.js';
import { sleep, tpKey, type KafkaClient } from './kafka-client.js';
import { nextOffsetAfter, scanRecordBatches, type RecordVisitor } from './record-scanner.js';
import type { FetchResponse } from '../protocol/generated/fetch-response.js';

/** Options of fetchRanges. */
export interface FetchRangesOptions {
  /** Bytes per partition in a response (max.partition.fetch.bytes); default 1 MiB. */
  partitionMaxBytes?: number;
  /** Bytes per response (fetch.max.bytes); default 50 MiB. */
  maxBytes?: number;
  /** Long-poll wait when no range of a request has data yet; default 500 ms. */
  maxWaitMs?: number;
  /** Fail a range that makes no progress for this long; default 30 s. */
  timeoutMs?: number;
  /** Verify each batch's CRC-32C (check.crcs); default true. */
  checkCrcs?: boolean;
  /**
   * Ask for a leader's ranges in their order in every request instead of
   * rotating it: ranges complete lowest first (as many at a time as
   * maxBytes / partitionMaxBytes) instead of all near the end. Default false.
   */
  inOrder?: boolean;
  /**
   * 0 read_uncommitted (default), 1 read_committed: the broker answers up
   * to the last stable offset and aborted transactions' records are dropped.
   * The ranges should then end at or below the last stable offset
   * (ListOffsets with read_committed), as a range past it waits for the
   * open transaction to end.
   */
  isolationLevel?: number;
  /**
   * Called after the records of each response were handed to the visitors,
   * before the ranges it completed are reported (the fetch thread sends the
   * response's buffers to the main thread here).
   */
  onResponse?: () => void;
}

/** The fetch state of one range. */
interface RangeState {
  index: number;
  range: FetchRange;
  visitor: RecordVisitor;
  /** Next offset to fetch. */
  next: number;
  done: boolean;
  /** Last time the range advanced (for the no-progress timeout). */
  progressAt: number;
}

/**
 * Reads every range of `ranges`; `visitorFor(i)` receives the records of
 * ranges[i] in offset order. Resolves when all are read; rejects on the
 * first range that cannot be read.
 */
export async function fetchRanges(
  client: KafkaClient,
  ranges: readonly FetchRange[],
  visitorFor: (index: number) => RecordVisitor,
  options: FetchRangesOptions = {},
  onRangeDone?: (index: number) => void,
): Promise<void> {
  const opts = {
    partitionMaxBytes: options.partitionMaxBytes ?? 1 << 20,
    maxBytes: options.maxBytes ?? 50 << 20,
    maxWaitMs: options.maxWaitMs ?? 500,
    timeoutMs: options.timeoutMs ?? 30_000,
    checkCrcs: options.checkCrcs ?? true,
    inOrder: options.inOrder ?? false,
    isolationLevel: options.isolationLevel ?? 0,
    onResponse: options.onResponse ?? ((): void => undefined),
  };
  const now = Date.now();
  let pending: RangeState[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (r.untilOffset <= r.fromOffset) onRangeDone?.(i);
    else pending.push({ index: i, range: r, visitor: visitorFor(i), next: r.fromOffset, done: false, progressAt: now });
  }
  // Set when the fetch fails: the other leaders' loops stop at their next step instead of reading on.
  const run = { failed: false };
  let attempt = 0;
  while (pending.length > 0) {
    const byLeader = await client.byLeader(pending.map((s) => s.range));
    const states = new Map(pending.map((s) => [tpKey(s.range), s]));
    const retry: RangeState[] = [];
    let lastError: unknown = null;
    try {
      await Promise.all(
        [...byLeader].map(async ([leader, tps]) => {
          const mine = tps.map((tp) => states.get(tpKey(tp))!);
          try {
            retry.push(...(await readFromLeader(client, leader, mine, opts, run, onRangeDone)));
          } catch (err) {
            const e = err as KafkaClientError;
            if (run.failed || !e.retriable) throw err;
            // The broker failed (connection, timeout): its unfinished ranges are looked up again.
            lastError = err;
            for (const s of mine) if (!s.done) retry.push(s);
          }
        }),
      );
    } catch (err) {
      run.failed = true;
      throw err;
    }
    pending = retry;
    if (pending.length === 0) break;
    if (++attempt > client.retries)
      throw (
        lastError ??
        new KafkaClientError(
          ErrorCode.LEADER_NOT_AVAILABLE,
          `Fetch: no leader answered for ${pending.map((s) => tpKey(s.range)).join(', ')}`,
        )
      );
    await sleep(Math.min(50 * 2 ** attempt, 1000));
    await client.refreshMetadata([...new Set(pending.map((s) => s.range.topic))]).catch(() => undefined);
  }
}

/**
 * Fetches `states` (all led by `leader`) until each is done; returns the
 * ones to look up again (their leader moved, or a retriable partition error).
 *
 * Pipelined: when a response arrives, the next offsets are taken from its
 * batch headers and the next request is sent before the records of this one
 * are scanned, so the broker reads while the client decodes.
 */
async function readFromLeader(
  client: KafkaClient,
  leader: number,
  states: RangeState[],
  opts: Required<FetchRangesOptions>,
  run: { failed: boolean },
  onRangeDone: ((index: number) => void) | undefined,
): Promise<RangeState[]> {
  const elsewhere: RangeState[] = [];
  let active = states.filter((s) => !s.done);
  if (opts.inOrder) active.sort((a, b) => a.index - b.index);
  const byKey = new Map(active.map((s) => [tpKey(s.range), s]));
  let rotate = 0;
  const request = (): Promise<FetchResponse> => {
    const n = active.length;
    const parts: { topic: string; partition: number; offset: number }[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const s = active[(k + rotate) % n];
      parts[k] = { topic: s.range.topic, partition: s.range.partition, offset: s.next };
    }
    if (!opts.inOrder) rotate++;
    const p = sendFetch(client, leader, parts, {
      maxWaitMs: opts.maxWaitMs,
      maxBytes: opts.maxBytes,
      partitionMaxBytes: opts.partitionMaxBytes,
      isolationLevel: opts.isolationLevel,
    });
    // Awaited below unless a scan fails first.
    p.catch(() => undefined);
    return p;
  };
  let inflight: Promise<FetchResponse> | null = active.length > 0 ? request() : null;
  // What the last response brought, scanned after the next request went out.
  const toScan: { s: RangeState; records: Buffer; from: number; done: boolean; aborted: readonly AbortedTransaction[] | null }[] = [];
  const committed = opts.isolationLevel === 1;
  const filter = committed ? new AbortedTransactionFilter() : null;
  while (inflight) {
    const res = await inflight;
    inflight = null;
    if (run.failed) throw new KafkaClientError(-1, 'fetch abandoned: another partition of the batch failed', false);
    if (res.errorCode !== 0) throw new KafkaClientError(res.errorCode, `Fetch from broker ${leader}: ${errorName(res.errorCode)}`);
    const t = Date.now();
    toScan.length = 0;
    for (const topic of res.responses) {
      for (const p of topic.partitions) {
        const s = byKey.get(`${topic.topic}-${p.partitionIndex}`);
        if (!s) continue;
        const where = `Fetch ${topic.topic}-${p.partitionIndex} at offset ${s.next}`;
        if (p.errorCode !== 0) {
          if (STALE_METADATA_ERRORS.has(p.errorCode) || (isRetriable(p.errorCode) && p.errorCode !== ErrorCode.OFFSET_OUT_OF_RANGE)) {
            // fetchRanges looks its leader up again.
            elsewhere.push(s);
            byKey.delete(tpKey(s.range));
            continue;
          }
          throw new KafkaClientError(
            p.errorCode,
            `${where}: ${errorName(p.errorCode)} (log start ${p.logStartOffset}, high watermark ${p.highWatermark})`,
          );
        }
        const records = p.records;
        const until = s.range.untilOffset;
        // What the broker may return: up to the last stable offset under read_committed.
        const end = committed && p.lastStableOffset >= 0 ? p.lastStableOffset : p.highWatermark;
        const from = s.next;
        if (records && records.length > 0) {
          const next = nextOffsetAfter(records, from);
          if (next === from)
            throw new KafkaClientError(
              ErrorCode.MESSAGE_TOO_LARGE,
              `${where}: a batch is larger than the ${opts.partitionMaxBytes} bytes of max.partition.fetch.bytes`,
              false,
            );
          s.next = next;
          s.progressAt = t;
        } else if (end > s.next) {
          // Left out of a full response: the log has data for it, so it waits rather than being stuck.
          s.progressAt = t;
        }
        // Read to its end; or nothing left below the high watermark: the rest of the range is a gap.
        const done = s.next >= until || (end >= until && end <= s.next);
        if (done) {
          s.done = true;
          byKey.delete(tpKey(s.range));
        } else if (t - s.progressAt > opts.timeoutMs) {
          throw new KafkaClientError(
            ErrorCode.REQUEST_TIMED_OUT,
            `fetch of ${tpKey(s.range)} [${s.range.fromOffset}, ${until}) stuck at offset ${s.next} for ${opts.timeoutMs} ms, high watermark ${p.highWatermark}${committed ? `, last stable offset ${p.lastStableOffset}` : ''}`,
            false,
          );
        }
        if ((records && records.length > 0) || done)
          toScan.push({ s, records: records ?? EMPTY, from, done, aborted: p.abortedTransactions });
      }
    }
    active = active.filter((s) => byKey.has(tpKey(s.range)));
    if (active.length > 0) inflight = request();
    for (const x of toScan)
      if (x.records.length > 0)
        scanRecordBatches(x.records, x.from, x.s.range.untilOffset, x.s.visitor, opts.checkCrcs, filter?.reset(x.aborted) ?? null);
    opts.onResponse();
    for (const x of toScan) if (x.done) onRangeDone?.(x.s.index);
  }
  return elsewhere;
}

const EMPTY = Buffer.alloc(0);
