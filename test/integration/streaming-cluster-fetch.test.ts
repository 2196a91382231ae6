/**
 * The multi-partition ranged fetch of the direct stream (client/fetch-ranges.ts)
 * against a real cluster: ZooKeeper and three broker processes, a topic of
 * six partitions (replication factor 3) whose leaders are spread over the
 * brokers. A batch of all six ranges is read with one Fetch per leader,
 * leaders in parallel; after the leader of some partitions is killed (kill -9)
 * the same ranges are read from the new leaders, exactly — on this thread
 * and on a direct stream's fetch thread (client/worker-fetcher.ts).
 */
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { Connection, KafkaClient, send } from '../../client/index.js';
import { fetchRanges } from '../../client/fetch-ranges.js';
import type { FetchRange } from '../../client/fetch-range.js';
import type { RecordVisitor } from '../../client/record-scanner.js';
import { WorkerFetcher } from '../../client/worker-fetcher.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { TestCluster, metadataFrom, waitFor } from './cluster-helpers.js';

let cluster: TestCluster;
let client: KafkaClient;
let fetcher: WorkerFetcher | null = null;
const CLIENT_OPTIONS = { retries: 30, requestTimeoutMs: 10_000, connectTimeoutMs: 2000 };

beforeAll(async () => {
  cluster = await TestCluster.start(3);
  client = new KafkaClient({ brokers: cluster.bootstrap(), ...CLIENT_OPTIONS });
  await client.connect();
  await client.createTopics([{ topic: 'spread', numPartitions: 6, replicationFactor: 3, configs: { 'min.insync.replicas': '2' } }]);
  // 100 records per partition, acks=all (every replica has them before the kill).
  for (let p = 0; p < 6; p++)
    await send(
      client,
      'spread',
      Array.from({ length: 100 }, (_, i) => ({ value: `p${p}-${i}`, partition: p })),
      { acks: -1 },
    );
}, 180_000);

afterAll(async () => {
  vi.restoreAllMocks();
  await fetcher?.close();
  client?.close();
  await cluster?.destroy();
});

/** Reads the ranges (on the fetch thread when given); values per range. */
async function read(ranges: FetchRange[], on?: WorkerFetcher): Promise<string[][]> {
  const values: string[][] = ranges.map(() => []);
  const visitor = (i: number): RecordVisitor => ({
    record(buf, _offset, _ts, _ks, _kl, vs, vl) {
      values[i].push(buf.toString('utf8', vs, vs + vl));
    },
  });
  if (on) await on.fetch(ranges, visitor, { maxWaitMs: 100, inOrder: true });
  else await fetchRanges(client, ranges, visitor, { maxWaitMs: 100 });
  return values;
}

const ranges = Array.from({ length: 6 }, (_, p): FetchRange => ({ topic: 'spread', partition: p, fromOffset: 10, untilOffset: 90 }));
const expected = ranges.map((r) => Array.from({ length: 80 }, (_, i) => `p${r.partition}-${10 + i}`));

it('reads a batch with one Fetch per leader, then from the new leaders after the leader of some partitions is killed', async () => {
  const md = await metadataFrom(cluster.bootstrap()[0], 'spread');
  const leaders = new Set(md.partitions.map((p) => p.leader));
  expect(leaders.size).toBeGreaterThan(1);
  // One Fetch per leader: count requests by the port they went to.
  const perPort = new Map<number, number>();
  const realSend = Connection.prototype.send;
  const spy = vi.spyOn(Connection.prototype, 'send').mockImplementation(function (this: Connection, apiKey, ...rest) {
    if (apiKey === ApiKey.Fetch) perPort.set(this.port, (perPort.get(this.port) ?? 0) + 1);
    return realSend.call(this, apiKey, ...rest) as never;
  });
  expect(await read(ranges)).toEqual(expected);
  spy.mockRestore();
  fetcher = await WorkerFetcher.start({ brokers: cluster.bootstrap(), ...CLIENT_OPTIONS });
  expect(fetcher).not.toBeNull();
  expect(await read(ranges, fetcher!)).toEqual(expected);
  expect(perPort.size).toBe(leaders.size);
  expect([...perPort.values()].every((n) => n === 1)).toBe(true);

  // Kill the leader of partition 0: its partitions move to the survivors.
  const victim = md.partitions[0].leader;
  const moved = md.partitions.filter((p) => p.leader === victim).map((p) => p.partitionId);
  await cluster.brokers[victim].kill('SIGKILL');
  // Both clients still have the killed broker as the leader in their metadata.
  expect(await Promise.all([read(ranges), read(ranges, fetcher!)])).toEqual([expected, expected]);
  const survivor = cluster.brokers.find((_, id) => id !== victim)!.bootstrap;
  const after = await waitFor('new leaders', 60_000, async () => {
    const m = await metadataFrom(survivor, 'spread');
    return m.partitions.every((p) => p.leader >= 0 && p.leader !== victim) ? m : undefined;
  });
  for (const p of moved) expect(after.partitions[p].leader).not.toBe(victim);
}, 180_000);
