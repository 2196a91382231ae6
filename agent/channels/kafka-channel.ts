/**
 * Kafka channel (`org.apache.flume.channel.kafka.KafkaChannel`, also `kafka`):
 * the channel's events live in a Kafka topic, so they survive the agent and
 * are as durable as the topic's replication makes them. A put transaction
 * commits by producing its events (acks=all by default) and returns once the
 * brokers acknowledged them; a take transaction reads as a member of a
 * consumer group and its commit commits the group's offsets, its rollback
 * rewinds to them, so a failing sink sees the same events again.
 *
 * Properties (Flume's): kafka.bootstrap.servers, kafka.topic (flume-channel),
 * kafka.consumer.group.id (flume), parseAsFlumeEvent (true: records are
 * Avro-encoded AvroFlumeEvents, headers included; false: the body only),
 * pollTimeout (500 ms), kafka.producer.acks (all), kafka.producer.compression.type,
 * kafka.consumer.auto.offset.reset (earliest: departs from Flume's latest, so
 * events put before the first take are not skipped), defaultPartitionId,
 * partitionIdHeader. Older names: brokerList, topic, groupId.
 *
 * Take transactions run one at a time (a second sink waits for the first to
 * finish its transaction): they share one group member. The channel has no
 * capacity of its own and reports ChannelSize 0 (Flume's Kafka channel does
 * not report it either); a source is pushed back only when producing fails.
 */
import { GroupConsumer } from '../../client/group-consumer.js';
import type { KafkaClient } from '../../client/kafka-client.js';
import { send } from '../../client/produce.js';
import { ensureTopic } from '../../client/topic-autocreate.js';
import { initCodecs } from '../../protocol/compression.js';
import type { RecordInput } from '../../protocol/record-codec.js';
import { EVENT_TYPE } from '../avro/flume-protocol.js';
import type { Channel, ChannelTransaction } from '../channel.js';
import type { ComponentContext } from '../config/context.js';
import { ChannelError, describeError } from '../errors.js';
import type { FlumeEvent } from '../event.js';
import { bootstrapServers, deprecated, kafkaClient, parseAcks, producerCompression } from '../kafka-settings.js';
import type { Logger } from '../log.js';
import { ChannelCounter } from '../metrics/counters.js';

/** Settings of a Kafka channel. */
export interface KafkaChannelOptions {
  servers: string;
  topic: string;
  groupId: string;
  parseAsFlumeEvent: boolean;
  pollTimeoutMs: number;
  acks: number;
  compression: number;
  reset: 'earliest' | 'latest';
  defaultPartition?: number;
  partitionHeader?: string;
  producerProps: Map<string, string>;
}

/** Reads a Kafka channel's settings. */
export function kafkaChannelOptions(ctx: ComponentContext, logger: Logger): KafkaChannelOptions {
  const producerProps = ctx.entries('kafka.producer.');
  const consumerProps = ctx.entries('kafka.consumer.');
  const topic = ctx.raw('kafka.topic', 'topic');
  if (topic?.key === 'topic') deprecated(ctx, logger, 'topic', 'kafka.topic');
  const group = ctx.raw('groupId');
  if (group) deprecated(ctx, logger, 'groupId', 'kafka.consumer.group.id');
  const reset = consumerProps.get('auto.offset.reset') ?? 'earliest';
  if (reset !== 'earliest' && reset !== 'latest')
    throw ctx.error('kafka.consumer.auto.offset.reset', `'${reset}' is not earliest or latest`);
  ctx.accept('migrateZookeeperOffsets', 'zookeeperConnect', 'readSmallestOffset', 'capacity', 'transactionCapacity', 'keep-alive');
  return {
    servers: bootstrapServers(ctx, logger),
    topic: topic?.value || 'flume-channel',
    groupId: consumerProps.get('group.id') ?? group?.value ?? 'flume',
    parseAsFlumeEvent: ctx.bool('parseAsFlumeEvent', true),
    pollTimeoutMs: ctx.int('pollTimeout', 500, { min: 1 }),
    acks: parseAcks(ctx, 'kafka.producer.acks', producerProps.get('acks') ?? 'all'),
    compression: producerCompression(ctx, producerProps),
    reset,
    defaultPartition: ctx.has('defaultPartitionId') ? ctx.int('defaultPartitionId', 0, { min: 0 }) : undefined,
    partitionHeader: ctx.string('partitionIdHeader'),
    producerProps,
  };
}

/** Flume's Kafka channel. */
export class KafkaChannel implements Channel {
  readonly counters = new ChannelCounter(
    () => 0,
    () => 0,
  );
  /** No limit of its own. */
  readonly transactionCapacity = Number.MAX_SAFE_INTEGER;
  private client: KafkaClient | null = null;
  private consumer: GroupConsumer | null = null;
  private topicReady = false;
  /** Serializes take transactions: resolves when the previous one finished. */
  private takeTurn: Promise<void> = Promise.resolve();

  /** A Kafka channel named `name`. */
  constructor(
    readonly name: string,
    readonly options: KafkaChannelOptions,
    private readonly logger: Logger,
    readonly type = 'kafka',
  ) {}

  /** Creates the client (nothing is connected until the first put or take). */
  async start(): Promise<void> {
    await initCodecs();
    this.client = kafkaClient(this.options.servers, `flume-${this.name}`, this.options.producerProps);
    this.counters.startTime = Date.now();
    this.logger.info(`Kafka channel ${this.name}: topic ${this.options.topic} at ${this.options.servers}, group ${this.options.groupId}`);
  }

