/**
 * KafkaRDD: a batch of a direct stream. Partition i holds exactly the records
 * of offsetRanges[i] (fromOffset inclusive, untilOffset exclusive), read from
 * the partition's leader with the lean client when first needed; the
 * partitions are read concurrently.
 */
import { fetchRange } from '../../client/fetch-range.js';
import type { KafkaClient } from '../../client/kafka-client.js';
import { RDD } from '../rdd/rdd.js';
import { toConsumerRecord, type ConsumerRecord, type Deserializer } from './consumer-record.js';
import type { HasOffsetRanges, OffsetRange } from './offset-range.js';

/** Options of the reads. */
export interface KafkaReadOptions {
  keyDeserializer: Deserializer<unknown>;
  valueDeserializer: Deserializer<unknown>;
  maxBytes: number;
  timeoutMs: number;
}

/** The RDD of one direct-stream batch. */
export class KafkaRDD<K, V> extends RDD<ConsumerRecord<K, V>> implements HasOffsetRanges {
  /** Creates the RDD; nothing is read until a partition is computed. */
  constructor(
    client: KafkaClient,
    readonly offsetRanges: readonly OffsetRange[],
    options: KafkaReadOptions,
  ) {
    super(offsetRanges.length, async (i) => {
      const range = offsetRanges[i];
      if (range.count() === 0) return [];
      const recs = await fetchRange(client, range, { maxBytes: options.maxBytes, timeoutMs: options.timeoutMs });
      const out: ConsumerRecord<K, V>[] = new Array(recs.length);
      for (let j = 0; j < recs.length; j++)
        out[j] = toConsumerRecord<K, V>(range.topic, range.partition, recs[j], options.keyDeserializer, options.valueDeserializer);
      return out;
    });
  }
}
