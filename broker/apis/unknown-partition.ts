/**
 * The error_message for UNKNOWN_TOPIC_OR_PARTITION answers (Produce v8+):
 * Kafka's stock text, "This server does not host this topic-partition",
 * leaves a user who produced to a missing topic guessing, so the answer says
 * what is missing and how to fix it. The error code stays Kafka's, so clients
 * react as they would to Kafka.
 */
import type { BrokerServices } from '../services.js';

/** Why `topic`-`partition` is unknown here, and what to do about it. */
export function unknownPartitionMessage(b: BrokerServices, topic: string, partition: number): string {
  const t = b.metadata.topic(topic);
  if (!t) {
    const self = b.metadata.brokers().find((x) => x.nodeId === b.brokerId);
    const create = `kafka-topics --create --topic ${topic} --bootstrap-server ${self ? `${self.host}:${self.port}` : '<host:port>'}`;
    if (!b.config.autoCreateTopicsEnable) {
      return `Topic '${topic}' does not exist and auto.create.topics.enable is false; create it with ${create}`;
    }
    return `Topic '${topic}' does not exist; a Metadata request for it creates it (auto.create.topics.enable is true), or create it with ${create}`;
  }
  const n = t.partitions.length;
  if (partition < 0 || partition >= n) {
    return `Topic '${topic}' has ${n} partition${n === 1 ? '' : 's'} (0 to ${n - 1}, inclusive); partition ${partition} does not exist`;
  }
  return `Broker ${b.brokerId} does not host ${topic}-${partition}`;
}
