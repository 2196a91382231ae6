/**
 * saveToKafka with exactlyOnce against a broker process, the job a child
 * process (streaming-fixtures/kafka-eos-job.ts):
 * - kill -9 of the job at random points, 10 times, restarting after each,
 *   while input is produced: the output topic, read with read_committed by
 *   the lean client and by kafkajs, holds every expected result exactly once;
 * - a batch whose output fails is aborted: nothing of it is visible to
 *   read_committed, the group's offsets do not move, and after a restart the
 *   batch is written once;
 * - the same with mapWithState (5 runs): every running count once, so the
 *   state neither lost nor doubled a batch;
 * - a batch whose transaction committed but whose checkpoint was never
 *   written (a later output failed) is not written again after a restart:
 *   the group's committed offsets, not the checkpoint's, are the resume point;
 *   with state, that batch is replayed into the state without output;
 * - a second instance with the same transactional id fences the first,
 *   which stops with an error that says so;
 * - without exactlyOnce (at least once), any stream's records are written.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroupApi, KafkaClient, send } from '../../client/index.js';
import { StreamingContext } from '../../streaming/index.js';
import { partitionForKey } from '../../client/produce.js';
import { until } from '../helpers/broker-client.js';
import { BrokerProcess } from './harness.js';
import { EosJob, readCommitted, readCommittedKafkajs } from './streaming-eos-helpers.js';

const TXN_CONFIG = {
  'transaction.state.log.replication.factor': '1',
  'transaction.state.log.num.partitions': '2',
  'offsets.topic.num.partitions': '2',
  'group.initial.rebalance.delay.ms': '0',
};

describe('saveToKafka exactlyOnce', () => {
  let broker: BrokerProcess;
  let client: KafkaClient;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-eos-'));
  const jobs: EosJob[] = [];

  beforeAll(async () => {
    broker = await new BrokerProcess({ config: TXN_CONFIG }).start();
    client = new KafkaClient({ brokers: broker.bootstrap });
    await client.connect();
  });

  afterAll(async () => {
    for (const j of jobs) await j.kill();
    client?.close();
    await broker?.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Starts the job of group `<name>-group` from `input` to `output`; its checkpoint directory is `<name><instance>-checkpoint`. */
  const startJob = (
    name: string,
    input: string,
    output: string,
    env: Record<string, string> = {},
    txnId?: string,
    instance = '',
  ): EosJob => {
    const args = [broker.bootstrap, input, '2', output, `${name}-group`, path.join(dir, `${name}${instance}-checkpoint`)];
    const job = new EosJob(txnId ? [...args, txnId] : args, env);
    jobs.push(job);
    return job;
  };

  const committedOffsets = async (group: string, topic: string): Promise<number> => {
    const o = await new GroupApi(client, group).offsetFetch([
      { topic, partition: 0 },
      { topic, partition: 1 },
    ]);
    return (o.get(`${topic}-0`) ?? 0) + (o.get(`${topic}-1`) ?? 0);
  };

  /**
   * Runs the job `runs` times, each killed with kill -9 at a random point while
   * input is produced (15 records "r<n>" a round), then once more until it
   * caught up; the output read with read_committed (lean client, kafkajs)
   * must be `expectedOf(records produced)`.
   */
  async function killLoop(name: string, runs: number, env: Record<string, string>, expectedOf: (n: number) => string[]): Promise<void> {
    const [input, output] = [`${name}-in`, `${name}-out`];
    await client.createTopics([
      { topic: input, numPartitions: 2 },
      { topic: output, numPartitions: 2 },
    ]);
    let next = 0;
    const produceRound = async (): Promise<void> => {
      const records = [];
      for (let i = 0; i < 15; i++, next++) records.push({ key: String(next), value: `r${next}` });
      await send(client, input, records);
    };
    const points = ['started', 'before', 'after'];
    for (let run = 0; run < runs; run++) {
      const job = startJob(name, input, output, env);
      await job.waitForLine((l) => l === 'started');
      await produceRound();
      // A random point: right after start, while a batch's transaction is open, or after it committed.
      const point = points[Math.floor(Math.random() * points.length)];
      const skip = Math.floor(Math.random() * 2);
      let from = 0;
      for (let k = 0; k <= skip && point !== 'started'; k++) {
        const line = await job.waitForLine((l) => l.startsWith(point), from);
        from = job.lines.indexOf(line) + 1;
        if (k < skip) await produceRound();
      }
      await job.kill();
    }
    const last = startJob(name, input, output, env);
    await last.waitForLine((l) => l === 'started');
    await produceRound();
    await until(async () => (await committedOffsets(`${name}-group`, input)) >= next, 60_000);
    await last.kill();
    const expected = expectedOf(next).sort();
    const ours = await readCommitted(client, output, 2);
    expect(ours.length).toBe(expected.length);
    expect([...ours].sort()).toEqual(expected);
    const theirs = await readCommittedKafkajs(broker.bootstrap, output, `${name}-check`, expected.length);
    expect([...theirs].sort()).toEqual(expected);
  }

  it('kill -9 at random points, 10 runs: every result exactly once for read_committed readers', async () => {
    await killLoop('loop', 10, {}, (n) => Array.from({ length: n }, (_, i) => `r${i}=r${i}!`));
  });

  it('kill -9 at random points, 5 runs, with mapWithState: every running count exactly once (state neither lost nor doubled)', async () => {
    await killLoop('state', 5, { STATEFUL: '1' }, (n) => {
      const out: string[] = [];
      const counts = [0, 0, 0, 0, 0];
      for (let i = 0; i < n; i++) out.push(`g${i % 5}=g${i % 5}#${++counts[i % 5]}`);
      return out;
    });
  });

  it('a failed output aborts its transaction: nothing visible, offsets unmoved; the restarted job writes the batch once', async () => {
    await client.createTopics([{ topic: 'fail-in', numPartitions: 2 }]);
    // Output records above max.message.bytes are refused by the broker (MESSAGE_TOO_LARGE).
    await client.createTopics([{ topic: 'fail-out', numPartitions: 2, configs: { 'max.message.bytes': '1000' } }]);
    // "ok" records go to one output partition, the big one to the other: the ok batch is written, then aborted.
    const okKeys: string[] = [];
    let bigKey = '';
    for (let i = 0; okKeys.length < 5 || bigKey === ''; i++) {
      const k = `big${i}`;
      const o = `ok${i}`;
      if (bigKey === '' && partitionForKey(Buffer.from(k), 2) === 0) bigKey = k;
      if (okKeys.length < 5 && partitionForKey(Buffer.from(o), 2) === 1) okKeys.push(o);
    }
    // One input partition: the batch's records are sent in one stretch, so both output batches go out before the refusal.
    await send(
      client,
      'fail-in',
      [...okKeys, bigKey].map((v) => ({ value: v, partition: 0 })),
    );
    const failing = startJob('fail', 'fail-in', 'fail-out', { BIG_VALUE_BYTES: '4000' });
    expect(await failing.exited).toBe(3);
    expect(failing.output, failing.output).toMatch(/MESSAGE_TOO_LARGE/);
    expect(await readCommitted(client, 'fail-out', 2)).toEqual([]);
    // The ok records were written (read_uncommitted shows them) and aborted.
    const end = await client.listOffsets(
      [
        { topic: 'fail-out', partition: 0 },
        { topic: 'fail-out', partition: 1 },
      ],
      'latest',
    );
    expect(end.get('fail-out-1')).toBeGreaterThan(okKeys.length);
    expect(await committedOffsets('fail-group', 'fail-in')).toBe(0);

    const fixed = startJob('fail', 'fail-in', 'fail-out');
    await fixed.waitForLine((l) => l.startsWith('after'));
    await fixed.kill();
    const out = await readCommitted(client, 'fail-out', 2);
    expect(out.sort()).toEqual([...okKeys, bigKey].map((v) => `${v}=${v}!`).sort());
    expect(await committedOffsets('fail-group', 'fail-in')).toBe(okKeys.length + 1);
  });

  it('resumes at the committed offsets, not the checkpoint: a committed batch whose checkpoint is missing is not written again', async () => {
    await client.createTopics([
      { topic: 'cp-in', numPartitions: 2 },
      { topic: 'cp-out', numPartitions: 2 },
    ]);
    const first = ['a1', 'a2', 'a3'];
    // An empty batch writes a checkpoint with the offsets before a1..a3; the batch of a1..a3 commits
    // its transaction, then a later output of the batch fails: no checkpoint for it.
    const job = startJob('cp', 'cp-in', 'cp-out', { FAIL_AFTER_COMMIT: '1' });
    await job.waitForLine((l) => l === 'checkpointed');
    await send(
      client,
      'cp-in',
      first.map((v) => ({ value: v })),
    );
    expect(await job.exited).toBe(3);
    expect(job.output, job.output).toMatch(/FAIL_AFTER_COMMIT/);
    expect((await readCommitted(client, 'cp-out', 2)).sort()).toEqual(first.map((v) => `${v}=${v}!`));
    // A batch with records, then a clean run whose checkpoint holds offsets before a1..a3.
    const second = ['b1', 'b2'];
    await send(
      client,
      'cp-in',
      second.map((v) => ({ value: v })),
    );
    const again = startJob('cp', 'cp-in', 'cp-out');
    await until(async () => (await committedOffsets('cp-group', 'cp-in')) >= first.length + second.length, 60_000);
    await again.kill();
    expect(again.output).toMatch(/INFO saveToKafka\(cp-out\): batch \d+ replays .*committed by the previous run's last transaction/);
    expect((await readCommitted(client, 'cp-out', 2)).sort()).toEqual([...first, ...second].map((v) => `${v}=${v}!`));
  });

  it('with state: a committed batch whose checkpoint is missing is replayed into the state, not written again', async () => {
    await client.createTopics([
      { topic: 'cps-in', numPartitions: 2 },
      { topic: 'cps-out', numPartitions: 2 },
    ]);
    const job = startJob('cps', 'cps-in', 'cps-out', { FAIL_AFTER_COMMIT: '1', STATEFUL: '1' });
    await job.waitForLine((l) => l === 'checkpointed');
    // r0..r9: two records of each group g0..g4, committed with counts #1 and #2; the checkpoint misses them.
    await send(
      client,
      'cps-in',
      Array.from({ length: 10 }, (_, i) => ({ value: `r${i}` })),
    );
    expect(await job.exited).toBe(3);
    expect((await readCommitted(client, 'cps-out', 2)).length).toBe(10);
    await send(
      client,
      'cps-in',
      Array.from({ length: 5 }, (_, i) => ({ value: `r${10 + i}` })),
    );
    const again = startJob('cps', 'cps-in', 'cps-out', { STATEFUL: '1' });
    await until(async () => (await committedOffsets('cps-group', 'cps-in')) >= 15, 60_000);
    await again.kill();
    const expected: string[] = [];
    for (let g = 0; g < 5; g++) for (let c = 1; c <= 3; c++) expected.push(`g${g}=g${g}#${c}`);
    expect((await readCommitted(client, 'cps-out', 2)).sort()).toEqual(expected.sort());
  });

  it('with state: a first batch committed before any checkpoint was written is replayed from the start into the state', async () => {
    await client.createTopics([
      { topic: 'cp0-in', numPartitions: 2 },
      { topic: 'cp0-out', numPartitions: 2 },
    ]);
    // r0..r9 are there before the job starts: its first batch commits them (counts #1, #2) and fails before any checkpoint.
    await send(
      client,
      'cp0-in',
      Array.from({ length: 10 }, (_, i) => ({ value: `r${i}` })),
    );
    const job = startJob('cp0', 'cp0-in', 'cp0-out', { FAIL_AFTER_COMMIT: '1', STATEFUL: '1' });
    expect(await job.exited).toBe(3);
    expect((await readCommitted(client, 'cp0-out', 2)).length).toBe(10);
    await send(
      client,
      'cp0-in',
      Array.from({ length: 5 }, (_, i) => ({ value: `r${10 + i}` })),
    );
    const again = startJob('cp0', 'cp0-in', 'cp0-out', { STATEFUL: '1' });
    await until(async () => (await committedOffsets('cp0-group', 'cp0-in')) >= 15, 60_000);
    await again.kill();
    const expected: string[] = [];
    for (let g = 0; g < 5; g++) for (let c = 1; c <= 3; c++) expected.push(`g${g}=g${g}#${c}`);
    expect((await readCommitted(client, 'cp0-out', 2)).sort()).toEqual(expected.sort());
  });

  it('without exactlyOnce: any stream, records written at least once by an idempotent producer, [key, value] pairs and values', async () => {
    await client.createTopics([{ topic: 'alo-out', numPartitions: 1 }]);
    const ssc = new StreamingContext(100);
    const batches: (string | [string, string])[][] = [[['k1', 'v1'], 'plain'], [['k2', 'v2']]];
    ssc.queueStream(batches).saveToKafka('alo-out', { producerParams: { 'bootstrap.servers': broker.bootstrap } });
    await ssc.start();
    try {
      await until(async () => (await client.listOffsets([{ topic: 'alo-out', partition: 0 }], 'latest')).get('alo-out-0') === 3, 30_000);
    } finally {
      await ssc.stop();
    }
    expect(await readCommitted(client, 'alo-out', 1)).toEqual(['k1=v1', '=plain', 'k2=v2']);
  });

  it('a second instance with the same transactional id fences the first, which stops', async () => {
    await client.createTopics([
      { topic: 'fence-in', numPartitions: 2 },
      { topic: 'fence-out', numPartitions: 2 },
    ]);
    let n = 0;
    const expected: string[] = [];
    const produce = async (): Promise<void> => {
      const records = [];
      for (let i = 0; i < 4; i++, n++) {
        records.push({ value: `f${n}` });
        expected.push(`f${n}=f${n}!`);
      }
      await send(client, 'fence-in', records);
    };
    const zombie = startJob('fence', 'fence-in', 'fence-out', {}, 'fence-txn');
    await zombie.waitForLine((l) => l === 'started');
    await produce();
    await zombie.waitForLine((l) => l.startsWith('after'));
    // Another machine's instance (its own checkpoint directory), same group and transactional id.
    const successor = startJob('fence', 'fence-in', 'fence-out', {}, 'fence-txn', '-b');
    await successor.waitForLine((l) => l === 'started');
    // The zombie still reads from its own offsets; its next transaction is refused.
    while (zombie.child.exitCode === null) {
      await produce();
      const seen = successor.lines.length;
      await until(() => zombie.child.exitCode !== null || successor.lines.length > seen, 60_000);
    }
    expect(await zombie.exited).toBe(3);
    expect(zombie.output).toMatch(/fenced: another instance started with transactional\.id fence-txn/);
    await until(async () => (await committedOffsets('fence-group', 'fence-in')) >= n, 60_000);
    await successor.kill();
    expect((await readCommitted(client, 'fence-out', 2)).sort()).toEqual([...expected].sort());
  });
});
