/**
 * KafkaUtils: Spark's entry points for Kafka. createDirectStream makes a
 * direct stream (direct-stream.ts); createRDD reads given offset ranges once,
 * outside any stream.
 */
import { KafkaClient } from '../../client/kafka-client.js';
import type { StreamingContext } from '../context.js';
import { deserializerFor, type DeserializerSpec } from './consumer-record.js';
import { DirectKafkaInputDStream } from './direct-stream.js';
import { KafkaRDD } from './kafka-rdd.js';
import type { OffsetRange } from './offset-range.js';
import type { ConsumerStrategy, KafkaParams, LocationStrategy } from './strategies.js';

/** Spark's KafkaUtils. */
export const KafkaUtils = {
  /** A direct stream: one batch partition per Kafka partition, offsets committed by commitAsync after output. */
  createDirectStream<K = string, V = string>(
    ssc: StreamingContext,
    locationStrategy: LocationStrategy,
    consumerStrategy: ConsumerStrategy,
  ): DirectKafkaInputDStream<K, V> {
    void locationStrategy;
    return new DirectKafkaInputDStream<K, V>(ssc, consumerStrategy);
  },

  /** An RDD of exactly `offsetRanges`; call `close()` on the returned client when done. */
  async createRDD<K = string, V = string>(
    kafkaParams: KafkaParams,
    offsetRanges: OffsetRange[],
  ): Promise<{ rdd: KafkaRDD<K, V>; close(): void }> {
    const client = new KafkaClient({ brokers: String(kafkaParams['bootstrap.servers']) });
    await client.connect();
    const rdd = new KafkaRDD<K, V>(client, offsetRanges, {
      keyDeserializer: deserializerFor(kafkaParams['key.deserializer'] as DeserializerSpec | undefined, 'key.deserializer'),
      valueDeserializer: deserializerFor(kafkaParams['value.deserializer'] as DeserializerSpec | undefined, 'value.deserializer'),
      maxBytes: Number(kafkaParams['max.partition.fetch.bytes'] ?? 8 << 20),
      timeoutMs: 30_000,
    });
    return { rdd, close: () => client.close() };
  },
};
