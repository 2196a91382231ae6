/**
 * KafkaUtils: Spark's entry points for Kafka. createDirectStream makes a
 * direct stream (direct-stream.ts); createRDD reads given offset ranges once,
 * outside any stream.
 */
import { KafkaClient } from '../../client/kafka-client.js';
import type { StreamingContext } from '../context.js';
import { parseKafkaParams } from './kafka-params.js';
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

  /** An RDD of exactly `offsetRanges` (kafkaParams checked as for a stream); call `close()` on the returned client when done. */
  async createRDD<K = string, V = string>(
    kafkaParams: KafkaParams,
    offsetRanges: OffsetRange[],
  ): Promise<{ rdd: KafkaRDD<K, V>; close(): void }> {
    const c = parseKafkaParams(kafkaParams);
    const client = new KafkaClient({ brokers: c.bootstrapServers, clientId: c.clientId, requestTimeoutMs: c.requestTimeoutMs });
    await client.connect();
    const rdd = new KafkaRDD<K, V>(client, offsetRanges, {
      keyDeserializer: c.keyDeserializer,
      valueDeserializer: c.valueDeserializer,
      maxBytes: c.maxPartitionFetchBytes,
      fetchMaxBytes: c.fetchMaxBytes,
      maxWaitMs: c.fetchMaxWaitMs,
      checkCrcs: c.checkCrcs,
      timeoutMs: c.requestTimeoutMs,
      isolationLevel: c.isolationLevel,
    });
    return { rdd, close: () => client.close() };
  },
};
