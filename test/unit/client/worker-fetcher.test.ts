import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningBroker } from '../../../broker/index.js';
import { KafkaClientError, produce, type KafkaClient } from '../../../client/index.js';
import { fetchRanges, type FetchRangesOptions } from '../../../client/fetch-ranges.js';
import type { FetchRange } from '../../../client/fetch-range.js';
import { parseHeaders, type RecordVisitor } from '../../../client/record-scanner.js';
import { WorkerFetcher } from '../../../client/worker-fetcher.js';
import { ErrorCode } from '../../../protocol/generated/errors.js';
import { Compression } from '../../../protocol/record-batch.js';
import { freePort } from '../../integration/harness.js';
import { startBrokerWithClient, stopBrokerWithClient } from '../../helpers/broker-client.js';

let broker: RunningBroker;
let client: KafkaClient;
let fetcher: WorkerFetcher;
const PARTITIONS = 4;
const CODECS = [Compression.NONE, Compression.GZIP, Compression.SNAPPY, Compression.LZ4, Compression.ZSTD];

/** What a visitor saw of one record, decoded from the positions it was given. */
type Seen = [offset: number, timestamp: number, key: string | null, value: string | null, headers: string];

beforeAll(async () => {
  ({ broker, client } = await startBrokerWithClient([
    { topic: 'small', numPartitions: PARTITIONS },
    { topic: 'big', numPartitions: 2 },
    { topic: 'codecs', numPartitions: CODECS.length },
  ]));
  // 'small': three batches of 20 records of ~100 bytes per partition (responses below 64 KiB: copied to the main thread).
  for (let p = 0; p < PARTITIONS; p++)
    for (let b = 0; b < 3; b++)
      await produce(
        client,
        'small',
        p,
        Array.from({ length: 20 }, (_, i) => ({ key: i % 2 ? `k${i}` : null, value: `p${p}-${b * 20 + i}-${'x'.repeat(90)}` })),
      );
  // 'big': 10 batches of 50 records of ~2 KB per partition (responses of megabytes, read in place and transferred).
  for (let p = 0; p < 2; p++)
    for (let b = 0; b < 10; b++)
      await produce(
        client,
        'big',
        p,
        Array.from({ length: 50 }, (_, i) => ({
          value: `big${p}-${b * 50 + i}-${'y'.repeat(2000)}`,
          headers: [{ key: 'n', value: Buffer.from(String(b * 50 + i)) }],
          timestamp: 1_000_000 + b * 50 + i,
        })),
      );
  // 'codecs': one partition per codec, two batches of 30 records with keys, nulls and headers.
  for (let p = 0; p < CODECS.length; p++)
    for (let b = 0; b < 2; b++)
      await produce(
        client,
        'codecs',
        p,
        Array.from({ length: 30 }, (_, i) => ({
          key: i % 3 === 0 ? null : `key-${b * 30 + i}`,
          value: i % 5 === 4 ? null : `c${p}-${b * 30 + i}-${'z'.repeat(i * 11)}`,
          headers:
            i % 2 === 0
              ? [
                  { key: 'h', value: Buffer.from(`hv${i}`) },
                  { key: 'nul', value: null },
                ]
              : [],
        })),
        { compression: CODECS[p] },
      );
  const f = await WorkerFetcher.start({ brokers: broker.brokers });
  expect(f).not.toBeNull();
  fetcher = f!;
}, 60_000);
afterAll(async () => {
  await fetcher?.close();
  await stopBrokerWithClient({ broker, client });
});

/** A visitor per range that decodes everything it is shown. */
function collect(ranges: readonly FetchRange[]): { seen: Seen[][]; visitor: (i: number) => RecordVisitor } {
  const seen: Seen[][] = ranges.map(() => []);
  return {
    seen,
    visitor: (i) => ({
      record(buf, offset, timestamp, ks, kl, vs, vl, hs, hc) {
        const headers = parseHeaders(buf, hs, hc)
          .map((h) => `${h.key}=${h.value === null ? 'null' : h.value.toString()}`)
          .join(',');
        seen[i].push([
          offset,
          timestamp,
          kl < 0 ? null : buf.toString('utf8', ks, ks + kl),
          vl < 0 ? null : buf.toString('utf8', vs, vs + vl),
          headers,
        ]);
      },
    }),
  };
}

/** The same ranges read on this thread (fetchRanges) and on the fetch thread; both results and the thread's done order. */
async function both(ranges: FetchRange[], options: FetchRangesOptions = {}): Promise<{ main: Seen[][]; thread: Seen[][]; done: number[] }> {
  const m = collect(ranges);
  await fetchRanges(client, ranges, m.visitor, options);
  const t = collect(ranges);
  const done: number[] = [];
  await fetcher.fetch(ranges, t.visitor, options, (i) => done.push(i));
  return { main: m.seen, thread: t.seen, done };
}

const r = (topic: string, partition: number, fromOffset: number, untilOffset: number): FetchRange => ({
  topic,
  partition,
  fromOffset,
  untilOffset,
});

