/**
 * kafkajs as the load generator.
 *
 * Produce: producer.send of `batch` messages per call with `inFlight` calls
 * outstanding (kafkajs turns each send into one Produce request).
 * Latency: one message per send, each awaited, so a sample is a full
 * client → broker → client round trip of a one-record Produce.
 * Consume: the kafkajs consumer when the broker has consumer groups
 * (JoinGroup advertised); until then a fetch loop that sends Fetch v11 like
 * the kafkajs consumer does (its default max bytes) and decodes every
 * response with kafkajs's own Fetch v11 decoder, which builds the same
 * message objects its consumer hands to eachBatch.
 */
import { createRequire } from 'node:module';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeFetchRequest } from '../protocol/generated/fetch-request.js';
import type { Reader } from '../protocol/reader.js';
import { Connection } from '../client/index.js';
import type { Measurement } from './stats.js';

const require = createRequire(import.meta.url);

function client(bootstrap: string): Kafka {
  return new Kafka({ clientId: 'tributary-bench', brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 3 } });
}

async function withProducer<T>(bootstrap: string, fn: (p: Producer) => Promise<T>): Promise<T> {
  const p = client(bootstrap).producer({ allowAutoTopicCreation: false });
  await p.connect();
  try {
    return await fn(p);
  } finally {
    await p.disconnect();
  }
}

/** Untimed sends of `batch` messages to `topic` (JIT warm-up of client and broker). */
export function kafkajsWarmUp(bootstrap: string, topic: string, size: number, acks: 1 | -1, sends = 10, batch = 1000): Promise<void> {
  const messages = Array.from({ length: batch }, () => ({ value: Buffer.alloc(size, 'x'), partition: 0 }));
  return withProducer(bootstrap, async (p) => {
    for (let i = 0; i < sends; i++) await p.send({ topic, acks, messages });
  });
}

/** Sends `n` messages of `size` bytes in sends of `batch`, `inFlight` at a time. */
export function kafkajsProduce(
  bootstrap: string,
  topic: string,
  n: number,
  size: number,
  acks: 1 | -1,
  batch = 1000,
  inFlight = 4,
): Promise<Measurement> {
  const value = Buffer.alloc(size, 'x');
  return withProducer(bootstrap, async (p) => {
    let next = 0;
    const t0 = performance.now();
    const worker = async (): Promise<void> => {
      while (next < n) {
        const count = Math.min(batch, n - next);
        next += count;
        const messages = new Array(count);
        for (let i = 0; i < count; i++) messages[i] = { value, partition: 0 };
        await p.send({ topic, acks, messages });
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return { messages: n, bytes: n * size, ms: performance.now() - t0, latencies: [], latencyNote: '' };
  });
}

/** Latency of `count` one-message sends, each awaited (after `warmup` unmeasured ones). */
export function kafkajsLatency(
  bootstrap: string,
  topic: string,
  count: number,
  size: number,
  acks: 1 | -1,
  warmup = 100,
): Promise<Measurement> {
  const value = Buffer.alloc(size, 'x');
  return withProducer(bootstrap, async (p) => {
    for (let i = 0; i < warmup; i++) await p.send({ topic, acks, messages: [{ value, partition: 0 }] });
    const lat: number[] = new Array(count);
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const s = performance.now();
      await p.send({ topic, acks, messages: [{ value, partition: 0 }] });
      lat[i] = performance.now() - s;
    }
    return {
      messages: count,
      bytes: count * size,
      ms: performance.now() - t0,
      latencies: lat,
      latencyNote: `one-message send, awaited (${count} sends)`,
    };
  });
}

/** Whether the broker serves consumer groups (so the kafkajs consumer can run). */
export async function brokerHasGroups(port: number): Promise<boolean> {
  const c = await Connection.connect({ host: '127.0.0.1', port, clientId: 'tributary-bench' });
  try {
    return [ApiKey.FindCoordinator, ApiKey.JoinGroup, ApiKey.SyncGroup, ApiKey.Heartbeat, ApiKey.OffsetFetch].every((k) =>
      c.versions.has(k),
    );
  } finally {
    c.close();
  }
}

/** Reads `n` messages of topic-0 from offset 0 with the kafkajs consumer (needs consumer groups). */
export async function kafkajsConsumeGroup(bootstrap: string, topic: string, n: number, size: number): Promise<Measurement> {
  const consumer = client(bootstrap).consumer({ groupId: `bench-${topic}-${Date.now()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let seen = 0;
    let t0 = 0;
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommit: false,
          eachBatch: async ({ batch }) => {
            if (t0 === 0) t0 = performance.now();
            seen += batch.messages.length;
            if (seen >= n) resolve();
          },
        })
        .catch(reject);
    });
    return {
      messages: n,
      bytes: n * size,
      ms: performance.now() - t0,
      latencies: [],
      latencyNote: 'kafkajs consumer (timed from the first batch)',
    };
  } finally {
    await consumer.disconnect();
  }
}

interface KafkajsFetchResponse {
  errorCode: number;
  responses: { partitions: { errorCode: number; highWatermark: string; messages: { offset: string; value: Buffer | null }[] }[] }[];
}

/**
 * Reads `n` messages of topic-0 from offset 0 with Fetch v11 requests
 * (kafkajs's defaults: max_wait 5000 ms, min_bytes 1, max_bytes 10 MB,
 * partition max 1 MB) decoded by kafkajs's Fetch v11 response decoder.
 */
export async function kafkajsConsumeFetchLoop(port: number, topic: string, n: number, size: number): Promise<Measurement> {
  const { decode } = require('kafkajs/src/protocol/requests/fetch/v11/response.js') as { decode(b: Buffer): Promise<KafkajsFetchResponse> };
  const c = await Connection.connect({ host: '127.0.0.1', port, clientId: 'tributary-bench' });
  // The response body as it came: kafkajs's decoder reads it.
  const rawBody = (r: Reader): Buffer => r.buf.subarray(r.pos, r.end);
  try {
    if (c.versionFor(ApiKey.Fetch, 11) !== 11) throw new Error('the broker does not serve Fetch v11, which the kafkajs decoder reads');
    let offset = 0;
    let seen = 0;
    const t0 = performance.now();
    while (offset < n) {
      const body = await c.send(
        ApiKey.Fetch,
        (w, v) =>
          encodeFetchRequest(w, v, {
            replicaId: -1,
            maxWaitMs: 5000,
            minBytes: 1,
            maxBytes: 10 << 20,
            isolationLevel: 0,
            sessionId: 0,
            sessionEpoch: -1,
            topics: [
              {
                topic,
                partitions: [{ partition: 0, fetchOffset: offset, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1, logStartOffset: -1 }],
              },
            ],
            forgottenTopicsData: [],
            rackId: '',
          }),
        rawBody,
        { maxVersion: 11, extraTimeoutMs: 5000 },
      );
      const r = await decode(body);
      const p = r.responses[0]?.partitions[0];
      if (r.errorCode !== 0 || !p || p.errorCode !== 0) throw new Error(`fetch ${topic}@${offset}: error ${r.errorCode || p?.errorCode}`);
      for (const m of p.messages) {
        const o = Number(m.offset);
        if (o < offset) continue;
        seen++;
        offset = o + 1;
      }
    }
    const ms = performance.now() - t0;
    if (seen !== n) throw new Error(`kafkajs fetch loop saw ${seen} messages, expected ${n}`);
    return { messages: n, bytes: n * size, ms, latencies: [], latencyNote: '' };
  } finally {
    c.close();
  }
}
