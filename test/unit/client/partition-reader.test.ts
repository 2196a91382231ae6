import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBroker } from '../../../broker/index.js';
import { PartitionReader, produce, type ConsumedRecord, type KafkaClient } from '../../../client/index.js';
import { startBrokerWithClient, stopBrokerWithClient } from '../../helpers/broker-client.js';

let broker: RunningBroker;
let client: KafkaClient;

beforeAll(async () => ({ broker, client } = await startBrokerWithClient([{ topic: 'reader', numPartitions: 2 }])));
afterAll(() => stopBrokerWithClient({ broker, client }));

/** Polls until `n` records came (or 20 polls passed). */
async function pollN(r: PartitionReader, n: number): Promise<ConsumedRecord[]> {
  const out: ConsumedRecord[] = [];
  for (let i = 0; i < 20 && out.length < n; i++) out.push(...(await r.poll()));
  return out;
}

describe('PartitionReader', () => {
  it('reads from earliest, an offset and latest, across partitions and batches', async () => {
    await produce(client, 'reader', 0, [{ key: 'a', value: 'v0' }, { value: 'v1' }]);
    await produce(client, 'reader', 0, [{ value: 'v2', headers: [{ key: 'h', value: Buffer.from('x') }] }]);
    await produce(client, 'reader', 1, [{ value: 'w0' }]);

    const all = new PartitionReader(client, { maxWaitMs: 50 });
    all.assign(
      [
        { topic: 'reader', partition: 0 },
        { topic: 'reader', partition: 1 },
      ],
      'earliest',
    );
    const got = await pollN(all, 4);
    expect(got.filter((r) => r.partition === 0).map((r) => [r.offset, r.value?.toString()])).toEqual([
      [0, 'v0'],
      [1, 'v1'],
      [2, 'v2'],
    ]);
    expect(got.find((r) => r.partition === 1)?.value?.toString()).toBe('w0');
    expect(got[0].key?.toString()).toBe('a');
    expect(got[0].size).toBe(3);
    expect(got.find((r) => r.offset === 2 && r.partition === 0)?.headers[0].key).toBe('h');
    expect(all.position({ topic: 'reader', partition: 0 })).toBe(3);

    const from = new PartitionReader(client, { maxWaitMs: 50 });
    from.assign([{ topic: 'reader', partition: 0 }], 1);
    expect((await pollN(from, 2)).map((r) => r.offset)).toEqual([1, 2]);

    const latest = new PartitionReader(client, { maxWaitMs: 50 });
    latest.assign([{ topic: 'reader', partition: 0 }], 'latest');
    expect(await latest.poll()).toEqual([]);
    await produce(client, 'reader', 0, [{ value: 'v3' }]);
    expect((await pollN(latest, 1)).map((r) => r.value?.toString())).toEqual(['v3']);
  });

  it('resets an out-of-range position to resetTo and reports a missing partition', async () => {
    const r = new PartitionReader(client, { maxWaitMs: 50, resetTo: 'earliest' });
    r.assign([{ topic: 'reader', partition: 1 }], 1000);
    expect((await pollN(r, 1)).map((x) => x.value?.toString())).toEqual(['w0']);
    const missing = new PartitionReader(client, { maxWaitMs: 50 });
    missing.assign([{ topic: 'reader', partition: 7 }], 0);
    await expect(missing.poll()).rejects.toThrow(/reader-7 does not exist/);
  });
});
