import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBroker } from '../../../broker/index.js';
import { startBrokerWithClient, stopBrokerWithClient } from '../../helpers/broker-client.js';
import {
  type KafkaClient,
  fetchRange,
  produce,
  send,
  Connection,
  partitionForKey,
  murmur2,
  rangeAssignor,
  roundRobinAssignor,
} from '../../../client/index.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';

let broker: RunningBroker;
let client: KafkaClient;

beforeAll(async () => ({ broker, client } = await startBrokerWithClient([{ topic: 'ranges', numPartitions: 2 }])));
afterAll(() => stopBrokerWithClient({ broker, client }));

describe('Connection', () => {
  it('negotiates the highest common version per API and pipelines requests', async () => {
    const c = await Connection.connect({ host: broker.host, port: broker.port });
    expect(c.versions.get(ApiKey.Fetch)).toBe(17);
    expect(c.versions.get(ApiKey.Metadata)).toBe(12);
    expect(c.versions.get(ApiKey.ListOffsets)).toBe(10);
    c.close();
  });
});

describe('KafkaClient', () => {
  it('knows topics and partitions, lists offsets and fetches exact ranges', async () => {
    expect(await client.partitionsFor('ranges')).toEqual([0, 1]);
    // Three batches of 10 records on partition 0.
    for (let b = 0; b < 3; b++) {
      const recs = [];
      for (let i = 0; i < 10; i++) recs.push({ key: `k${b * 10 + i}`, value: `v${b * 10 + i}` });
      const base = await produce(client, 'ranges', 0, recs);
      expect(base).toBe(b * 10);
    }
    const tp = { topic: 'ranges', partition: 0 };
    expect((await client.listOffsets([tp], 'earliest')).get('ranges-0')).toBe(0);
    expect((await client.listOffsets([tp], 'latest')).get('ranges-0')).toBe(30);
    expect((await client.listOffsets([{ topic: 'ranges', partition: 1 }], 'latest')).get('ranges-1')).toBe(0);
    // A range starting and ending inside batches.
    const recs = await fetchRange(client, { ...tp, fromOffset: 5, untilOffset: 23 });
    expect(recs.map((r) => r.offset)).toEqual(Array.from({ length: 18 }, (_, i) => i + 5));
    expect(recs[0].value!.toString()).toBe('v5');
    expect(recs.at(-1)!.value!.toString()).toBe('v22');
    // Empty range and full range.
    expect(await fetchRange(client, { ...tp, fromOffset: 7, untilOffset: 7 })).toEqual([]);
    expect((await fetchRange(client, { ...tp, fromOffset: 0, untilOffset: 30 })).length).toBe(30);
  });

  it('fails a range below the log start or never written', async () => {
    const tp = { topic: 'ranges', partition: 1 };
    await expect(fetchRange(client, { ...tp, fromOffset: 10, untilOffset: 12 }, { timeoutMs: 300, maxWaitMs: 50 })).rejects.toThrow(
      /OFFSET_OUT_OF_RANGE|stuck/,
    );
  });

  it('partitions keyed records with murmur2 like Kafka', async () => {
    // Values of kafkajs' (= the Java client's) murmur2.
    expect(murmur2(Buffer.from('a'))).toBe(-1563381124);
    expect(murmur2(Buffer.from('hello'))).toBe(2132663229);
    expect(murmur2(Buffer.from('kafka-key-123'))).toBe(1345999440);
    expect(murmur2(Buffer.alloc(0))).toBe(275646681);
    expect(partitionForKey('hello', 6)).toBe(2132663229 % 6);
    await client.createTopics([{ topic: 'keyed', numPartitions: 3 }]);
    await send(client, 'keyed', [
      { key: 'x', value: '1' },
      { key: 'x', value: '2' },
      { key: 'y', value: '3' },
    ]);
    const latest = await client.listOffsets(
      [0, 1, 2].map((partition) => ({ topic: 'keyed', partition })),
      'latest',
    );
    expect(latest.get(`keyed-${partitionForKey('x', 3)}`)).toBeGreaterThanOrEqual(2);
    expect([...latest.values()].reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('rejects an unknown topic', async () => {
    await expect(client.partitionsFor('nope')).rejects.toThrow(/unknown topic nope/);
  });
});

describe('assignors', () => {
  const subs = new Map([
    ['b', ['t']],
    ['a', ['t']],
  ]);
  it('range gives consecutive partitions, extras to the first members', () => {
    const out = rangeAssignor.assign(subs, new Map([['t', 5]]));
    expect(out.get('a')!.map((x) => x.partition)).toEqual([0, 1, 2]);
    expect(out.get('b')!.map((x) => x.partition)).toEqual([3, 4]);
  });
  it('roundrobin deals partitions in turn', () => {
    const out = roundRobinAssignor.assign(subs, new Map([['t', 5]]));
    expect(out.get('a')!.map((x) => x.partition)).toEqual([0, 2, 4]);
    expect(out.get('b')!.map((x) => x.partition)).toEqual([1, 3]);
  });
});
