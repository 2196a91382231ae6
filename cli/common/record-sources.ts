/**
 * Where the console consumer and the consumer perf test get records from.
 *
 * - GrouplessSource reads partitions directly (client/'s
 *   PartitionReader): used with --partition, and for --topic / --include
 *   without --group. Kafka's tool
 *   would join a random "console-consumer-NNNNN" group in that case; reading
 *   without a group gives the same records (from the end, or from the start
 *   with --from-beginning) without leaving a group behind. It refreshes
 *   metadata every few seconds to pick up new partitions and, for --include,
 *   new topics; a topic that does not exist yet is waited for.
 * - GroupSource is a kafkajs consumer in group --group; offsets of records
 *   handed out are committed, records beyond --max-messages are not.
 *
 * Both push records to `deliver`, which answers false once no more are wanted.
 */
import type { Consumer, Kafka } from 'kafkajs';
import { PartitionReader, type ConsumedRecord, type KafkaClient, type StartPosition } from '../../client/index.js';
import { ErrorCode, errorName } from '../../protocol/generated/errors.js';
import { isInternalTopic } from './format.js';
import { ToolError } from './tool.js';
import { registerCodecs } from './kafkajs-codecs.js';

/** Receives records in order per partition; returns false to stop. */
export type Deliver = (r: ConsumedRecord) => boolean;

/** A running source of records. */
export interface RecordSource {
  /** Runs until stop() or until `deliver` returns false; rejects on a fatal error. */
  run(deliver: Deliver): Promise<void>;
  stop(): Promise<void>;
}

/** What to read without a group. */
export interface GrouplessSpec {
  topic?: string;
  include?: RegExp;
  partition?: number;
  start: StartPosition;
  isolationLevel: number;
  /** Called once when the topic does not exist (yet). */
  onMissingTopic?: (topic: string) => void;
}

const METADATA_REFRESH_MS = 5000;

/** Reads partitions without a consumer group. */
export class GrouplessSource implements RecordSource {
  private stopped = false;
  private readonly reader: PartitionReader;
  private warned = false;
  private firstRefreshDone = false;

  constructor(
    private readonly cluster: KafkaClient,
    private readonly spec: GrouplessSpec,
    maxWaitMs = 500,
  ) {
    this.reader = new PartitionReader(cluster, {
      isolationLevel: spec.isolationLevel,
      maxWaitMs,
      resetTo: spec.start === 'latest' ? 'latest' : 'earliest',
    });
  }

  /** Assigns the partitions that exist now; throws for a missing --partition. */
  async refresh(): Promise<void> {
    const { spec } = this;
    if (spec.partition !== undefined && spec.topic !== undefined) {
      if (this.reader.isAssigned({ topic: spec.topic, partition: spec.partition })) return;
      const meta = await this.cluster.refreshMetadata([spec.topic]);
      const t = meta.topics.find((x) => x.name === spec.topic);
      if (!t || t.errorCode === ErrorCode.UNKNOWN_TOPIC_OR_PARTITION) throw new ToolError(`Error: Topic '${spec.topic}' does not exist`);
      if (t.errorCode !== 0) throw new ToolError(`Error: topic '${spec.topic}': ${errorName(t.errorCode)}`);
      if (!t.partitions.some((p) => p.partitionIndex === spec.partition)) {
        throw new Error(`partition ${spec.partition} of topic '${spec.topic}' does not exist`);
      }
      this.reader.assign([{ topic: spec.topic, partition: spec.partition }], spec.start);
      return;
    }
    const meta = await this.cluster.refreshMetadata(spec.topic !== undefined ? [spec.topic] : null);
    const tps: { topic: string; partition: number }[] = [];
    for (const t of meta.topics) {
      if (!t.name) continue;
      if (t.errorCode !== 0) {
        if (spec.topic !== undefined && !this.warned) {
          this.warned = true;
          spec.onMissingTopic?.(spec.topic);
        }
        continue;
      }
      if (spec.include && (!spec.include.test(t.name) || isInternalTopic(t.name) || t.isInternal)) continue;
      for (const p of t.partitions) tps.push({ topic: t.name, partition: p.partitionIndex });
    }
    // Partitions that appear after the start (new topics, added partitions) are read from their
    // beginning: everything in them was written after the consumer started.
    const fresh = tps.filter((tp) => !this.reader.isAssigned(tp));
    if (fresh.length > 0) this.reader.assign(fresh, this.firstRefreshDone ? 'earliest' : this.spec.start);
    this.firstRefreshDone = true;
  }

  /** Polls until stopped or `deliver` declines. */
  async run(deliver: Deliver): Promise<void> {
    await this.refresh();
    let lastRefresh = Date.now();
    while (!this.stopped) {
      if (Date.now() - lastRefresh > (this.reader.partitions().length === 0 ? 1000 : METADATA_REFRESH_MS)) {
        await this.refresh();
        lastRefresh = Date.now();
      }
      const records = await this.reader.poll();
      for (const r of records) {
        if (this.stopped) return;
        if (!deliver(r)) return;
      }
    }
  }

  /** Stops after the current poll. */
  async stop(): Promise<void> {
    this.stopped = true;
  }
}

/** What to read in a group. */
export interface GroupSpec {
  groupId: string;
  topics: (string | RegExp)[];
  fromBeginning: boolean;
  readCommitted: boolean;
}

/** A kafkajs consumer in a consumer group. */
export class GroupSource implements RecordSource {
  private consumer: Consumer | null = null;
  private finish: (() => void) | null = null;
  private fail: ((err: Error) => void) | null = null;

  constructor(
    private readonly kafka: Kafka,
    private readonly spec: GroupSpec,
  ) {}

  /** Joins the group and delivers records until stopped. */
  async run(deliver: Deliver): Promise<void> {
    await registerCodecs();
    const consumer = this.kafka.consumer({ groupId: this.spec.groupId, readUncommitted: !this.spec.readCommitted, retry: { retries: 5 } });
    this.consumer = consumer;
    const done = new Promise<void>((resolve, reject) => {
      this.finish = resolve;
      this.fail = reject;
    });
    consumer.on(consumer.events.CRASH, (e: { payload: { error: Error; restart: boolean } }) => {
      if (!e.payload.restart) this.fail?.(e.payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({ topics: this.spec.topics, fromBeginning: this.spec.fromBeginning });
    let wanted = true;
    await consumer.run({
      autoCommit: true,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        for (const m of batch.messages) {
          if (!wanted || !isRunning() || isStale()) break;
          const headers = Object.entries(m.headers ?? {}).map(([key, v]) => ({
            key,
            value: v === undefined ? null : Buffer.isBuffer(v) ? v : Buffer.from(String(v)),
          }));
          const rec: ConsumedRecord = {
            topic: batch.topic,
            partition: batch.partition,
            offset: Number(m.offset),
            timestamp: Number(m.timestamp),
            timestampType: 0,
            key: m.key,
            value: m.value,
            headers,
            size: (m.key?.length ?? 0) + (m.value?.length ?? 0),
          };
          wanted = deliver(rec);
          resolveOffset(m.offset);
          if (!wanted) {
            this.finish?.();
            break;
          }
        }
        await heartbeat();
      },
    });
    await done;
  }

  /** Commits what was handed out and leaves the group. */
  async stop(): Promise<void> {
    this.finish?.();
    await this.consumer?.disconnect().catch(() => undefined);
  }
}
