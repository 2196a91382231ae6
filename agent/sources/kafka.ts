/**
 * Kafka source (`org.apache.flume.source.kafka.KafkaSource`, also `kafka`):
 * consumes topics as a member of a consumer group and turns records into
 * events. A batch is up to batchSize (1000) records, or what arrived within
 * batchDurationMillis (1000 ms) of the first one; it is committed to the
 * channels, and only then are the records' offsets committed to the group, so
 * a crash in between re-reads them (at least once, as in Flume). While the
 * channels refuse a batch, consumption stops (the group keeps the position).
 *
 * Properties (Flume's): kafka.bootstrap.servers, kafka.topics (comma-separated)
 * or kafka.topics.regex, kafka.consumer.group.id (flume),
 * kafka.consumer.auto.offset.reset (earliest or latest; where a new group
 * starts, default earliest), batchSize, batchDurationMillis,
 * useFlumeEventFormat (values are Avro AvroFlumeEvents whose headers are
 * restored), setTopicHeader (true) with topicHeader (`topic`). Each event gets
 * headers timestamp (the record's), topic, partition, offset, and key when the
 * record has one. Older names: topic, groupId.
 */
import { GroupConsumer } from '../../client/group-consumer.js';
import type { KafkaClient } from '../../client/kafka-client.js';
import type { ConsumedRecord } from '../../client/partition-reader.js';
import { initCodecs } from '../../protocol/compression.js';
import type { ComponentContext } from '../config/context.js';
import { EVENT_TYPE } from '../avro/flume-protocol.js';
import { describeError } from '../errors.js';
import type { FlumeEvent } from '../event.js';
import { bootstrapServers, deprecated, kafkaClient } from '../kafka-settings.js';
import { BaseSource, type SourceDeps } from './source.js';

/** Flume's Kafka source. */
export class KafkaSource extends BaseSource {
  readonly batchSize: number;
  private readonly servers: string;
  private readonly subscription: string[] | RegExp;
  private readonly groupId: string;
  private readonly reset: 'earliest' | 'latest';
  private readonly batchDurationMs: number;
  private readonly flumeFormat: boolean;
  private readonly topicHeader: string | null;
  private readonly consumerProps: Map<string, string>;
  private client: KafkaClient | null = null;
  private consumer: GroupConsumer | null = null;
  private loop: Promise<void> | null = null;

  /** Reads the properties listed in the header. */
  constructor(ctx: ComponentContext, deps: SourceDeps) {
    super(deps, 'KafkaSource');
    this.servers = bootstrapServers(ctx, this.logger, []);
    this.consumerProps = ctx.entries('kafka.consumer.');
    const regex = ctx.string('kafka.topics.regex');
    const topics = ctx.raw('kafka.topics', 'topic');
    if (topics?.key === 'topic') deprecated(ctx, this.logger, 'topic', 'kafka.topics');
    if (regex) {
      try {
        this.subscription = new RegExp(regex);
      } catch (err) {
        throw ctx.error('kafka.topics.regex', `'${regex}' is not a valid regular expression: ${(err as Error).message}`);
      }
    } else if (topics && topics.value)
      this.subscription = topics.value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    else throw ctx.error('kafka.topics', 'is required (or kafka.topics.regex): the topics to consume');
    const group = ctx.raw('groupId');
    if (group) deprecated(ctx, this.logger, 'groupId', 'kafka.consumer.group.id');
    this.groupId = this.consumerProps.get('group.id') ?? group?.value ?? 'flume';
    const reset = this.consumerProps.get('auto.offset.reset') ?? 'earliest';
    if (reset !== 'earliest' && reset !== 'latest')
      throw ctx.error('kafka.consumer.auto.offset.reset', `'${reset}' is not earliest or latest`);
    this.reset = reset;
    this.batchSize = ctx.int('batchSize', this.fitBatch(1000), { min: 1 });
    this.batchDurationMs = ctx.int('batchDurationMillis', 1000, { min: 1 });
    this.flumeFormat = ctx.bool('useFlumeEventFormat', false);
    this.topicHeader = ctx.bool('setTopicHeader', true) ? ctx.string('topicHeader', 'topic') : (ctx.accept('topicHeader'), null);
    ctx.accept('migrateZookeeperOffsets', 'zookeeperConnect');
  }

  protected async doStart(): Promise<void> {
    await initCodecs();
    this.client = kafkaClient(this.servers, `flume-${this.name}`, this.consumerProps);
    this.loop = this.run();
  }

  protected async doStop(): Promise<void> {
    await this.loop;
    await this.consumer?.close().catch(() => undefined);
    this.client?.close();
    this.consumer = null;
    this.client = null;
  }

  private toEvent(r: ConsumedRecord): FlumeEvent {
    let e: FlumeEvent;
    if (this.flumeFormat && r.value) {
      const v = EVENT_TYPE.fromBuffer(r.value) as FlumeEvent;
      e = { headers: { ...v.headers }, body: Buffer.from(v.body) };
    } else e = { headers: {}, body: r.value ? Buffer.from(r.value) : Buffer.alloc(0) };
    const h = e.headers;
    h.timestamp = String(r.timestamp);
    if (this.topicHeader) h[this.topicHeader] = r.topic;
    h.partition = String(r.partition);
    h.offset = String(r.offset);
    if (r.key) h.key = r.key.toString();
    return e;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        if (!this.consumer) {
          const c = new GroupConsumer(this.client!, {
            groupId: this.groupId,
            subscription: this.subscription,
            autoOffsetReset: this.reset,
            maxWaitMs: Math.min(500, this.batchDurationMs),
          });
          await c.start();
          this.consumer = c;
          this.logger.info(`Kafka source ${this.name} joined group ${this.groupId}: ${c.assignment.length} partitions`);
        }
        const consumer = this.consumer;
        const batch: FlumeEvent[] = [];
        let first = 0;
        while (!this.stopped && batch.length < this.batchSize) {
          const records = await consumer.next(this.batchSize - batch.length);
          for (const r of records) batch.push(this.toEvent(r));
          if (batch.length > 0 && first === 0) first = Date.now();
          if (batch.length > 0 && Date.now() - first >= this.batchDurationMs) break;
          if (records.length === 0 && batch.length > 0) break;
        }
        if (batch.length === 0) continue;
        if (!(await this.deliver(batch))) {
          consumer.rewind();
          return;
        }
        await consumer.commit();
        failures = 0;
      } catch (err) {
        failures++;
        if (failures === 1) this.logger.error(`Kafka source ${this.name}: ${describeError(err)} (retrying)`);
        this.consumer?.rewind();
        await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** failures)));
      }
    }
  }
}
