import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBroker } from '../../../broker/index.js';
import { startBrokerWithClient, stopBrokerWithClient } from '../../helpers/broker-client.js';
import { fetchRange, partitionForKey, type KafkaClient } from '../../../client/index.js';
import { BatchingProducer } from '../../../client/batching-producer.js';

let broker: RunningBroker;
let client: KafkaClient;

beforeAll(
  async () =>
    ({ broker, client } = await startBrokerWithClient([
      { topic: 'one', numPartitions: 1 },
      { topic: 'three', numPartitions: 3 },
    ])),
);
afterAll(() => stopBrokerWithClient({ broker, client }));

/** Sends `n` records synchronously and resolves with each record's [error, offset] once all are answered. */
function sendAll(p: BatchingProducer, topic: string, values: string[], key?: (i: number) => Buffer): Promise<[Error | null, number][]> {
  return new Promise((resolve) => {
    const out: [Error | null, number][] = new Array(values.length);
    let left = values.length;
    values.forEach((v, i) =>
      p.send(topic, key ? key(i) : null, Buffer.from(v), (err, offset) => {
        out[i] = [err, offset];
        if (--left === 0) resolve(out);
      }),
    );
  });
}

describe('BatchingProducer', () => {
  it('batches records sent in one synchronous stretch into one request and answers each with its offset', async () => {
    const p = new BatchingProducer(client, { acks: -1 });
    const values = Array.from({ length: 50 }, (_, i) => `v${i}`);
    const res = await sendAll(p, 'one', values);
    expect(res.map(([e]) => e)).toEqual(values.map(() => null));
    expect(res.map(([, o]) => o)).toEqual(values.map((_, i) => i));
    expect(p.requests).toBe(1);
    const read = await fetchRange(client, { topic: 'one', partition: 0, fromOffset: 0, untilOffset: 50 });
    expect(read.map((r) => r.value!.toString())).toEqual(values);
    // Timestamps are taken at send().
    expect(read[0]!.timestamp).toBeLessThanOrEqual(Date.now());
    await p.close();
  });

  it('splits at batch.size and keeps at most max.in.flight requests outstanding; records wait for a free slot', async () => {
    const p = new BatchingProducer(client, { acks: 1, batchSize: 100, maxInFlight: 1 });
    const values = Array.from({ length: 40 }, (_, i) => `x${String(i).padStart(9, '0')}`); // 10 B each: 10 per batch
    const res = await sendAll(p, 'one', values);
    expect(res.every(([e]) => e === null)).toBe(true);
    // 4 batches, one request at a time, in order.
    expect(p.requests).toBe(4);
    const offsets = res.map(([, o]) => o);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(new Set(offsets).size).toBe(40);
    await p.close();
  });

  it('sends keyed records to the key partition and unkeyed ones to a sticky partition', async () => {
    const p = new BatchingProducer(client, { acks: 1 });
    const key = (i: number): Buffer => Buffer.from(`key-${i % 7}`);
    const before = await client.listOffsets(
      [0, 1, 2].map((partition) => ({ topic: 'three', partition })),
      'latest',
    );
    const res = await sendAll(
      p,
      'three',
      Array.from({ length: 21 }, (_, i) => `k${i}`),
      key,
    );
    expect(res.every(([e]) => e === null)).toBe(true);
    const after = await client.listOffsets(
      [0, 1, 2].map((partition) => ({ topic: 'three', partition })),
      'latest',
    );
    const expected = [0, 0, 0];
    for (let i = 0; i < 21; i++) expected[partitionForKey(key(i), 3)]!++;
    for (let part = 0; part < 3; part++) expect(after.get(`three-${part}`)! - before.get(`three-${part}`)!).toBe(expected[part]);
    // Unkeyed records sent together land in one partition (one batch).
    const b2 = await client.listOffsets(
      [0, 1, 2].map((partition) => ({ topic: 'three', partition })),
      'latest',
    );
    await sendAll(p, 'three', ['a', 'b', 'c', 'd']);
    const a2 = await client.listOffsets(
      [0, 1, 2].map((partition) => ({ topic: 'three', partition })),
      'latest',
    );
    const grown = [0, 1, 2].map((part) => a2.get(`three-${part}`)! - b2.get(`three-${part}`)!);
    expect(grown.sort()).toEqual([0, 0, 4]);
    await p.close();
  });

  it('creates a missing topic through Metadata, like the Java producer', async () => {
    const p = new BatchingProducer(client, { acks: 1 });
    const res = await sendAll(p, 'made-on-send', ['a', 'b']);
    expect(res).toEqual([
      [null, 0],
      [null, 1],
    ]);
    await p.close();
  });

  it('fails every record of an unknown topic with the error when auto-creation is off, and flush resolves', async () => {
    const p = new BatchingProducer(client, { acks: 1, retries: 0, allowAutoTopicCreation: false });
    const res = await sendAll(p, 'no-such-topic', ['a', 'b']);
    expect(res.map(([e]) => e?.message)).toEqual([expect.stringMatching(/unknown topic|UNKNOWN_TOPIC/), expect.any(String)]);
    expect(res.map(([, o]) => o)).toEqual([-1, -1]);
    await p.flush();
    expect(p.pending).toBe(0);
  });
});
