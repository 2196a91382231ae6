/**
 * A JBOD broker (log.dirs=a,b) as a real process: partitions spread over
 * both dirs, kafka-log-dirs --describe with Kafka's output (--broker-list,
 * --topic-list), and a failed dir: the second dir replaced by a plain file
 * (nothing can be written there any more, even as root) goes offline at its
 * next checkpoint, the broker keeps running and serving the partitions of
 * the first dir (kafkajs produces, a fetch reads them), the failed dir's
 * partitions answer KAFKA_STORAGE_ERROR, and kafka-log-dirs reports the dir
 * with Kafka's KafkaStorageException.
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
  version: number;
  brokers: {
    broker: number;
    logDirs: {
      logDir: string;
      error: string | null;
      partitions: { partition: string; size: number; offsetLag: number; isFuture: boolean }[];
    }[];
  }[];
}

describe('JBOD: several log dirs on one broker', () => {
  let broker: BrokerProcess;
  let dirA: string;
  let dirB: string;
  let kafka: Kafka;

  async function logDirs(...extra: string[]): Promise<{ lines: string[]; json: LogDirsJson }> {
    const r = await runCli('kafka-log-dirs', ['--bootstrap-server', broker.bootstrap, '--describe', ...extra]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    return { lines, json: JSON.parse(lines[2]) as LogDirsJson };
  }

  /** Sends one record to `partition` with no retries: null when acknowledged, else the error type. */
  async function send(partition: number, value: string): Promise<string | null> {
    const producer = kafka.producer({ retry: { retries: 0 } });
    await producer.connect();
    try {
      await producer.send({ topic: 'j', acks: 1, messages: [{ partition, value }] });
      return null;
    } catch (err) {
      const e = err as { type?: string; originalError?: { type?: string }; cause?: { type?: string } };
      return e.type ?? e.originalError?.type ?? e.cause?.type ?? String(err);
    } finally {
      await producer.disconnect();
    }
  }

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-jbod-'));
    dirA = path.join(dataDir, 'a');
    dirB = path.join(dataDir, 'b');
    broker = new BrokerProcess({
      dataDir,
      config: { 'log.dirs': `${dirA},${dirB}`, 'replica.high.watermark.checkpoint.interval.ms': '300' },
    });
    await broker.start();
    kafka = new Kafka({ clientId: 'jbod', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 2 } });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic: 'j', numPartitions: 4 }] });
    await admin.disconnect();
    for (let p = 0; p < 4; p++) expect(await send(p, `first-${p}`)).toBeNull();
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
  });

  it('kafka-log-dirs describes both dirs with their partitions', async () => {
    const { lines, json } = await logDirs();
    expect(lines.slice(0, 2)).toEqual([
      'Querying brokers for log directories information',
      'Received log directory information from brokers 0',
    ]);
    expect(json.version).toBe(1);
    expect(json.brokers.map((b) => b.broker)).toEqual([0]);
    const dirs = json.brokers[0].logDirs;
    expect(dirs.map((d) => [d.logDir, d.error])).toEqual([
      [dirA, null],
      [dirB, null],
    ]);
    // New partitions go to the dir holding the fewest: two each.
    for (const d of dirs) {
      expect(d.partitions.map((p) => p.partition).filter((p) => p.startsWith('j-'))).toHaveLength(2);
      for (const p of d.partitions) expect(p).toMatchObject({ offsetLag: 0, isFuture: false });
      for (const p of d.partitions) expect(p.size).toBeGreaterThan(0);
    }
    const other = await logDirs('--topic-list', 'nothing-here', '--broker-list', '0');
    expect(other.json.brokers[0].logDirs.map((d) => d.partitions)).toEqual([[], []]);
    const bad = await runCli('kafka-log-dirs', ['--bootstrap-server', broker.bootstrap, '--describe', '--broker-list', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('The broker list must be integers separated by commas, but it is: x');
  }, 120_000);

  it('a failed second dir takes only its partitions offline; the broker keeps serving the first', async () => {
    const before = (await logDirs()).json.brokers[0].logDirs;
    const inA = before[0].partitions.map((p) => Number(p.partition.slice(2)));
    const inB = before[1].partitions.map((p) => Number(p.partition.slice(2)));
    // Unwritable even for root: the dir becomes a plain file (open files keep working, new ones fail).
    fs.renameSync(dirB, `${dirB}.gone`);
    fs.writeFileSync(dirB, '');
    let after = before;
    await waitFor('dir b to be reported offline', 30_000, async () => {
      after = (await logDirs()).json.brokers[0].logDirs;
      return after[1].error !== null;
    });
    expect(after[1]).toEqual({ logDir: dirB, error: 'org.apache.kafka.common.errors.KafkaStorageException', partitions: [] });
    expect(after[0].error).toBeNull();
    expect(broker.child?.exitCode).toBeNull();
    expect(broker.output).toContain(`log dir ${dirB} is offline`);
    for (const p of inA) expect(await send(p, `second-${p}`)).toBeNull();
    for (const p of inB) expect(await send(p, `second-${p}`)).toBe('KAFKA_STORAGE_ERROR');
    const raw = await RawClient.connect(broker.port);
    try {
      for (const p of inA) expect((await readAll(raw, 'j', p)).map((r) => r.value?.toString())).toEqual([`first-${p}`, `second-${p}`]);
    } finally {
      raw.close();
    }
  }, 120_000);
});
