/**
 * Reads assigned partitions without a consumer group: what the console
 * consumer does with --partition, and without --group (see below), and what
 * the consumer perf test uses. Positions start at "earliest", "latest" or an
 * offset, are resolved with ListOffsets, and advance as records are returned.
 *
 * poll() sends one Fetch per partition leader (in parallel) and returns the
 * records in offset order per partition. Control batches are skipped; under
 * read_committed the broker stops at the last stable offset and records of
 * aborted transactions are dropped using the response's abortedTransactions,
 * as the Java consumer does. An out-of-range position is reset to the log
 * start (or end) like auto.offset.reset.
 */
import { ErrorCode, errorName } from '../../broker/protocol/generated/errors.js';
import { decodeRecordBatches, type RecordHeader } from '../../broker/protocol/record-codec.js';
import { initCodecs } from '../../broker/protocol/compression.js';
import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, tpKey, type TopicPartition, type WireCluster } from './wire-cluster.js';
import { ToolError } from './tool.js';

/** Where reading a partition starts. */
export type StartPosition = 'earliest' | 'latest' | number;

/** A record as the tools print it. */
export interface ConsumedRecord {
  topic: string;
  partition: number;
  offset: number;
  timestamp: number;
  /** 0 CreateTime, 1 LogAppendTime. */
  timestampType: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
  /** Size of key plus value in bytes (what the perf tools count). */
  size: number;
}

interface Assigned {
  tp: TopicPartition;
  start: StartPosition;
  /** Next offset to fetch; -1 until resolved. */
  position: number;
  leader: number;
}

/** Options of a PartitionReader. */
export interface ReaderOptions {
  /** 0 read_uncommitted, 1 read_committed. */
  isolationLevel?: number;
  maxWaitMs?: number;
  maxBytes?: number;
  partitionMaxBytes?: number;
  /** Where to go when a position is out of range (auto.offset.reset): default earliest. */
  resetTo?: 'earliest' | 'latest';
}

/** Group-less reader of a set of partitions. */
export class PartitionReader {
  private readonly assigned = new Map<string, Assigned>();
  private readonly opts: Required<ReaderOptions>;

  constructor(
    private readonly cluster: WireCluster,
    opts: ReaderOptions = {},
  ) {
    this.opts = {
      isolationLevel: opts.isolationLevel ?? 0,
      maxWaitMs: opts.maxWaitMs ?? 500,
      maxBytes: opts.maxBytes ?? 50 * 1024 * 1024,
      partitionMaxBytes: opts.partitionMaxBytes ?? 1024 * 1024,
      resetTo: opts.resetTo ?? 'earliest',
    };
  }

  /** Adds partitions (already assigned ones are left alone). */
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

  private async resolvePositions(): Promise<void> {
    const unresolved = [...this.assigned.values()].filter((a) => a.position < 0);
    if (unresolved.length === 0) return;
    const earliest = unresolved.filter((a) => a.start === 'earliest');
    const latest = unresolved.filter((a) => a.start === 'latest');
    if (earliest.length > 0) {
      const offs = await this.cluster.listOffsets(earliest.map((a) => a.tp), EARLIEST_TIMESTAMP, this.opts.isolationLevel);
      for (const a of earliest) a.position = offs.get(tpKey(a.tp)) ?? 0;
    }
    if (latest.length > 0) {
      const offs = await this.cluster.listOffsets(latest.map((a) => a.tp), LATEST_TIMESTAMP, this.opts.isolationLevel);
      for (const a of latest) a.position = offs.get(tpKey(a.tp)) ?? 0;
    }
    for (const a of unresolved) if (typeof a.start === 'number') a.position = a.start;
  }

  private async resolveLeaders(): Promise<void> {
    const missing = [...this.assigned.values()].filter((a) => a.leader < 0);
    if (missing.length === 0) return;
    const leaders = await this.cluster.leaders(missing.map((a) => a.tp));
    for (const a of missing) {
      const l = leaders.get(tpKey(a.tp));
      if (l === undefined) throw new ToolError(`Error: partition ${tpKey(a.tp)} does not exist`);
      a.leader = l;
    }
  }

  /** Fetches once from every leader; resolves with the records (possibly none, after maxWaitMs). */
  async poll(): Promise<ConsumedRecord[]> {
    if (this.assigned.size === 0) {
      await new Promise((r) => setTimeout(r, this.opts.maxWaitMs));
      return [];
    }
    await initCodecs();
    await this.resolvePositions();
    await this.resolveLeaders();
    const byLeader = new Map<number, Assigned[]>();
    for (const a of this.assigned.values()) {
      if (a.leader < 0) continue;
      const list = byLeader.get(a.leader) ?? [];
      list.push(a);
      byLeader.set(a.leader, list);
    }
    if (byLeader.size === 0) {
      await new Promise((r) => setTimeout(r, this.opts.maxWaitMs));
      for (const a of this.assigned.values()) a.leader = -1;
      return [];
    }
    const results = await Promise.all([...byLeader].map(([leader, list]) => this.fetchFrom(leader, list)));
    return results.flat();
  }

  private async fetchFrom(leader: number, list: Assigned[]): Promise<ConsumedRecord[]> {
    const resp = await this.cluster.fetch(
      leader,
      list.map((a) => ({ topic: a.tp.topic, partition: a.tp.partition, offset: a.position })),
      { maxWaitMs: this.opts.maxWaitMs, minBytes: 1, maxBytes: this.opts.maxBytes, partitionMaxBytes: this.opts.partitionMaxBytes, isolationLevel: this.opts.isolationLevel },
    );
    if (resp.errorCode !== 0) throw new ToolError(`Error: fetch failed: ${errorName(resp.errorCode)}`);
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
        if (p.errorCode === ErrorCode.NOT_LEADER_OR_FOLLOWER || p.errorCode === ErrorCode.LEADER_NOT_AVAILABLE || p.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) {
          a.leader = -1;
          continue;
        }
        if (p.errorCode !== 0) throw new ToolError(`Error: fetch of ${t.topic}-${p.partitionIndex} failed: ${errorName(p.errorCode)}`);
        if (p.records && p.records.length > 0) this.collect(a, p.records, p.abortedTransactions ?? [], out);
      }
    }
    return out;
  }

  private collect(a: Assigned, records: Buffer, aborted: readonly { producerId: number; firstOffset: number }[], out: ConsumedRecord[]): void {
    const pendingAborts = [...aborted].sort((x, y) => x.firstOffset - y.firstOffset);
    const abortedProducers = new Set<number>();
    for (const batch of decodeRecordBatches(records)) {
      if (batch.lastOffset < a.position) continue;
      while (pendingAborts.length > 0 && pendingAborts[0].firstOffset <= batch.lastOffset) abortedProducers.add(pendingAborts.shift()!.producerId);
      if (batch.isControl) {
        // An abort or commit marker ends the producer's transaction.
        abortedProducers.delete(batch.producerId);
        a.position = batch.lastOffset + 1;
        continue;
      }
      const skip = batch.isTransactional && abortedProducers.has(batch.producerId);
      for (const r of batch.records) {
        if (r.offset < a.position) continue;
        if (!skip) {
          out.push({
            topic: a.tp.topic,
            partition: a.tp.partition,
            offset: r.offset,
            timestamp: batch.timestampType === 1 ? batch.maxTimestamp : r.timestamp,
            timestampType: batch.timestampType,
            key: r.key,
            value: r.value,
            headers: r.headers,
            size: (r.key?.length ?? 0) + (r.value?.length ?? 0),
          });
        }
      }
      a.position = batch.lastOffset + 1;
    }
  }
}
