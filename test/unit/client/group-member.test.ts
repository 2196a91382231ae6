import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBroker } from '../../../broker/index.js';
import { KafkaClient, GroupApi, GroupMember, tpKey } from '../../../client/index.js';
import { startBrokerWithClient, stopBrokerWithClient, until } from '../../helpers/broker-client.js';

let broker: RunningBroker;
let client: KafkaClient;

beforeAll(async () => ({ broker, client } = await startBrokerWithClient([{ topic: 'six', numPartitions: 6 }])));
afterAll(() => stopBrokerWithClient({ broker, client }));

describe('GroupApi', () => {
  it('commits and fetches offsets of a group', async () => {
    const g = new GroupApi(client, 'offsets-group');
    expect((await g.offsetFetch([{ topic: 'six', partition: 0 }])).size).toBe(0);
    await g.offsetCommit([
      { topic: 'six', partition: 0, offset: 42 },
      { topic: 'six', partition: 3, offset: 7 },
    ]);
    const got = await g.offsetFetch([0, 1, 3].map((partition) => ({ topic: 'six', partition })));
    expect(got.get('six-0')).toBe(42);
    expect(got.get('six-3')).toBe(7);
    expect(got.has('six-1')).toBe(false);
  });
  it('finds its coordinator and deletes committed offsets of an empty group', async () => {
    const g = new GroupApi(client, 'delete-offsets-group');
    const node = await g.findCoordinatorNode();
    expect({ host: node.host, port: node.port }).toEqual({ host: broker.host, port: broker.port });
    await g.offsetCommit([
      { topic: 'six', partition: 1, offset: 5 },
      { topic: 'six', partition: 2, offset: 6 },
    ]);
    const res = await g.offsetDelete([{ topic: 'six', partition: 1 }]);
    expect(res.errorCode).toBe(0);
    expect(res.partitions.get('six-1')).toBe(0);
    const left = await g.offsetFetch([1, 2].map((partition) => ({ topic: 'six', partition })));
    expect([...left]).toEqual([['six-2', 6]]);
  });
});

describe('GroupMember', () => {
  it('two members split six partitions, and one takes all when the other leaves', async () => {
    const other = new KafkaClient({ brokers: broker.brokers });
    await other.connect();
    const opts = { groupId: 'split', subscription: ['six'], heartbeatIntervalMs: 100, sessionTimeoutMs: 6000, rebalanceTimeoutMs: 5000 };
    const a = new GroupMember(client, opts);
    const b = new GroupMember(other, opts);
    await a.join();
    expect(a.assignment.length).toBe(6);
    // b's join makes the coordinator rebalance; a rejoins from its heartbeat.
    await Promise.all([b.join(), until(() => a.assignment.length === 3)]);
    await until(() => a.assignment.length === 3 && b.assignment.length === 3);
    const all = [...a.assignment, ...b.assignment].map(tpKey).sort();
    expect(all).toEqual([0, 1, 2, 3, 4, 5].map((p) => `six-${p}`));
    // Commits with the member identity succeed.
    await a.api.offsetCommit(
      a.assignment.map((tp) => ({ ...tp, offset: 1 })),
      a.identity,
    );
    await b.leave();
    await until(() => a.assignment.length === 6);
    await a.leave();
    other.close();
  });
});
