/**
 * PartitionReader: reads a set of partitions without a consumer group, from
 * a start position onwards, as long as the caller keeps polling (what the
 * console consumer does with --partition or without --group, and what the
 * consumer perf test does). Unlike fetchRange there is no end offset.
 *
 * Positions start at "earliest", "latest" or an absolute offset, are resolved
 * with ListOffsets on the first poll, and advance past every batch returned.
 * poll() sends one Fetch per partition leader (in parallel) and returns the
 * records in offset order per partition. Control batches are skipped; under
 * read_committed the broker stops at the last stable offset and records of
 * aborted transactions are dropped using the response's abortedTransactions,
 * as the Java consumer does (aborted-transactions.ts). An out-of-range position is reset to the log
 * start (or end) like auto.offset.reset; a partition whose leader moved is
 * looked up again on the next poll. Keys and values are views into the fetch
 * response.
 *
 * Not for concurrent polls: one caller polls at a time.
 */
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { decodeRecordBatches, type RecordHeader } from '../protocol/record-codec.js';
import { initCodecs } from '../protocol/compression.js';
import { KafkaClientError, STALE_METADATA_ERRORS } from './errors.js';
import { sendFetch } from './fetch-range.js';
import { AbortedTransactionFilter, type AbortedTransaction } from './aborted-transactions.js';
import { sleep, tpKey, type KafkaClient, type TopicPartition } from './kafka-client.js';

/** Where reading a partition starts: its log start, its end, or an absolute offset. */
export type StartPosition = 'earliest' | 'latest' | number;

/** A record as a group-less reader hands it out. */
export interface ConsumedRecord {
  topic: string;
  partition: number;
  offset: number;
  /** The batch's max timestamp under LogAppendTime, else the record's. */
  timestamp: number;
  /** 0 CreateTime, 1 LogAppendTime. */
  timestampType: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
  /** Size of key plus value in bytes (what the perf tools count). */
  size: number;
}

/** Options of a PartitionReader. */
export interface PartitionReaderOptions {
  /** 0 read_uncommitted (default), 1 read_committed. */
  isolationLevel?: number;
  /** Long-poll wait of each Fetch, ms; default 500. */
  maxWaitMs?: number;
  /** Bytes per Fetch response; default 50 MiB. */
  maxBytes?: number;
  /** Bytes per partition in a Fetch response; default 1 MiB. */
  partitionMaxBytes?: number;
  /** Where to go when a position is out of range (auto.offset.reset); default earliest. */
  resetTo?: 'earliest' | 'latest';
}

interface Assigned {
  tp: TopicPartition;
  start: StartPosition;
  /** Next offset to fetch; -1 until resolved. */
  position: number;
  /** Leader node id; -1 until looked up (again). */
  leader: number;
}

/** Group-less reader of a set of partitions. */
export class PartitionReader {
  private readonly assigned = new Map<string, Assigned>();
  private readonly opts: Required<PartitionReaderOptions>;
  /** The read_committed rule, reset for each partition of each response. */
  private readonly aborted = new AbortedTransactionFilter();

  /** Creates a reader; nothing is assigned yet. */
  constructor(
    private readonly client: KafkaClient,
    opts: PartitionReaderOptions = {},
  ) {
    this.opts = {
      isolationLevel: opts.isolationLevel ?? 0,
      maxWaitMs: opts.maxWaitMs ?? 500,
      maxBytes: opts.maxBytes ?? 50 << 20,
      partitionMaxBytes: opts.partitionMaxBytes ?? 1 << 20,
      resetTo: opts.resetTo ?? 'earliest',
    };
  }

  /** Adds partitions starting at `start` (already assigned ones are left alone). */
  assign(tps: readonly TopicPartition[], start: StartPosition): void {
    for (const tp of tps) {
      const k = tpKey(tp);
      if (!this.assigned.has(k)) this.assigned.set(k, { tp, start, position: -1, leader: -1 });
    }
  }

  /** Whether a partition is assigned. */
  isAssigned(tp: TopicPartition): boolean {
    return this.assigned.has(tpKey(tp));
  }

  /** The assigned partitions. */
  partitions(): TopicPartition[] {
    return [...this.assigned.values()].map((a) => a.tp);
  }

  /** The next offset to read of an assigned partition (-1: not resolved yet). */
  position(tp: TopicPartition): number {
    return this.assigned.get(tpKey(tp))?.position ?? -1;
  }

