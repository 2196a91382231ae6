/**
 * produce: writes records to partitions as one v2 batch per partition, and a
 * key partitioner compatible with Kafka's default (murmur2 of the key bytes,
 * positive, modulo the partition count) so that keyed records land where a
 * Java or kafkajs producer would put them.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeProduceRequest } from '../protocol/generated/produce-request.js';
import { decodeProduceResponse } from '../protocol/generated/produce-response.js';
import { encodeRecordBatch, type RecordInput } from '../protocol/record-codec.js';
import { check } from './errors.js';
import type { KafkaClient } from './kafka-client.js';

/** Options of a produce call. */
export interface ProduceOptions {
  /** 0, 1 or -1 (all); default -1. */
  acks?: number;
  /** A Compression value (compression.ts); default none. */
  compression?: number;
  timeoutMs?: number;
}

/** Kafka's murmur2 (the Java client's Utils.murmur2). */
export function murmur2(data: Buffer): number {
  const length = data.length;
  const seed = 0x9747b28c;
  const m = 0x5bd1e995;
  const r = 24;
  let h = seed ^ length;
  const length4 = length >> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = (data[i4] & 0xff) + ((data[i4 + 1] & 0xff) << 8) + ((data[i4 + 2] & 0xff) << 16) + ((data[i4 + 3] & 0xff) << 24);
    k = Math.imul(k, m);
    k ^= k >>> r;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  const rest = length & 3;
  const base = length & ~3;
  if (rest === 3) h ^= (data[base + 2] & 0xff) << 16;
  if (rest >= 2) h ^= (data[base + 1] & 0xff) << 8;
  if (rest >= 1) {
    h ^= data[base] & 0xff;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** The partition Kafka's default partitioner picks for a non-null key. */
export function partitionForKey(key: Buffer | string, numPartitions: number): number {
  const b = typeof key === 'string' ? Buffer.from(key) : key;
  return (murmur2(b) & 0x7fffffff) % numPartitions;
}

/**
 * Appends `records` to `topic`-`partition` as one batch; resolves with the
 * base offset the leader assigned (-1 with acks=0).
 */
export async function produce(
  client: KafkaClient,
  topic: string,
  partition: number,
  records: RecordInput[],
  options: ProduceOptions = {},
): Promise<number> {
  const batch = encodeRecordBatch({ records, compression: options.compression });
  const acks = options.acks ?? -1;
  return client.retry('Produce', async () => {
    const c = await client.nodeConnection(await client.leaderFor({ topic, partition }));
    const res = await c.send(
      ApiKey.Produce,
      (w, v) =>
        encodeProduceRequest(w, v, {
          transactionalId: null,
          acks,
          timeoutMs: options.timeoutMs ?? 30_000,
          topicData: [{ name: topic, partitionData: [{ index: partition, records: batch }] }],
        }),
      decodeProduceResponse,
      { expectResponse: acks !== 0 },
    );
    if (acks === 0) return -1;
    const p = res.responses[0].partitionResponses[0];
    check(p.errorCode, `Produce ${topic}-${partition}${p.errorMessage ? ` (${p.errorMessage})` : ''}`);
    return p.baseOffset;
  });
}

/**
 * Sends records to `topic`, each to its `partition` if given, else by key
 * (murmur2), else round-robin; one batch per partition, partitions in parallel.
 */
export async function send(
  client: KafkaClient,
  topic: string,
  records: (RecordInput & { partition?: number })[],
  options: ProduceOptions = {},
): Promise<void> {
  const n = (await client.partitionsFor(topic)).length;
  const byPartition = new Map<number, RecordInput[]>();
  let rr = Math.floor(Math.random() * n);
  for (const r of records) {
    const p = r.partition ?? (r.key !== undefined && r.key !== null ? partitionForKey(r.key, n) : rr++ % n);
    let list = byPartition.get(p);
    if (!list) byPartition.set(p, (list = []));
    list.push(r);
  }
  await Promise.all([...byPartition].map(([p, rs]) => produce(client, topic, p, rs, options)));
}
