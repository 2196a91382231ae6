/**
 * The direct stream's fetch thread (client/worker-fetcher.ts, on by default;
 * tributary.streaming.kafka.fetchThread): a job reads the same backlog with
 * and without it — large uncompressed batches (responses read in place and
 * moved to the job's thread), batches of every codec, keys, null values,
 * headers and timestamps — and gets every record exactly once, in its
 * batch's exact offset range [fromOffset, untilOffset), equal to what was
 * produced. With the thread, the job's own client sends no Fetch (the
 * batches are read on the other thread); without it, it does.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningBroker } from '../../broker/index.js';
import { Connection, produce, type KafkaClient } from '../../client/index.js';
import { ApiKey } from '../../protocol/generated/api-keys.js';
import { Compression } from '../../protocol/record-batch.js';
import { startBrokerWithClient, stopBrokerWithClient, until } from '../helpers/broker-client.js';
import { StreamingContext, KafkaUtils, LocationStrategies, ConsumerStrategies, type OffsetRange } from '../../streaming/index.js';

let broker: RunningBroker;
let client: KafkaClient;
const TOPIC = 'thread';
const PARTITIONS = 4;
const CODECS = [Compression.NONE, Compression.GZIP, Compression.SNAPPY, Compression.LZ4, Compression.ZSTD];
/** partition → offset → the record as the job should see it. */
const produced = new Map<number, string[]>();

/** A record as a comparable line: offset, timestamp, key, value, headers. */
function line(offset: number, timestamp: number, key: string | null, value: string | null, headers: string): string {
  return `${offset}|${timestamp}|${key}|${value === null ? 'null' : value.length + ':' + value.slice(0, 40)}|${headers}`;
}

beforeAll(async () => {
  ({ broker, client } = await startBrokerWithClient([{ topic: TOPIC, numPartitions: PARTITIONS }]));
  // Per partition: 8 batches of 40 records of ~3 KB (uncompressed), then one batch of 25 per codec.
  for (let p = 0; p < PARTITIONS; p++) {
    const lines: string[] = [];
    let offset = 0;
    for (let b = 0; b < 8; b++) {
      const recs = Array.from({ length: 40 }, (_, i) => ({
        key: `k${p}-${offset + i}`,
        value: `v${p}-${offset + i}-${'a'.repeat(3000)}`,
        headers: [{ key: 'i', value: Buffer.from(String(offset + i)) }],
        timestamp: 5_000_000 + offset + i,
      }));
      await produce(client, TOPIC, p, recs);
      for (const r of recs) lines.push(line(offset++, r.timestamp, r.key, r.value, `i=${r.headers[0].value.toString()}`));
    }
    for (const codec of CODECS) {
      const recs = Array.from({ length: 25 }, (_, i) => ({
        key: i % 4 === 0 ? null : `c${codec}-${i}`,
        value: i % 6 === 5 ? null : `p${p}-c${codec}-${offset + i}-${'b'.repeat(i * 13)}`,
        headers: i % 2 ? [{ key: 'codec', value: Buffer.from(String(codec)) }] : [],
        timestamp: 6_000_000 + offset + i,
      }));
      await produce(client, TOPIC, p, recs, { compression: codec });
      for (const r of recs) lines.push(line(offset++, r.timestamp, r.key, r.value, r.headers.length ? `codec=${codec}` : ''));
    }
    produced.set(p, lines);
  }
}, 120_000);
afterAll(() => stopBrokerWithClient({ broker, client }));
afterEach(() => vi.restoreAllMocks());

/**
 * Runs a job over the whole backlog (at most `rate` records per partition
 * per second; 0: no limit); its batches' ranges and lines, and the order in
 * which its batch partitions were worked on.
 */
