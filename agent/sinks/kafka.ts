/**
 * Kafka sink (`org.apache.flume.sink.kafka.KafkaSink`, also `kafka`): writes
 * events as records to a Kafka topic with the project's lean client, one
 * produce round per transaction; the take commits only after the brokers
 * acknowledged (per kafka.producer.acks), so while the brokers are down or
 * refusing, the batch rolls back into the channel and is sent again later.
 *
 * Properties (Flume's): kafka.bootstrap.servers, kafka.topic (default
 * default-flume-topic), flumeBatchSize (100), kafka.producer.acks (1; 0, 1,
 * -1 or all), kafka.producer.compression.type (none, gzip, snappy, lz4,
 * zstd), other kafka.producer.* (accepted; request.timeout.ms and client.id
 * are used), useFlumeEventFormat (false: the value is the body; true: an
 * Avro-encoded AvroFlumeEvent with the headers), allowTopicOverride (true:
 * header `topic`, or topicHeader, picks the topic), defaultPartitionId and
 * partitionIdHeader (fixed or per-event partition; else by the `key` header
 * with Kafka's murmur2 partitioner, else spread). Header `key` is the record
 * key. Flume 1.6's names, as in the course notes, work too (with a
 * deprecation warning): brokerList, topic, batchSize, requiredAcks.
 *
 * A topic that does not exist is created through the broker's
 * auto.create.topics.enable, as Kafka's producer does.
 */
import type { KafkaClient } from '../../client/kafka-client.js';
import { send } from '../../client/produce.js';
import { ensureTopic } from '../../client/topic-autocreate.js';
import { initCodecs } from '../../protocol/compression.js';
import type { RecordInput } from '../../protocol/record-codec.js';
import type { ComponentContext } from '../config/context.js';
import { EVENT_TYPE } from '../avro/flume-protocol.js';
import type { FlumeEvent } from '../event.js';
import { bootstrapServers, deprecated, kafkaClient, parseAcks, producerCompression } from '../kafka-settings.js';
import { BaseSink, type SinkDeps } from './sink.js';

/** Flume's Kafka sink. */
export class KafkaSink extends BaseSink {
  readonly batchSize: number;
  private readonly servers: string;
  private readonly topic: string;
  private readonly acks: number;
  private readonly compression: number;
  private readonly flumeFormat: boolean;
  private readonly allowOverride: boolean;
  private readonly topicHeader: string;
  private readonly defaultPartition: number | undefined;
  private readonly partitionHeader: string | undefined;
  private readonly producerProps: Map<string, string>;
  private client: KafkaClient | null = null;
  private readonly readyTopics = new Set<string>();

  /** Reads the properties listed in the header. */
  constructor(ctx: ComponentContext, deps: SinkDeps) {
    super(deps, 'KafkaSink');
    this.servers = bootstrapServers(ctx, this.logger);
    const topic = ctx.raw('kafka.topic', 'topic');
    if (topic?.key === 'topic') deprecated(ctx, this.logger, 'topic', 'kafka.topic');
    this.topic = topic?.value || 'default-flume-topic';
    const batch = ctx.raw('flumeBatchSize', 'batchSize');
    if (batch?.key === 'batchSize') deprecated(ctx, this.logger, 'batchSize', 'flumeBatchSize');
    this.batchSize = ctx.int(batch?.key ?? 'flumeBatchSize', this.fitBatch(100), { min: 1 });
    this.producerProps = ctx.entries('kafka.producer.');
    const acks = ctx.raw('kafka.producer.acks', 'requiredAcks');
    if (acks?.key === 'requiredAcks') deprecated(ctx, this.logger, 'requiredAcks', 'kafka.producer.acks');
    this.acks = acks ? parseAcks(ctx, acks.key, acks.value) : 1;
    this.compression = producerCompression(ctx, this.producerProps);
    this.flumeFormat = ctx.bool('useFlumeEventFormat', false);
    this.allowOverride = ctx.bool('allowTopicOverride', true);
    this.topicHeader = ctx.string('topicHeader', 'topic');
    const dp = ctx.raw('defaultPartitionId');
    this.defaultPartition = dp ? ctx.int('defaultPartitionId', 0, { min: 0 }) : undefined;
    this.partitionHeader = ctx.string('partitionIdHeader');
    ctx.accept('kafka.flumeBatchSize', 'zookeeperConnect');
  }

  protected override async doStart(): Promise<void> {
    this.client = kafkaClient(this.servers, `flume-${this.name}`, this.producerProps);
    await initCodecs();
    this.logger.info(`Kafka sink ${this.name} writes to topic ${this.topic} at ${this.servers} (acks ${this.acks})`);
  }

  protected override async doStop(): Promise<void> {
    this.client?.close();
    this.client = null;
  }

  protected async deliver(events: FlumeEvent[]): Promise<void> {
    const client = this.client!;
    const byTopic = new Map<string, (RecordInput & { partition?: number })[]>();
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      const topic = (this.allowOverride && e.headers[this.topicHeader]) || this.topic;
      let list = byTopic.get(topic);
      if (!list) byTopic.set(topic, (list = []));
      const r: RecordInput & { partition?: number } = {
        key: e.headers.key ?? null,
        value: this.flumeFormat ? EVENT_TYPE.toBuffer(e) : e.body,
      };
      const p =
        this.partitionHeader !== undefined && e.headers[this.partitionHeader] !== undefined
          ? Number(e.headers[this.partitionHeader])
          : this.defaultPartition;
      if (p !== undefined) {
        if (!Number.isInteger(p) || p < 0)
          throw new Error(`event partition '${e.headers[this.partitionHeader!]}' is not a partition number`);
        r.partition = p;
      }
      list.push(r);
    }
    for (const [topic, records] of byTopic) {
      if (!this.readyTopics.has(topic)) {
        await ensureTopic(client, topic);
        this.readyTopics.add(topic);
      }
      await send(client, topic, records, { acks: this.acks, compression: this.compression });
    }
  }
}