describe('WorkerFetcher', () => {
  it('reads exactly the records of each range [from, until), as fetchRanges does on this thread', async () => {
    const ranges = [r('small', 0, 0, 60), r('small', 1, 5, 47), r('small', 2, 20, 20), r('small', 3, 59, 60)];
    const { main, thread, done } = await both(ranges);
    expect(thread).toEqual(main);
    expect(thread.map((s) => s.map((x) => x[0]))).toEqual(
      ranges.map((x) => Array.from({ length: x.untilOffset - x.fromOffset }, (_, i) => x.fromOffset + i)),
    );
    expect(thread[1][0][3]).toMatch(/^p1-5-x+$/);
    expect([...done].sort()).toEqual([0, 1, 2, 3]);
  });

  it('hands over large responses (read in place, transferred) with keys, values, timestamps and headers intact', async () => {
    const ranges = [r('big', 0, 3, 497), r('big', 1, 0, 500)];
    const { main, thread } = await both(ranges, { partitionMaxBytes: 256 << 10, maxBytes: 512 << 10 });
    expect(thread).toEqual(main);
    expect(thread[0]).toHaveLength(494);
    expect(thread[1]).toHaveLength(500);
    for (const [offset, timestamp, , value, headers] of thread[1]) {
      expect(value).toBe(`big1-${offset}-${'y'.repeat(2000)}`);
      expect(timestamp).toBe(1_000_000 + offset);
      expect(headers).toBe(`n=${offset}`);
    }
  });

  it('reads compressed batches (gzip, snappy, lz4, zstd) as the uncompressed ones', async () => {
    const ranges = CODECS.map((_, p) => r('codecs', p, 7, 55));
    const { main, thread } = await both(ranges);
    expect(thread).toEqual(main);
    for (let p = 0; p < CODECS.length; p++) {
      expect(thread[p]).toHaveLength(48);
      expect(thread[p].map((x) => x[3])).toEqual(thread[0].map((x) => (x[3] === null ? null : x[3].replace(/^c0-/, `c${p}-`))));
      expect(thread[p][1]).toEqual([8, thread[p][1][1], 'key-8', `c${p}-8-${'z'.repeat(88)}`, 'h=hv8,nul=null']);
    }
  });

  it('completes ranges lowest first with inOrder, and runs fetches side by side', async () => {
    const ranges = Array.from({ length: PARTITIONS }, (_, p) => r('small', p, 0, 60));
    const done: number[] = [];
    const a = collect(ranges);
    const b = collect([r('big', 0, 0, 500)]);
    // About one batch (~2.2 KB) per response: each response goes to the lowest unfinished range.
    await Promise.all([
      fetcher.fetch(ranges, a.visitor, { partitionMaxBytes: 3000, maxBytes: 3000, inOrder: true }, (i) => done.push(i)),
      fetcher.fetch([r('big', 0, 0, 500)], b.visitor),
    ]);
    expect(done).toEqual([0, 1, 2, 3]);
    expect(a.seen.map((s) => s.length)).toEqual([60, 60, 60, 60]);
    expect(b.seen[0]).toHaveLength(500);
  });

  it("fails a fetch with the broker's error, and one that makes no progress", async () => {
    const below = fetcher.fetch([r('small', 1, 0, 10), r('small', 2, 100, 110)], collect([]).visitor, { maxWaitMs: 50 });
    await expect(below).rejects.toThrow(/OFFSET_OUT_OF_RANGE/);
    await expect(below).rejects.toMatchObject({ errorCode: ErrorCode.OFFSET_OUT_OF_RANGE, retriable: false });
    await expect(below).rejects.toBeInstanceOf(KafkaClientError);
    const stuck = fetcher.fetch([r('small', 0, 50, 70)], collect([r('small', 0, 50, 70)]).visitor, { timeoutMs: 300, maxWaitMs: 50 });
    await expect(stuck).rejects.toThrow(/stuck at offset 60/);
  });

  it('fails the fetches in progress when closed, and is no longer usable', async () => {
    const f = (await WorkerFetcher.start({ brokers: broker.brokers }))!;
    expect(f.usable).toBe(true);
    const never = f.fetch([r('small', 0, 50, 70)], collect([r('small', 0, 50, 70)]).visitor, { maxWaitMs: 50 });
    const failed = expect(never).rejects.toThrow(/fetch thread closed/);
    await f.close();
    await failed;
    expect(f.usable).toBe(false);
    await expect(f.fetch([r('small', 0, 0, 1)], collect([r('small', 0, 0, 1)]).visitor)).rejects.toMatchObject({ retriable: true });
  });

  it('fails the fetches in progress when the thread dies, and is no longer usable', async () => {
    const f = (await WorkerFetcher.start({ brokers: broker.brokers }))!;
    const never = f.fetch([r('small', 0, 50, 70)], collect([r('small', 0, 50, 70)]).visitor, { maxWaitMs: 50 });
    const failed = expect(never).rejects.toMatchObject({ message: 'fetch thread exited', retriable: true });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The thread ends without close() (as when it crashes).
    await (f as unknown as { worker: Worker }).worker.terminate();
    await failed;
    expect(f.usable).toBe(false);
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/fetch thread exited .*fetching on the main thread/));
    logged.mockRestore();
  });

  it('starts as null when no broker answers (the caller fetches on its own thread)', async () => {
    const port = await freePort();
    expect(await WorkerFetcher.start({ brokers: [`127.0.0.1:${port}`], retries: 1, requestTimeoutMs: 1000 })).toBeNull();
  }, 60_000);
});
