import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBroker, type RunningBroker } from '../../../broker/index.js';
import { GroupConsumer } from '../../../client/group-consumer.js';
import { ensureTopic } from '../../../client/topic-autocreate.js';
import { KafkaClient, produce, type ConsumedRecord } from '../../../client/index.js';
import { stopBrokerWithClient } from '../../helpers/broker-client.js';

let broker: RunningBroker;
let client: KafkaClient;

beforeAll(async () => {
  // No initial rebalance delay: a group of one forms at once.
  broker = await startBroker({ config: { 'group.initial.rebalance.delay.ms': '0' } });
  client = new KafkaClient({ brokers: broker.brokers });
  await client.connect();
  await client.createTopics([{ topic: 'gc', numPartitions: 2 }]);
});
afterAll(() => stopBrokerWithClient({ broker, client }));

async function nextN(c: GroupConsumer, n: number, max = 100): Promise<ConsumedRecord[]> {
  const out: ConsumedRecord[] = [];
  for (let i = 0; i < 40 && out.length < n; i++) out.push(...(await c.next(Math.min(max, n - out.length))));
  return out;
}

const values = (rs: ConsumedRecord[]): string[] => rs.map((r) => r.value!.toString()).sort();

describe('GroupConsumer', () => {
  it('hands out records in batches, commits what it handed out, and rewinds to the last commit', async () => {
    await produce(client, 'gc', 0, [{ value: 'a0' }, { value: 'a1' }, { value: 'a2' }]);
    await produce(client, 'gc', 1, [{ value: 'b0' }]);
    const c = new GroupConsumer(client, { groupId: 'gc-1', subscription: ['gc'], maxWaitMs: 50 });
    await c.start();
    expect(c.assignment).toHaveLength(2);
    const first = await nextN(c, 2, 2);
    expect(first).toHaveLength(2);
    await c.commit();
    const rest = await nextN(c, 2);
    c.rewind();
    const again = await nextN(c, 2);
    expect(values(again)).toEqual(values(rest));
    expect(values([...first, ...again])).toEqual(['a0', 'a1', 'a2', 'b0']);
    await c.commit();
    await c.close();
    // A new member of the group starts after everything committed.
    const d = new GroupConsumer(client, { groupId: 'gc-1', subscription: ['gc'], maxWaitMs: 50 });
    await d.start();
    await produce(client, 'gc', 0, [{ value: 'a3' }]);
    expect(values(await nextN(d, 1))).toEqual(['a3']);
    await d.close();
  });

  it('starts at the end for a new group with autoOffsetReset latest', async () => {
    const c = new GroupConsumer(client, { groupId: 'gc-2', subscription: ['gc'], maxWaitMs: 50, autoOffsetReset: 'latest' });
    await c.start();
    expect(await c.next(10)).toEqual([]);
    await produce(client, 'gc', 1, [{ value: 'late' }]);
    expect(values(await nextN(c, 1))).toEqual(['late']);
    await c.close();
  });
});

describe('ensureTopic', () => {
  it('creates a missing topic through Metadata (auto.create.topics.enable)', async () => {
    await ensureTopic(client, 'made-by-metadata');
    expect(await client.partitionsFor('made-by-metadata')).toEqual([0]);
  });
});
