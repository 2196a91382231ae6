/**
 * A failed log dir in a three-broker ZooKeeper cluster (Debian's ZooKeeper,
 * real broker processes): broker 0 has two log dirs and leads every
 * partition of a replicated topic; its second dir becomes unwritable (a
 * plain file in its place). Broker 0 takes that dir's replicas offline and
 * notifies the controller through /log_dir_event_notification; the
 * controller elects new leaders for the partitions whose leader was in that
 * dir and takes broker 0 out of their ISRs, while the partitions of broker
 * 0's first dir keep it as leader. kafkajs then produces (acks=all) to every
 * partition and reads back every acknowledged record. Before that, a
 * reassignment (kafka-reassign-partitions with Kafka's "log_dirs") adds a
 * replica on broker 2 (two log dirs as well) in the dir it names.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCluster, metadataFrom, readAll, waitFor } from './cluster-helpers.js';
import { runCli } from './cli-helpers.js';

interface LogDirsJson {
  brokers: { logDirs: { logDir: string; error: string | null; partitions: { partition: string }[] }[] }[];
}

describe('a failed log dir in a cluster', () => {
  let c: TestCluster;
  let tmp: string;
  let dirA: string;
  let dirB: string;
  let dirC: string;
  let dirD: string;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-cluster-logdir-'));
    dirA = path.join(tmp, 'a');
    dirB = path.join(tmp, 'b');
    dirC = path.join(tmp, 'c');
    dirD = path.join(tmp, 'd');
    c = await TestCluster.start(
      3,
      { 'auto.leader.rebalance.enable': 'false', 'replica.high.watermark.checkpoint.interval.ms': '300' },
      (id): Record<string, string> => (id === 0 ? { 'log.dirs': `${dirA},${dirB}` } : id === 2 ? { 'log.dirs': `${dirC},${dirD}` } : {}),
    );
  }, 600_000);

  afterAll(async () => {
    await c?.destroy();
    if (tmp) {
      // The failed dir was replaced by a file: remove both.
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  async function brokerZeroDirs(): Promise<LogDirsJson['brokers'][0]['logDirs']> {
    const r = await runCli('kafka-log-dirs', [
      '--bootstrap-server',
      c.brokers[0].bootstrap,
      '--describe',
      '--broker-list',
      '0',
      '--topic-list',
      'f',
    ]);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout.trimEnd().split('\n')[2]) as LogDirsJson).brokers[0].logDirs;
  }

  it('a reassignment with log_dirs creates the new replica in the dir named', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'r', replicaAssignment: [{ partition: 0, replicas: [0, 1] }] }] });
    await admin.disconnect();
    const plan = path.join(tmp, 'r.json');
    fs.writeFileSync(
      plan,
      JSON.stringify({ version: 1, partitions: [{ topic: 'r', partition: 0, replicas: [1, 2], log_dirs: ['any', dirD] }] }),
    );
    const tool = (args: string[]) =>
      runCli('kafka-reassign-partitions', ['--bootstrap-server', c.bootstrap().join(','), ...args], { timeoutMs: 60_000 });
    const ex = await tool(['--execute', '--reassignment-json-file', plan]);
    expect(ex.code, ex.stderr).toBe(0);
    expect(ex.stdout).toMatch(/Successfully started log directory move for: 2-r-0\n$/);
    await waitFor('the reassignment and the move to complete', 120_000, async () => {
      const v = await tool(['--verify', '--reassignment-json-file', plan]);
      return (
        v.stdout.includes('Reassignment of partition r-0 is complete.') &&
        v.stdout.includes('Reassignment of replica 2-r-0 completed successfully.')
      );
    });
    const r = await runCli('kafka-log-dirs', [
      '--bootstrap-server',
      c.brokers[2].bootstrap,
      '--describe',
      '--broker-list',
      '2',
      '--topic-list',
      'r',
    ]);
    const dirs = (JSON.parse(r.stdout.trimEnd().split('\n')[2]) as LogDirsJson).brokers[0].logDirs;
    expect(dirs.map((d) => [d.logDir, d.partitions.map((p) => p.partition)])).toEqual([
      [dirC, []],
      [dirD, ['r-0']],
    ]);
  }, 300_000);

  it('moves leadership off the failed dir; producers go on with the new leaders', async () => {
    const admin = c.kafka().admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: 'f', replicaAssignment: [0, 1, 2, 3].map((partition) => ({ partition, replicas: [0, 1, 2] })) }],
    });
    await admin.disconnect();
    await waitFor('broker 0 to lead f with a full ISR', 60_000, async () =>
      (await metadataFrom(c.brokers[1].bootstrap, 'f')).partitions.every((p) => p.leader === 0 && p.isr.length === 3),
    );
    const producer = c.kafka('log-dir-failure').producer();
    await producer.connect();
    let acked = 0;
    const send = async (tag: string): Promise<void> => {
      for (let p = 0; p < 4; p++) {
        await producer.send({ topic: 'f', acks: -1, messages: [{ partition: p, value: `${tag}-${p}` }] });
        acked++;
      }
    };
    await send('before');
    const before = await brokerZeroDirs();
    const inA = before[0].partitions.map((p) => Number(p.partition.slice(2))).sort();
    const inB = before[1].partitions.map((p) => Number(p.partition.slice(2))).sort();
    expect([...inA, ...inB].sort()).toEqual([0, 1, 2, 3]);
    expect(inB.length).toBeGreaterThan(0);

    fs.renameSync(dirB, `${dirB}.gone`);
    fs.writeFileSync(dirB, '');
    await waitFor('broker 0 to report dir b offline', 60_000, async () => (await brokerZeroDirs())[1].error !== null);
    let md = await metadataFrom(c.brokers[1].bootstrap, 'f');
    await waitFor('leaders to move off the failed dir', 60_000, async () => {
      md = await metadataFrom(c.brokers[1].bootstrap, 'f');
      return inB.every((p) => md.partitions[p].leader !== 0 && md.partitions[p].leader >= 0 && !md.partitions[p].isr.includes(0));
    });
    for (const p of inA) {
      expect(md.partitions[p].leader, `partition ${p} of dir a`).toBe(0);
      expect(md.partitions[p].isr).toContain(0);
    }
    expect(c.brokers[0].child?.exitCode).toBeNull();
    expect(c.brokers[0].output).toMatch(/told the controller that log dir .* failed/);
    expect(c.output()).toMatch(/controller: broker 0 has a failed log dir; \d+ replica\(s\) offline there/);

    await send('after');
    await producer.disconnect();
    const got = await readAll(c.kafka('log-dir-failure-reader'), 'f', acked, 60_000);
    for (let p = 0; p < 4; p++) expect(got.get(p), `partition ${p}`).toEqual([`before-${p}`, `after-${p}`]);
  }, 400_000);
});
