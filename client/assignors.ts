/**
 * Partition assignors of Kafka's consumer protocol ("range" and
 * "roundrobin", with the Java client's semantics), and the codecs of the
 * protocol's member metadata: an int16 version followed by
 * ConsumerProtocolSubscription / ConsumerProtocolAssignment of that version.
 */
import { Reader } from '../protocol/reader.js';
import { Writer } from '../protocol/writer.js';
import {
  decodeConsumerProtocolSubscription,
  encodeConsumerProtocolSubscription,
} from '../protocol/generated/consumer-protocol-subscription.js';
import { decodeConsumerProtocolAssignment, encodeConsumerProtocolAssignment } from '../protocol/generated/consumer-protocol-assignment.js';
import type { TopicPartition } from './kafka-client.js';

/** Subscribed topics by member id. */
export type Subscriptions = Map<string, string[]>;
/** Assigned partitions by member id. */
export type Assignments = Map<string, TopicPartition[]>;

/** An assignor: member subscriptions and partition counts in, assignments out. */
export interface Assignor {
  name: string;
  assign(subscriptions: Subscriptions, partitionCounts: Map<string, number>): Assignments;
}

function emptyAssignments(subscriptions: Subscriptions): Assignments {
  const out: Assignments = new Map();
  for (const m of subscriptions.keys()) out.set(m, []);
  return out;
}

/**
 * Range: per topic, the members subscribed to it (sorted by id) get
 * consecutive partition ranges; the first (partitions % members) get one extra.
 */
export const rangeAssignor: Assignor = {
  name: 'range',
  assign(subscriptions, partitionCounts) {
    const out = emptyAssignments(subscriptions);
    const topics = new Set<string>();
    for (const ts of subscriptions.values()) for (const t of ts) topics.add(t);
    for (const topic of [...topics].sort()) {
      const n = partitionCounts.get(topic) ?? 0;
      const members = [...subscriptions]
        .filter(([, ts]) => ts.includes(topic))
        .map(([m]) => m)
        .sort();
      if (members.length === 0) continue;
      const per = Math.floor(n / members.length);
      const extra = n % members.length;
      let next = 0;
      for (let i = 0; i < members.length; i++) {
        const count = per + (i < extra ? 1 : 0);
        const list = out.get(members[i])!;
        for (let p = next; p < next + count; p++) list.push({ topic, partition: p });
        next += count;
      }
    }
    return out;
  },
};

/** Round robin: all partitions (sorted by topic, partition) dealt to the sorted members in turn. */
export const roundRobinAssignor: Assignor = {
  name: 'roundrobin',
  assign(subscriptions, partitionCounts) {
    const out = emptyAssignments(subscriptions);
    const members = [...subscriptions.keys()].sort();
    const topics = new Set<string>();
    for (const ts of subscriptions.values()) for (const t of ts) topics.add(t);
    let i = 0;
    for (const topic of [...topics].sort()) {
      const n = partitionCounts.get(topic) ?? 0;
      for (let p = 0; p < n; p++) {
        // Skip members not subscribed to this topic.
        for (let tries = 0; tries < members.length; tries++) {
          const m = members[i++ % members.length];
          if (subscriptions.get(m)!.includes(topic)) {
            out.get(m)!.push({ topic, partition: p });
            break;
          }
        }
      }
    }
    return out;
  },
};

/** Assignors by name. */
export const ASSIGNORS: Record<string, Assignor> = { range: rangeAssignor, roundrobin: roundRobinAssignor };

/** Encodes a member's subscription (version 0: topics and user data). */
export function encodeSubscription(topics: string[]): Buffer {
  const w = new Writer();
  w.int16(0);
  encodeConsumerProtocolSubscription(w, 0, { topics, userData: null });
  return w.finishBuffer();
}

/** Decodes a member's subscription of any version; returns its topics. */
export function decodeSubscription(buf: Buffer): string[] {
  const r = new Reader(buf);
  const v = Math.min(r.int16(), 3);
  return decodeConsumerProtocolSubscription(r, v).topics;
}

/** Encodes an assignment (version 0). */
export function encodeAssignment(tps: TopicPartition[]): Buffer {
  const byTopic = new Map<string, number[]>();
  for (const tp of tps) {
    let ps = byTopic.get(tp.topic);
    if (!ps) byTopic.set(tp.topic, (ps = []));
    ps.push(tp.partition);
  }
  const w = new Writer();
  w.int16(0);
  encodeConsumerProtocolAssignment(w, 0, {
    assignedPartitions: [...byTopic].map(([topic, partitions]) => ({ topic, partitions })),
    userData: null,
  });
  return w.finishBuffer();
}

/** Decodes an assignment of any version (an empty buffer: nothing assigned). */
export function decodeAssignment(buf: Buffer): TopicPartition[] {
  if (buf.length < 2) return [];
  const r = new Reader(buf);
  const v = Math.min(r.int16(), 3);
  const out: TopicPartition[] = [];
  for (const t of decodeConsumerProtocolAssignment(r, v).assignedPartitions)
    for (const p of t.partitions) out.push({ topic: t.topic, partition: p });
  return out;
}