async function readAll(
  fetchThread: boolean,
  rate: number,
  params: Record<string, unknown> = {},
): Promise<{ ranges: OffsetRange[]; lines: Map<number, string[]>; fetches: number; workOrder: number[][]; fetchesAtWork: number[] }> {
  let fetches = 0;
  const send = Connection.prototype.send;
  vi.spyOn(Connection.prototype, 'send').mockImplementation(function (this: Connection, apiKey, ...rest) {
    if (apiKey === ApiKey.Fetch) fetches++;
    return send.call(this, apiKey, ...rest) as never;
  });
  const ssc = new StreamingContext(200, {
    conf: { 'tributary.streaming.kafka.fetchThread': fetchThread, 'spark.streaming.kafka.maxRatePerPartition': rate },
  });
  const stream = KafkaUtils.createDirectStream(
    ssc,
    LocationStrategies.PreferConsistent,
    ConsumerStrategies.Assign(
      Array.from({ length: PARTITIONS }, (_, partition) => ({ topic: TOPIC, partition })),
      {
        'bootstrap.servers': broker.brokers,
        'auto.offset.reset': 'earliest',
        'enable.auto.commit': false,
        'max.partition.fetch.bytes': 65536,
        ...params,
      },
    ),
  );
  const ranges: OffsetRange[] = [];
  const lines = new Map<number, string[]>();
  let seen = 0;
  const workOrder: number[][] = [];
  const fetchesAtWork: number[] = [];
  const problems: string[] = [];
  stream.foreachRDD(async (rdd) => {
    // Each partition's work starts when its range is read.
    const order: number[] = [];
    const parts = await rdd
      .mapPartitions((items, i) => {
        order.push(i);
        // The batch that has the records (not an empty one before or after it).
        if (items.length > 0) fetchesAtWork[i] = fetches;
        return [items];
      })
      .collect();
    if (parts.some((p) => p.length > 0)) workOrder.push(order);
    rdd.offsetRanges.forEach((r, i) => {
      ranges.push(r);
      // Partition i holds exactly the records of range i.
      const offsets = parts[i].map((x) => x.offset).join(',');
      const want = Array.from({ length: r.untilOffset - r.fromOffset }, (_, j) => r.fromOffset + j).join(',');
      if (offsets !== want) problems.push(`${r}: offsets ${offsets}`);
      let list = lines.get(r.partition);
      if (!list) lines.set(r.partition, (list = []));
      for (const x of parts[i]) {
        if (x.partition !== r.partition) problems.push(`${r}: a record of partition ${x.partition}`);
        const headers = x.headers.map((h) => `${h.key}=${h.value === null ? 'null' : h.value.toString()}`).join(',');
        list.push(line(x.offset, x.timestamp, x.key, x.value, headers));
      }
      seen += parts[i].length;
    });
  });
  const total = [...produced.values()].reduce((n, l) => n + l.length, 0);
  await ssc.start();
  try {
    await until(() => seen >= total, 60_000);
  } finally {
    await ssc.stop();
  }
  expect(problems).toEqual([]);
  return { ranges, lines, fetches, workOrder, fetchesAtWork };
}

describe('direct stream fetch thread', () => {
  for (const fetchThread of [true, false])
    it(`reads every record once, in its batch's exact range (fetchThread=${fetchThread})`, async () => {
      // 400 records/s x 0.2 s: batches of up to 80 records per partition, 5-6 batches for the 445 of each.
      const { ranges, lines, fetches } = await readAll(fetchThread, 400);
      for (let p = 0; p < PARTITIONS; p++) {
        expect(lines.get(p)).toEqual(produced.get(p));
        // Contiguous ranges: each batch starts where the last ended.
        const mine = ranges.filter((r) => r.partition === p && r.count() > 0);
        expect(mine.length).toBeGreaterThanOrEqual(5);
        for (let i = 1; i < mine.length; i++) expect(mine[i].fromOffset).toBe(mine[i - 1].untilOffset);
        expect(mine.at(-1)!.untilOffset).toBe(produced.get(p)!.length);
      }
      if (fetchThread) expect(fetches).toBe(0);
      else expect(fetches).toBeGreaterThan(0);
    }, 120_000);

  it('reads a backlog as one batch whose partitions complete lowest first, each worked on as soon as it is read', async () => {
    // Responses of 64 KiB: each goes to the lowest partition not yet complete.
    for (const fetchThread of [true, false]) {
      const { ranges, lines, workOrder, fetches, fetchesAtWork } = await readAll(fetchThread, 0, { 'fetch.max.bytes': 65536 });
      for (let p = 0; p < PARTITIONS; p++) expect(lines.get(p)).toEqual(produced.get(p));
      expect(ranges.filter((r) => r.count() > 0).length).toBe(PARTITIONS);
      expect(workOrder).toEqual([[0, 1, 2, 3]]);
      // On the job's thread the Fetches can be counted: partition 0 was worked on after about a quarter of them.
      if (!fetchThread) expect(fetchesAtWork[0]).toBeLessThan(fetches / 2);
    }
  }, 120_000);
});
