/**
 * Location and consumer strategies of KafkaUtils.createDirectStream, with
 * Spark's names.
 *
 * LocationStrategies decide where partitions are read; a job here is one
 * process, so PreferConsistent, PreferBrokers and PreferFixed all read every
 * partition from its leader (kept for source compatibility).
 *
 * ConsumerStrategies decide which partitions and where to start:
 * - Subscribe(topics, params, offsets?): group membership (group.id
 *   required); several instances of a job in one group split the partitions.
 * - SubscribePattern(regex, params, offsets?): the same for every topic whose
 *   name matches, re-evaluated as topics appear.
 * - Assign(topicPartitions, params, offsets?): exactly these partitions, no
 *   membership (group.id only needed for commitAsync).
 * Explicit offsets win over the group's committed offsets, which win over
 * auto.offset.reset ("latest" by default, "earliest", or "none" = fail).
 */
import type { TopicPartition } from '../../client/kafka-client.js';

/** Kafka consumer params (Java names: bootstrap.servers, group.id, auto.offset.reset, ...). */
export type KafkaParams = Record<string, unknown>;

/** Starting offsets: "topic-partition" keys or [tp, offset] pairs. */
export type StartingOffsets = Map<string, number> | Record<string, number> | [TopicPartition, number][];

/** Where batch partitions are read. */
export interface LocationStrategy {
  kind: 'PreferConsistent' | 'PreferBrokers' | 'PreferFixed';
}

/** Spark's LocationStrategies. */
export const LocationStrategies = {
  /** Spread partitions evenly (the usual choice). */
  PreferConsistent: { kind: 'PreferConsistent' } as LocationStrategy,
  /** Read on the leader brokers' hosts. */
  PreferBrokers: { kind: 'PreferBrokers' } as LocationStrategy,
  /** Fixed hosts per partition (ignored: one process reads all). */
  PreferFixed(_hostMap?: unknown): LocationStrategy {
    return { kind: 'PreferFixed' };
  },
};

/** Which partitions a direct stream reads and from where. */
export type ConsumerStrategy =
  | { kind: 'Subscribe'; topics: string[]; params: KafkaParams; offsets: Map<string, number> }
  | { kind: 'SubscribePattern'; pattern: RegExp; params: KafkaParams; offsets: Map<string, number> }
  | { kind: 'Assign'; topicPartitions: TopicPartition[]; params: KafkaParams; offsets: Map<string, number> };

function offsetMap(o: StartingOffsets | undefined): Map<string, number> {
  if (!o) return new Map();
  if (o instanceof Map) return new Map(o);
  if (Array.isArray(o)) return new Map(o.map(([tp, off]) => [`${tp.topic}-${tp.partition}`, off]));
  return new Map(Object.entries(o));
}

/** Spark's ConsumerStrategies. */
export const ConsumerStrategies = {
  /** Subscribe to topics as a member of params["group.id"]. */
  Subscribe(topics: string[], params: KafkaParams, offsets?: StartingOffsets): ConsumerStrategy {
    return { kind: 'Subscribe', topics: [...topics], params, offsets: offsetMap(offsets) };
  },
  /** Subscribe to every topic matching `pattern`. */
  SubscribePattern(pattern: RegExp, params: KafkaParams, offsets?: StartingOffsets): ConsumerStrategy {
    return { kind: 'SubscribePattern', pattern, params, offsets: offsetMap(offsets) };
  },
  /** Read exactly these partitions. */
  Assign(topicPartitions: TopicPartition[], params: KafkaParams, offsets?: StartingOffsets): ConsumerStrategy {
    return { kind: 'Assign', topicPartitions: [...topicPartitions], params, offsets: offsetMap(offsets) };
  },
};
