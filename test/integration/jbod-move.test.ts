/**
 * Moving a replica between the log dirs of a JBOD broker (a real process,
 * log.dirs=a,b) with kafka-reassign-partitions and Kafka's "log_dirs": the
 * move starts (AlterReplicaLogDirs), held back by
 * --replica-alter-log-dirs-throttle; --verify says it is in progress and
 * kafka-log-dirs shows the future replica in b (isFuture, its lag); the
 * broker is killed (SIGKILL) mid-move and restarts with the future dir,
 * which resumes; kafkajs produces acks=all before, during and after; once
 * the throttle is lifted (kafka-configs) the replica swaps into b, --verify
 * reports it complete and clears the throttle, dir a holds nothing of it,
 * and every acknowledged record is read back from its new dir.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { runCli } from './cli-helpers.js';
import { RawClient, readAll } from './raw-client.js';
import { waitFor } from './cluster-helpers.js';

interface LogDirsJson {
  brokers: { logDirs: { logDir: string; partitions: { partition: string; offsetLag: number; isFuture: boolean }[] }[] }[];
}

describe('moving a replica between log dirs (kafka-reassign-partitions log_dirs)', () => {
  let broker: BrokerProcess;
  let dataDir: string;
  let dirA: string;
  let dirB: string;
  const acked = new Set<string>();
  let sent = 0;

  const kafka = (): Kafka =>
    new Kafka({ clientId: 'jbod-move', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 8 } });

  /** Sends `batches` batches of 100 records of 1 KB (acks=all); each acknowledged value is remembered. */
  async function produce(batches: number): Promise<void> {
    const producer = kafka().producer();
    await producer.connect();
    try {
      for (let b = 0; b < batches; b++) {
        const values = Array.from({ length: 100 }, () => `${String(sent++).padStart(8, '0')}-${'x'.repeat(1000)}`);
        await producer.send({ topic: 'mv', acks: -1, messages: values.map((value) => ({ value })) });
        for (const v of values) acked.add(v.slice(0, 8));
      }
    } finally {
      await producer.disconnect();
    }
  }

  async function logDirs(): Promise<LogDirsJson['brokers'][0]['logDirs']> {
    const r = await runCli('kafka-log-dirs', ['--bootstrap-server', broker.bootstrap, '--describe', '--topic-list', 'mv']);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout.trimEnd().split('\n')[2]) as LogDirsJson).brokers[0].logDirs;
  }

  const tool = (args: string[]) =>
    runCli('kafka-reassign-partitions', ['--bootstrap-server', broker.bootstrap, ...args], { timeoutMs: 60_000 });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-jbod-move-'));
    dirA = path.join(dataDir, 'a');
    dirB = path.join(dataDir, 'b');
    broker = new BrokerProcess({ dataDir, config: { 'log.dirs': `${dirA},${dirB}` } });
    await broker.start();
    const admin = kafka().admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'mv', numPartitions: 1 }] });
    await admin.disconnect();
    await produce(30);
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('moves mv-0 from a to b under writes and across a crash, losing nothing', async () => {
    expect((await logDirs()).map((d) => [d.logDir, d.partitions.map((p) => p.partition)])).toEqual([
      [dirA, ['mv-0']],
      [dirB, []],
    ]);
    const plan = path.join(dataDir, 'move.json');
    fs.writeFileSync(plan, JSON.stringify({ version: 1, partitions: [{ topic: 'mv', partition: 0, replicas: [0], log_dirs: [dirB] }] }));
    // 10 KB/s: after its first 1 MB read the copy waits for about 100 s.
    const ex = await tool(['--execute', '--reassignment-json-file', plan, '--replica-alter-log-dirs-throttle', '10000']);
    expect(ex.code, ex.stderr).toBe(0);
    expect(ex.stdout).toContain('The replica-alter-dir throttle limit was set to 10000 B/s');
    expect(ex.stdout).toMatch(
      /Successfully started partition reassignment for mv-0\nSuccessfully started log directory move for: 0-mv-0\n$/,
    );

    await produce(5);
    const during = await logDirs();
    expect(during[0].partitions).toMatchObject([{ partition: 'mv-0', isFuture: false }]);
    expect(during[1].partitions).toMatchObject([{ partition: 'mv-0', isFuture: true }]);
    expect(during[1].partitions[0].offsetLag).toBeGreaterThan(0);
    const v1 = await tool(['--verify', '--reassignment-json-file', plan]);
    expect(v1.stdout).toContain('Reassignment of replica 0-mv-0 is still in progress.');
    expect(v1.stdout).not.toContain('Clearing broker-level throttles');
    expect(fs.readdirSync(dirB).filter((n) => /^mv-0\.[0-9a-f]{32}-future$/.test(n))).toHaveLength(1);

    // A crash mid-move: the future dir is found at start and the move resumes.
    await broker.kill('SIGKILL');
    await broker.start();
    await produce(5);
    const resumed = await logDirs();
    expect(resumed[1].partitions).toMatchObject([{ partition: 'mv-0', isFuture: true }]);
    expect(broker.output).toMatch(/mv-0: a move to .* was under way; it resumes once the partition is hosted/);

    const lift = await runCli('kafka-configs', [
      '--bootstrap-server',
      broker.bootstrap,
      '--entity-type',
      'brokers',
      '--entity-name',
      '0',
      '--alter',
      '--delete-config',
      'replica.alter.log.dirs.io.max.bytes.per.second',
    ]);
    expect(lift.code, lift.stderr).toBe(0);
    await waitFor('mv-0 to be in b', 120_000, async () => {
      const d = await logDirs();
      return d[0].partitions.length === 0 && d[1].partitions.length === 1 && !d[1].partitions[0].isFuture;
    });
    await produce(5);
    const v2 = await tool(['--verify', '--reassignment-json-file', plan]);
    expect(v2.stdout).toContain('Reassignment of replica 0-mv-0 completed successfully.');
    expect(v2.stdout).toContain('Clearing broker-level throttles on broker 0');
    await waitFor('the old dir removed', 30_000, async () => fs.readdirSync(dirA).every((n) => !n.startsWith('mv-0')));

    const raw = await RawClient.connect(broker.port);
    try {
      const got = new Set((await readAll(raw, 'mv', 0)).map((r) => r.value!.toString().slice(0, 8)));
      const lost = [...acked].filter((v) => !got.has(v));
      expect(lost).toEqual([]);
      expect(acked.size).toBe(4500);
    } finally {
      raw.close();
    }
  }, 400_000);
});
