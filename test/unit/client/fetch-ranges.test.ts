import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningBroker } from '../../../broker/index.js';
import { Connection, produce, type KafkaClient } from '../../../client/index.js';
import { fetchRanges } from '../../../client/fetch-ranges.js';
import type { FetchRange } from '../../../client/fetch-range.js';
import type { RecordVisitor } from '../../../client/record-scanner.js';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { startBrokerWithClient, stopBrokerWithClient } from '../../helpers/broker-client.js';

let broker: RunningBroker;
let client: KafkaClient;
const PARTITIONS = 6;

beforeAll(async () => {
  ({ broker, client } = await startBrokerWithClient([{ topic: 'many', numPartitions: PARTITIONS }]));
  // Three batches of 20 records of ~100 bytes per partition: offsets 0..59.
  for (let p = 0; p < PARTITIONS; p++)
    for (let b = 0; b < 3; b++)
      await produce(
        client,
        'many',
        p,
        Array.from({ length: 20 }, (_, i) => ({ key: null, value: `p${p}-${b * 20 + i}-${'x'.repeat(90)}` })),
      );
});
afterAll(() => stopBrokerWithClient({ broker, client }));
afterEach(() => vi.restoreAllMocks());

/** Counts the Fetch requests sent from now on. */
function countFetches(): () => number {
  let n = 0;
  const send = Connection.prototype.send;
  vi.spyOn(Connection.prototype, 'send').mockImplementation(function (this: Connection, apiKey, ...rest) {
    if (apiKey === ApiKey.Fetch) n++;
    return send.call(this, apiKey, ...rest) as never;
  });
  return () => n;
}

/** Reads `ranges`; returns the values per range and the order in which the ranges completed. */
async function read(ranges: FetchRange[], options = {}): Promise<{ values: string[][]; doneOrder: number[] }> {
  const values: string[][] = ranges.map(() => []);
  const doneOrder: number[] = [];
  const visitor = (i: number): RecordVisitor => ({
    record(buf, offset, _ts, _ks, _kl, vs, vl) {
      const v = buf.toString('utf8', vs, vs + vl);
      expect(v.startsWith(`p${ranges[i].partition}-${offset}-`)).toBe(true);
      values[i].push(v.split('-').slice(0, 2).join('-'));
    },
  });
  await fetchRanges(client, ranges, visitor, options, (i) => doneOrder.push(i));
  return { values, doneOrder };
}

const range = (partition: number, fromOffset: number, untilOffset: number): FetchRange => ({
  topic: 'many',
  partition,
  fromOffset,
  untilOffset,
});
const expected = (p: number, from: number, until: number): string[] => Array.from({ length: until - from }, (_, i) => `p${p}-${from + i}`);

describe('fetchRanges', () => {
  it("reads every partition's range exactly, in one Fetch for all partitions of the broker", async () => {
    const fetches = countFetches();
    const ranges = [range(0, 0, 60), range(1, 5, 47), range(2, 20, 40), range(3, 59, 60), range(4, 7, 7), range(5, 0, 1)];
    const { values, doneOrder } = await read(ranges);
    expect(values).toEqual(ranges.map((r) => expected(r.partition, r.fromOffset, r.untilOffset)));
    expect(doneOrder.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(fetches()).toBe(1);
  });

  it('respects max.partition.fetch.bytes (a batch per partition per request) and a small fetch.max.bytes (no partition starves)', async () => {
    const fetches = countFetches();
    const ranges = Array.from({ length: PARTITIONS }, (_, p) => range(p, 0, 60));
    // A batch is ~2.2 KB: 3000 bytes per partition bring one batch of each partition per request.
    const small = await read(ranges, { partitionMaxBytes: 3000 });
    expect(small.values).toEqual(ranges.map((r) => expected(r.partition, 0, 60)));
    expect(fetches()).toBe(3);
    // Below one batch, Kafka returns an oversized first batch only for the first partition of a request (KIP-74).
    const tiny1 = await read(ranges, { partitionMaxBytes: 100 });
    expect(tiny1.values).toEqual(ranges.map((r) => expected(r.partition, 0, 60)));
    expect(fetches()).toBe(3 + 18);
    const tiny = await read(ranges, { maxBytes: 100 });
    expect(tiny.values).toEqual(ranges.map((r) => expected(r.partition, 0, 60)));
  });

  it('with inOrder completes the ranges lowest first; a range waiting for its turn is not stuck', async () => {
    const ranges = Array.from({ length: PARTITIONS }, (_, p) => range(p, 0, 60));
    // About one batch per response, and a 1 ms no-progress timeout: the last range waits through ~15 responses.
    const { values, doneOrder } = await read(ranges, { partitionMaxBytes: 3000, maxBytes: 3000, inOrder: true, timeoutMs: 1 });
    expect(values).toEqual(ranges.map((r) => expected(r.partition, 0, 60)));
    expect(doneOrder).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('fails a range the log never reaches, and one below the log start', async () => {
    await expect(read([range(0, 50, 70)], { timeoutMs: 300, maxWaitMs: 50 })).rejects.toThrow(/stuck at offset 60/);
    await expect(read([range(1, 0, 10), range(2, 100, 110)], { maxWaitMs: 50 })).rejects.toThrow(/OFFSET_OUT_OF_RANGE/);
  });
});