  private async resolvePositions(): Promise<void> {
    const unresolved = [...this.assigned.values()].filter((a) => a.position < 0);
    for (const spec of ['earliest', 'latest'] as const) {
      const list = unresolved.filter((a) => a.start === spec);
      if (list.length === 0) continue;
      const offsets = await this.client.listOffsets(
        list.map((a) => a.tp),
        spec,
        this.opts.isolationLevel,
      );
      for (const a of list) a.position = offsets.get(tpKey(a.tp)) ?? 0;
    }
    for (const a of unresolved) if (typeof a.start === 'number') a.position = a.start;
  }

  private async resolveLeaders(): Promise<void> {
    const missing = [...this.assigned.values()].filter((a) => a.leader < 0);
    if (missing.length === 0) return;
    await this.client.refreshMetadata([...new Set(missing.map((a) => a.tp.topic))]);
    for (const a of missing) {
      const leader = this.client.topics.get(a.tp.topic)?.leaders.get(a.tp.partition);
      if (leader === undefined)
        throw new KafkaClientError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `partition ${tpKey(a.tp)} does not exist`, false);
      a.leader = leader;
    }
  }

  /** Fetches once from every leader; resolves with the records (possibly none, after maxWaitMs). */
  async poll(): Promise<ConsumedRecord[]> {
    if (this.assigned.size === 0) {
      await sleep(this.opts.maxWaitMs);
      return [];
    }
    await initCodecs();
    await this.resolvePositions();
    await this.resolveLeaders();
    const byLeader = new Map<number, Assigned[]>();
    for (const a of this.assigned.values()) {
      if (a.leader < 0) continue;
      let list = byLeader.get(a.leader);
      if (!list) byLeader.set(a.leader, (list = []));
      list.push(a);
    }
    if (byLeader.size === 0) {
      // No partition has a leader right now: wait, then look them up again.
      await sleep(this.opts.maxWaitMs);
      for (const a of this.assigned.values()) a.leader = -1;
      return [];
    }
    const results = await Promise.all([...byLeader].map(([leader, list]) => this.fetchFrom(leader, list)));
    return results.length === 1 ? results[0] : results.flat();
  }

  private async fetchFrom(leader: number, list: Assigned[]): Promise<ConsumedRecord[]> {
    const parts = list.map((a) => ({ topic: a.tp.topic, partition: a.tp.partition, offset: a.position }));
    const resp = await this.client.retry('Fetch', () => sendFetch(this.client, leader, parts, this.opts));
    if (resp.errorCode !== 0) throw new KafkaClientError(resp.errorCode, `Fetch from broker ${leader}: ${errorName(resp.errorCode)}`);
    const out: ConsumedRecord[] = [];
    for (const t of resp.responses) {
      for (const p of t.partitions) {
        const a = this.assigned.get(`${t.topic}-${p.partitionIndex}`);
        if (!a) continue;
        if (p.errorCode === ErrorCode.OFFSET_OUT_OF_RANGE) {
          a.start = this.opts.resetTo;
          a.position = -1;
          continue;
        }
        if (STALE_METADATA_ERRORS.has(p.errorCode)) {
          a.leader = -1;
          continue;
        }
        if (p.errorCode !== 0)
          throw new KafkaClientError(
            p.errorCode,
            `Fetch ${t.topic}-${p.partitionIndex} at offset ${a.position}: ${errorName(p.errorCode)}`,
          );
        if (p.records && p.records.length > 0) this.collect(a, p.records, p.abortedTransactions ?? [], out);
      }
    }
    return out;
  }

  private collect(a: Assigned, records: Buffer, aborted: readonly AbortedTransaction[], out: ConsumedRecord[]): void {
    const filter = this.aborted.reset(aborted);
    const { topic, partition } = a.tp;
    // The response buffer belongs to this call: keys and values may be views into it.
    for (const batch of decodeRecordBatches(records, { views: true })) {
      const skip = filter.skipBatch(batch.lastOffset, batch.producerId, batch.isTransactional, batch.isControl);
      if (batch.lastOffset < a.position) continue;
      if (batch.isControl) {
        a.position = batch.lastOffset + 1;
        continue;
      }
      const logAppendTime = batch.timestampType === 1;
      const rs = batch.records;
      for (let i = 0; !skip && i < rs.length; i++) {
        const r = rs[i];
        if (r.offset < a.position) continue;
        out.push({
          topic,
          partition,
          offset: r.offset,
          timestamp: logAppendTime ? batch.maxTimestamp : r.timestamp,
          timestampType: batch.timestampType,
          key: r.key,
          value: r.value,
          headers: r.headers,
          size: (r.key?.length ?? 0) + (r.value?.length ?? 0),
        });
      }
      a.position = batch.lastOffset + 1;
    }
  }
}
