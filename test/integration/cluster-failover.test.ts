/**
 * Three brokers and a real ZooKeeper; an RF=3, min.insync.replicas=2 topic;
 * producers writing with acks=all while the partition leader is killed with
 * kill -9. Every acknowledged record must be there exactly once and in order,
 * a new leader must be elected within the session timeout plus a few
 * seconds, and the killed broker must come back, catch up and rejoin the ISR.
 */
import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness.js';
import { TestCluster, metadataFrom, readAll, waitFor } from './cluster-helpers.js';

const SESSION_TIMEOUT_MS = 6000;
const run = promisify(execFile);

/** Asserts each acknowledged value appears exactly once, in acknowledgement order, and nothing twice. */
function expectExactlyOnceInOrder(acked: string[], stored: string[]): void {
  const pos = new Map<string, number>();
  stored.forEach((v, i) => {
    expect(pos.has(v), `duplicate ${v}`).toBe(false);
    pos.set(v, i);
  });
  let last = -1;
  for (const v of acked) {
    const at = pos.get(v);
    expect(at, `acknowledged ${v} is missing`).toBeDefined();
    expect(at!, `acknowledged ${v} out of order`).toBeGreaterThan(last);
    last = at!;
  }
}

async function killLeader(
  c: TestCluster,
  topic: string,
  partition: number,
): Promise<{ victim: number; newLeader: number; electedMs: number; survivor: string }> {
  const before = await metadataFrom(c.bootstrap()[0], topic);
  const victim = before.partitions.find((p) => p.partitionId === partition)!.leader;
  expect(victim).toBeGreaterThanOrEqual(0);
  const killedAt = Date.now();
  await c.brokers[victim].kill('SIGKILL');
  const survivor = c.brokers.find((b, i) => i !== victim && b.child !== null)!.bootstrap;
  const newLeader = await waitFor('a new leader', 30_000, async () => {
    const p = (await metadataFrom(survivor, topic)).partitions.find((x) => x.partitionId === partition)!;
    return p.leader >= 0 && p.leader !== victim ? p.leader : undefined;
  });
  return { victim, newLeader, electedMs: Date.now() - killedAt, survivor };
}

describe('cluster: kill -9 of a leader under acks=all', () => {
  let c: TestCluster;

  beforeAll(async () => {
    c = await TestCluster.start(3);
  }, 150_000);

  afterAll(async () => {
    await c?.destroy();
  });

  it('kafkajs idempotent producer: acknowledged records survive exactly once; leadership moves; the old leader rejoins the ISR', async () => {
    const kafka = c.kafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'failover', numPartitions: 2, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }],
    });
    await admin.disconnect();
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    const acked: string[][] = [[], []];
    let stop = false;
    // One send per partition: kafkajs 2.2 keeps one response per broker across the
    // retries of a send, so when a partition's leadership moves to a broker that
    // already answered for another partition of the same send, that partition's
    // batch is never re-sent yet the send resolves (tulios/kafkajs#1303, #1798).
    const produce = async (partition: number): Promise<void> => {
      for (let n = 0; !stop; n++) {
        const value = `${partition}-${n}`;
        try {
          await producer.send({ topic: 'failover', acks: -1, messages: [{ partition, value }] });
          acked[partition].push(value);
        } catch {
          // not acknowledged: may or may not be stored, at most once
        }
      }
    };
    const loop = Promise.all([produce(0), produce(1)]);
    try {
      await waitFor('200 acknowledged records', 30_000, () => acked[0].length >= 200);
      const { victim, newLeader, electedMs, survivor } = await killLeader(c, 'failover', 0);
      expect(electedMs).toBeLessThan(SESSION_TIMEOUT_MS + 5000);

      // kafka-topics --describe from a survivor shows the new leader and the shrunk ISR.
      const described = await waitFor('kafka-topics to show the new leader and ISR', 15_000, async () => {
        const { stdout } = await run(process.execPath, [
          path.join(ROOT, 'dist/cli/kafka-topics.js'),
          '--bootstrap-server',
          survivor,
          '--describe',
          '--topic',
          'failover',
        ]);
        const line = stdout.split('\n').find((l) => /Partition: 0\b/.test(l)) ?? '';
        const isr = /Isr: ([\d,]*)/.exec(line)?.[1].split(',').map(Number) ?? [];
        return line.includes(`Leader: ${newLeader}`) && !isr.includes(victim) ? line : undefined;
      });
      expect(described).toMatch(/Replicas: \d,\d,\d/);

      const atElection = acked[0].length;
      await waitFor('acknowledgements after the failover', 30_000, () => acked[0].length >= atElection + 200);

      // The killed broker comes back, catches up and rejoins every ISR.
      await c.brokers[victim].start();
      await waitFor(`broker ${victim} back in every ISR`, 40_000, async () => {
        const md = await metadataFrom(survivor, 'failover');
        return md.partitions.every((p) => p.isr.includes(victim));
      });
      const afterRejoin = acked[0].length;
      await waitFor('acknowledgements after the rejoin', 20_000, () => acked[0].length >= afterRejoin + 50);
    } finally {
      stop = true;
      await loop;
      await producer.disconnect();
    }
    await c.ready();
    const stored = await readAll(c.kafka(), 'failover', acked[0].length + acked[1].length).catch((err: Error) => {
      throw new Error(`${err.message}\n${c.output()}`);
    });
    expectExactlyOnceInOrder(acked[0], stored.get(0) ?? []);
    expectExactlyOnceInOrder(acked[1], stored.get(1) ?? []);
  }, 120_000);

  it('kcat with acks=all and idempotence: every line delivered once, in order, across a kill -9 of the leader', async () => {
    const kafka = c.kafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        { topic: 'failover-kcat', numPartitions: 1, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] },
      ],
    });
    await admin.disconnect();
    const kcat = spawn(
      'kcat',
      [
        '-P',
        '-b',
        c.bootstrap().join(','),
        '-t',
        'failover-kcat',
        '-p',
        '0',
        '-X',
        'acks=all',
        '-X',
        'enable.idempotence=true',
        '-X',
        'message.timeout.ms=60000',
        '-X',
        'linger.ms=5',
      ],
      {
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    kcat.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => kcat.once('exit', (code) => resolve(code)));
    const lines: string[] = [];
    const write = async (from: number, to: number): Promise<void> => {
      for (let i = from; i < to; i++) {
        lines.push(`line-${i}`);
        kcat.stdin.write(`line-${i}\n`);
        if (i % 500 === 499) await new Promise((r) => setTimeout(r, 50));
      }
    };
    await write(0, 5000);
    const { electedMs, victim } = await killLeader(c, 'failover-kcat', 0);
    expect(electedMs).toBeLessThan(SESSION_TIMEOUT_MS + 5000);
    await write(5000, 10_000);
    kcat.stdin.end();
    expect(await exited, stderr).toBe(0);
    expect(stderr).not.toMatch(/Delivery failed|Failed to produce/i);
    await c.brokers[victim].start();
    await c.ready();
    const stored = await readAll(c.kafka(), 'failover-kcat', lines.length);
    expectExactlyOnceInOrder(lines, stored.get(0) ?? []);
    expect(stored.get(0)!.length).toBe(lines.length);
  }, 120_000);
});
