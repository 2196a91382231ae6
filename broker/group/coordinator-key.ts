/**
 * Where a group lives: the `__consumer_offsets` partition of a group id is
 * Kafka's `Utils.abs(groupId.hashCode()) % offsets.topic.num.partitions`,
 * with Java's String.hashCode over UTF-16 code units, so that a group maps
 * to the same partition here as on an Apache Kafka cluster (tools that read
 * `__consumer_offsets` and migrations depend on it). The coordinator of a
 * group is the leader of that partition.
 */

/** Name of the internal topic holding group metadata and committed offsets. */
export const OFFSETS_TOPIC = '__consumer_offsets';

/** Java's String.hashCode: s[0]*31^(n-1) + ... + s[n-1] in int32 arithmetic. */
export function javaStringHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Kafka's Utils.abs: |n|, with Integer.MIN_VALUE mapped to 0. */
export function kafkaAbs(n: number): number {
  return n === -2147483648 ? 0 : Math.abs(n);
}

/** The `__consumer_offsets` partition of `groupId` when the topic has `numPartitions`. */
export function offsetsPartitionFor(groupId: string, numPartitions: number): number {
  return kafkaAbs(javaStringHashCode(groupId)) % numPartitions;
}