  /** Leaves the group and closes the client. */
  async stop(): Promise<void> {
    await this.consumer?.close().catch(() => undefined);
    this.consumer = null;
    this.client?.close();
    this.client = null;
    this.counters.stopTime = Date.now();
  }

  /** Not known without asking the brokers: 0. */
  size(): number {
    return 0;
  }

  /** Takes poll with their own wait; no local signal. */
  waitForEvents(_timeoutMs: number): Promise<void> {
    return Promise.resolve();
  }

  /** Kafka channels keep no marks. */
  mark(_key: string): string | undefined {
    return undefined;
  }

  /** A new transaction. */
  begin(): ChannelTransaction {
    return new KafkaTransaction(this);
  }

  /** @internal waits for the turn to take; resolves with the function that ends the turn. */
  async takeLock(): Promise<() => void> {
    let release!: () => void;
    const previous = this.takeTurn;
    this.takeTurn = new Promise<void>((r) => (release = r));
    await previous;
    return release;
  }

  /** @internal the group consumer, joined on first use. */
  async reader(): Promise<GroupConsumer> {
    if (!this.client) throw new ChannelError(this.name, 'channel is stopped');
    if (!this.consumer) {
      const c = new GroupConsumer(this.client, {
        groupId: this.options.groupId,
        subscription: [this.options.topic],
        autoOffsetReset: this.options.reset,
        maxWaitMs: this.options.pollTimeoutMs,
      });
      await this.ensureTopic();
      await c.start();
      this.consumer = c;
    }
    return this.consumer;
  }

  private async ensureTopic(): Promise<void> {
    if (this.topicReady) return;
    await ensureTopic(this.client!, this.options.topic);
    this.topicReady = true;
  }

  /** @internal produces a transaction's puts. */
  async produce(puts: readonly FlumeEvent[]): Promise<void> {
    if (!this.client) throw new ChannelError(this.name, 'channel is stopped');
    const o = this.options;
    const records: (RecordInput & { partition?: number })[] = [];
    for (const e of puts) {
      const r: RecordInput & { partition?: number } = {
        key: e.headers.key ?? null,
        value: o.parseAsFlumeEvent ? EVENT_TYPE.toBuffer(e) : e.body,
      };
      const p = o.partitionHeader && e.headers[o.partitionHeader] !== undefined ? Number(e.headers[o.partitionHeader]) : o.defaultPartition;
      if (p !== undefined && Number.isInteger(p) && p >= 0) r.partition = p;
      records.push(r);
    }
    try {
      await this.ensureTopic();
      await send(this.client, o.topic, records, { acks: o.acks, compression: o.compression });
    } catch (err) {
      throw new ChannelError(this.name, `producing ${puts.length} events to ${o.topic} failed: ${describeError(err)}`, { cause: err });
    }
  }

  /** @internal an event from a record value. */
  decode(value: Buffer | null): FlumeEvent {
    if (!value) return { headers: {}, body: Buffer.alloc(0) };
    if (!this.options.parseAsFlumeEvent) return { headers: {}, body: Buffer.from(value) };
    const e = EVENT_TYPE.fromBuffer(value) as FlumeEvent;
    return { headers: { ...e.headers }, body: Buffer.from(e.body) };
  }
}

/** A transaction on a Kafka channel. */
class KafkaTransaction implements ChannelTransaction {
  private readonly puts: FlumeEvent[] = [];
  private taken = 0;
  private release: (() => void) | null = null;
  private done = false;

  constructor(private readonly ch: KafkaChannel) {}

  put(event: FlumeEvent): void {
    this.ch.counters.eventPutAttemptCount++;
    if (this.done) throw new ChannelError(this.ch.name, 'put on a finished transaction');
    this.puts.push(event);
  }

  async take(max: number): Promise<FlumeEvent[]> {
    if (this.done) throw new ChannelError(this.ch.name, 'take on a finished transaction');
    if (!this.release) this.release = await this.ch.takeLock();
    let records;
    try {
      records = await (await this.ch.reader()).next(max);
    } catch (err) {
      throw new ChannelError(this.ch.name, `reading failed: ${describeError(err)}`, { cause: err });
    }
    const out: FlumeEvent[] = [];
    for (const r of records) out.push(this.ch.decode(r.value));
    this.taken += out.length;
    this.ch.counters.eventTakeAttemptCount += Math.max(1, out.length);
    return out;
  }

  setMark(_key: string, _value: string | null): void {}

  private finish(): void {
    this.done = true;
    this.release?.();
    this.release = null;
  }

  async commit(): Promise<void> {
    if (this.done) throw new ChannelError(this.ch.name, 'commit of a finished transaction');
    if (this.puts.length > 0) {
      await this.ch.produce(this.puts);
      this.ch.counters.eventPutSuccessCount += this.puts.length;
    }
    if (this.release) {
      try {
        if (this.taken > 0) await (await this.ch.reader()).commit();
      } catch (err) {
        throw new ChannelError(this.ch.name, `committing offsets failed: ${describeError(err)}`, { cause: err });
      }
      this.ch.counters.eventTakeSuccessCount += this.taken;
      this.finish();
    } else this.done = true;
  }

  async rollback(): Promise<void> {
    if (this.done) return;
    if (this.release && this.taken > 0) (await this.ch.reader().catch(() => null))?.rewind();
    this.finish();
  }
}
