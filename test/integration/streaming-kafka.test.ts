/**
 * The direct Kafka stream against a real (in-process) broker: exact offset
 * ranges, batch partitions 1:1 with Kafka partitions, maxRatePerPartition,
 * commits only after output, retry of a failed output, two instances of a
 * job in one group (two processes) splitting six partitions.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBroker } from '../../broker/index.js';
import { GroupApi, send, produce, type KafkaClient } from '../../client/index.js';
import { startBrokerWithClient, stopBrokerWithClient, until } from '../helpers/broker-client.js';
import { ROOT } from './harness.js';
import {
  StreamingContext,
  KafkaUtils,
  LocationStrategies,
  ConsumerStrategies,
  type OffsetRange,
  type ConsumerRecord,
} from '../../streaming/index.js';

let broker: RunningBroker;
let client: KafkaClient;

beforeAll(async () => ({ broker, client } = await startBrokerWithClient()));
afterAll(() => stopBrokerWithClient({ broker, client }));

function params(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { 'bootstrap.servers': broker.brokers, 'auto.offset.reset': 'earliest', 'enable.auto.commit': false, ...extra };
}

interface Seen {
  ranges: OffsetRange[];
  parts: ConsumerRecord<string, string>[][];
}

describe('direct stream', () => {
  it('reads exact ranges, one batch partition per Kafka partition, every record once', async () => {
    await client.createTopics([{ topic: 'exact', numPartitions: 3 }]);
    const ssc = new StreamingContext(200);
    const stream = KafkaUtils.createDirectStream(
      ssc,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Assign(
        [0, 1, 2].map((partition) => ({ topic: 'exact', partition })),
        params(),
      ),
    );
    const seen: Seen[] = [];
    stream.foreachRDD(async (rdd) => {
      seen.push({ ranges: [...rdd.offsetRanges], parts: await rdd.partitions() });
    });
    await ssc.start();
    let produced = 0;
    for (let round = 0; round < 5; round++) {
      const recs = [];
      for (let i = 0; i < 30; i++) recs.push({ key: `k${produced + i}`, value: `v${produced + i}` });
      await send(client, 'exact', recs);
      produced += recs.length;
      await new Promise((r) => setTimeout(r, 150));
    }
    const total = () => seen.reduce((n, s) => n + s.parts.reduce((m, p) => m + p.length, 0), 0);
    await until(() => total() >= produced);
    await ssc.stop();
    const values: string[] = [];
    const next = new Map<number, number>();
    for (const s of seen) {
      expect(s.ranges.length).toBe(3);
      expect(s.parts.length).toBe(3);
      for (let i = 0; i < 3; i++) {
        const r = s.ranges[i];
        expect(Object.isFrozen(r)).toBe(true);
        // Ranges are contiguous per partition: each starts where the last ended.
        expect(r.fromOffset).toBe(next.get(r.partition) ?? 0);
        next.set(r.partition, r.untilOffset);
        const offsets = s.parts[i].map((x) => x.offset);
        expect(offsets).toEqual(Array.from({ length: r.untilOffset - r.fromOffset }, (_, j) => r.fromOffset + j));
        for (const rec of s.parts[i]) {
          expect(rec.partition).toBe(r.partition);
          values.push(rec.value!);
        }
      }
    }
    expect(values.length).toBe(produced);
    expect(new Set(values).size).toBe(produced);
  });

  it('honours maxRatePerPartition x batch seconds', async () => {
    await client.createTopics([{ topic: 'rated', numPartitions: 2 }]);
    for (let p = 0; p < 2; p++)
      await produce(
        client,
        'rated',
        p,
        Array.from({ length: 100 }, (_, i) => ({ value: `r${i}` })),
      );
    const ssc = new StreamingContext(200, { conf: { 'spark.streaming.kafka.maxRatePerPartition': 50 } });
    const stream = KafkaUtils.createDirectStream(
      ssc,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Assign(
        [0, 1].map((partition) => ({ topic: 'rated', partition })),
        params(),
      ),
    );
    const counts: number[][] = [];
    stream.foreachRDD(async (rdd) => {
      counts.push((await rdd.partitions()).map((p) => p.length));
    });
    await ssc.start();
    await until(() => counts.reduce((n, c) => n + c[0] + c[1], 0) >= 200);
    await ssc.stop();
    // 50 records/s x 0.2 s = 10 per partition per batch.
    for (const c of counts) for (const n of c) expect(n).toBeLessThanOrEqual(10);
    expect(counts.filter((c) => c[0] === 10).length).toBeGreaterThanOrEqual(10);
  });

  it('refuses enable.auto.commit=true and a group used twice', () => {
    const ssc = new StreamingContext(200);
    expect(() =>
      KafkaUtils.createDirectStream(
        ssc,
        LocationStrategies.PreferConsistent,
        ConsumerStrategies.Subscribe(['t'], params({ 'group.id': 'g', 'enable.auto.commit': true })),
      ),
    ).toThrow(/invalid value 'true' for config 'enable.auto.commit': not supported by the direct stream/);
    KafkaUtils.createDirectStream(
      ssc,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Subscribe(['t'], params({ 'group.id': 'g2' })),
    );
    expect(() =>
      KafkaUtils.createDirectStream(
        ssc,
        LocationStrategies.PreferConsistent,
        ConsumerStrategies.Subscribe(['t'], params({ 'group.id': 'g2' })),
      ),
    ).toThrow(/already used/);
  });

  it('commits only after the batch output succeeded, and retries a failed output with the same ranges', async () => {
    await client.createTopics([{ topic: 'commits', numPartitions: 2 }]);
    for (let p = 0; p < 2; p++)
      await produce(
        client,
        'commits',
        p,
        Array.from({ length: 20 }, (_, i) => ({ value: `c${i}` })),
      );
    const ssc = new StreamingContext(200, { conf: { 'tributary.streaming.retryBackoffMs': 20 } });
    const stream = KafkaUtils.createDirectStream(
      ssc,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Subscribe(['commits'], params({ 'group.id': 'commit-group', 'heartbeat.interval.ms': 200 })),
    );
    const group = new GroupApi(client, 'commit-group');
    const committedNow = async () => group.offsetFetch([0, 1].map((partition) => ({ topic: 'commits', partition })));
    let attempts = 0;
    const rangesPerAttempt: string[] = [];
    let committedDuringOutput: Map<string, number> | null = null;
    const callbacks: Map<string, number>[] = [];
    stream.foreachRDD(async (rdd) => {
      if (rdd.offsetRanges.every((r) => r.count() === 0)) return;
      stream.commitAsync(rdd.offsetRanges, (offsets, err) => {
        if (!err) callbacks.push(offsets);
      });
    });
    stream.foreachRDD(async (rdd) => {
      if (rdd.offsetRanges.every((r) => r.count() === 0)) return;
      attempts++;
      rangesPerAttempt.push(rdd.offsetRanges.map(String).join(';'));
      committedDuringOutput = await committedNow();
      if (attempts <= 2) throw new Error('output failed');
    });
    await ssc.start();
    await until(() => callbacks.length >= 1);
    await ssc.stop();
    expect(attempts).toBe(3);
    // The same ranges on every attempt; nothing committed while the output ran.
    expect(new Set(rangesPerAttempt).size).toBe(1);
    expect(committedDuringOutput!.size).toBe(0);
    const after = await committedNow();
    expect(after.get('commits-0')).toBe(20);
    expect(after.get('commits-1')).toBe(20);
    expect(callbacks[0].get('commits-0')).toBe(20);
  });

  it('stops the context and commits nothing when the output keeps failing', async () => {
    await client.createTopics([{ topic: 'failing', numPartitions: 1 }]);
    await produce(client, 'failing', 0, [{ value: 'x' }]);
    const ssc = new StreamingContext(100, { conf: { 'spark.task.maxFailures': 2, 'tributary.streaming.retryBackoffMs': 10 } });
    const stream = KafkaUtils.createDirectStream(
      ssc,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Subscribe(['failing'], params({ 'group.id': 'failing-group' })),
    );
    stream.foreachRDD(async (rdd) => {
      stream.commitAsync(rdd.offsetRanges);
      if ((await rdd.count()) > 0) throw new Error('always fails');
    });
    await ssc.start();
    await expect(ssc.awaitTermination()).rejects.toThrow(/failed after 2 attempt\(s\): always fails/);
    const committed = await new GroupApi(client, 'failing-group').offsetFetch([{ topic: 'failing', partition: 0 }]);
    expect(committed.get('failing-0') ?? 0).toBe(0);
  });

  it('two instances in one group (the second in a process of its own) split six partitions and together read every record once', async () => {
    await client.createTopics([{ topic: 'split6', numPartitions: 6 }]);
    const seenA = new Map<string, number>();
    const seenB = new Map<string, number>();
    const ownedA: Set<number>[] = [];
    const ownedB: Set<number>[] = [];
    const a = new StreamingContext(200, { appName: 'a' });
    const stream = KafkaUtils.createDirectStream(
      a,
      LocationStrategies.PreferConsistent,
      ConsumerStrategies.Subscribe(
        ['split6'],
        params({ 'group.id': 'split-job', 'heartbeat.interval.ms': 100, 'session.timeout.ms': 6000 }),
      ),
    );
    stream.foreachRDD(async (rdd) => {
      ownedA.push(new Set(rdd.offsetRanges.map((r) => r.partition)));
      for (const rec of await rdd.collect()) seenA.set(rec.value!, (seenA.get(rec.value!) ?? 0) + 1);
      stream.commitAsync(rdd.offsetRanges);
    });
    // One active StreamingContext per process (Spark's rule): instance b runs as a child process.
    const b = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(ROOT, 'test/integration/streaming-fixtures/kafka-split-member.ts'),
        broker.brokers,
        'split6',
        'split-job',
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let bOut = '';
    let bErr = '';
    b.stdout!.on('data', (d: Buffer) => {
      bOut += d.toString();
      const lines = bOut.split('\n');
      bOut = lines.pop()!;
      for (const line of lines) {
        const batch = JSON.parse(line) as { partitions: number[]; values: string[] };
        ownedB.push(new Set(batch.partitions));
        for (const v of batch.values) seenB.set(v, (seenB.get(v) ?? 0) + 1);
      }
    });
    b.stderr!.on('data', (d: Buffer) => (bErr += d.toString()));
    const bExited = new Promise((r) => b.once('exit', r));
    let lastA = new Set<number>();
    let lastB = new Set<number>();
    try {
      await a.start();
      await until(() => ownedA.at(-1)?.size === 3 && ownedB.at(-1)?.size === 3, 60_000);
      const recs = Array.from({ length: 600 }, (_, i) => ({ key: `key-${i}`, value: `value-${i}` }));
      await send(client, 'split6', recs);
      await until(() => seenA.size + seenB.size >= 600, 60_000);
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      // The split while both run: once a leaves the group, b may take all six before it is killed.
      lastA = ownedA.at(-1)!;
      lastB = ownedB.at(-1)!;
      await a.stop();
      b.kill('SIGTERM');
      await bExited;
    }
    expect([...lastA, ...lastB].sort(), bErr).toEqual([0, 1, 2, 3, 4, 5]);
    expect(seenA.size).toBeGreaterThan(0);
    expect(seenB.size).toBeGreaterThan(0);
    for (const k of seenA.keys()) expect(seenB.has(k)).toBe(false);
    for (const n of [...seenA.values(), ...seenB.values()]) expect(n).toBe(1);
    expect(seenA.size + seenB.size).toBe(600);
  }, 120_000);
});
