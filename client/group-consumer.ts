/**
 * GroupConsumer: a consumer in a consumer group that hands out records in
 * batches and commits exactly what it handed out, for callers that commit
 * only after they stored the records somewhere else (the agent's Kafka
 * source and Kafka channel: commit after the channel transaction, rewind
 * after a failed one).
 *
 * It joins the group as a GroupMember (assignment, heartbeats, rejoins) and
 * reads its partitions with a PartitionReader. A partition starts at the
 * group's committed offset, or where `autoOffsetReset` says when the group
 * has none. `next(max)` returns up to `max` buffered records (polling once
 * when the buffer is empty); `commit()` commits, per partition, the offset
 * after the last record handed out; `rewind()` forgets everything handed out
 * since the last commit, so the next `next()` starts again at the committed
 * offsets. A new assignment (a rebalance) drops the buffer and starts each
 * partition at its committed offset, so records handed out but not committed
 * before a rebalance are read again (at least once).
 *
 * One caller at a time: next/commit/rewind must not overlap.
 */
import { GroupMember, type GroupMemberOptions } from './group-member.js';
import { tpKey, type KafkaClient, type TopicPartition } from './kafka-client.js';
import { PartitionReader, type ConsumedRecord } from './partition-reader.js';

/** Options of a group consumer. */
export interface GroupConsumerOptions extends GroupMemberOptions {
  /** Where a partition without a committed offset starts; default earliest. */
  autoOffsetReset?: 'earliest' | 'latest';
  /** Long-poll wait of a fetch when nothing is new, ms; default 500. */
  maxWaitMs?: number;
}

/** A consumer-group member that commits what it handed out. */
export class GroupConsumer {
  readonly member: GroupMember;
  private reader: PartitionReader | null = null;
  private assignmentKey = '';
  private buffer: ConsumedRecord[] = [];
  private bufferPos = 0;
  /** Next offset after the last record handed out, by tpKey. */
  private readonly delivered = new Map<string, { tp: TopicPartition; offset: number }>();
  /** Offsets committed (or started from) by tpKey. */
  private readonly committed = new Map<string, number>();

  /** Creates the consumer; start() joins the group. */
  constructor(
    readonly client: KafkaClient,
    readonly options: GroupConsumerOptions,
  ) {
    this.member = new GroupMember(client, options);
  }

  /** Joins the group (resolves once this member has an assignment, possibly empty). */
  async start(): Promise<void> {
    await this.member.join();
  }

  /** The partitions assigned now. */
  get assignment(): TopicPartition[] {
    return this.member.assignment;
  }

  private async syncAssignment(): Promise<void> {
    const tps = this.member.assignment;
    const key = tps.map(tpKey).join(',');
    if (this.reader && key === this.assignmentKey) return;
    const reader = new PartitionReader(this.client, {
      maxWaitMs: this.options.maxWaitMs ?? 500,
      resetTo: this.options.autoOffsetReset ?? 'earliest',
    });
    this.committed.clear();
    if (tps.length > 0) {
      const offsets = await this.member.api.offsetFetch(tps);
      for (const tp of tps) {
        const c = offsets.get(tpKey(tp));
        if (c !== undefined) this.committed.set(tpKey(tp), c);
        reader.assign([tp], c ?? this.options.autoOffsetReset ?? 'earliest');
      }
    }
    this.reader = reader;
    this.assignmentKey = key;
    this.buffer = [];
    this.bufferPos = 0;
    this.delivered.clear();
  }

  /** Up to `max` records, in offset order per partition; [] when nothing arrived within maxWaitMs. */
  async next(max: number): Promise<ConsumedRecord[]> {
    await this.syncAssignment();
    if (this.bufferPos >= this.buffer.length) {
      this.buffer = await this.reader!.poll();
      this.bufferPos = 0;
    }
    const end = Math.min(this.buffer.length, this.bufferPos + max);
    const out = this.buffer.slice(this.bufferPos, end);
    this.bufferPos = end;
    for (const r of out) {
      const k = `${r.topic}-${r.partition}`;
      const d = this.delivered.get(k);
      if (d) d.offset = r.offset + 1;
      else this.delivered.set(k, { tp: { topic: r.topic, partition: r.partition }, offset: r.offset + 1 });
    }
    return out;
  }

  /** Commits the offsets after the records handed out since the last commit. */
  async commit(): Promise<void> {
    const list = [...this.delivered.entries()].filter(([k, d]) => this.committed.get(k) !== d.offset);
    if (list.length === 0) return;
    await this.member.api.offsetCommit(
      list.map(([, d]) => ({ ...d.tp, offset: d.offset })),
      this.member.identity,
    );
    for (const [k, d] of list) this.committed.set(k, d.offset);
  }

  /** Drops what was handed out since the last commit: the next records start at the committed offsets again. */
  rewind(): void {
    if (this.delivered.size === 0) return;
    // A fresh reader on the next call resolves the committed offsets again.
    this.reader = null;
    this.assignmentKey = '';
  }

  /** Leaves the group. */
  async close(): Promise<void> {
    await this.member.leave();
  }
}
