/**
 * kafka-transactions against a broker process: list and describe show a
 * kafkajs producer's open transaction (Kafka's table layout and state
 * names), describe-producers shows the partition's producer with the start
 * offset of its transaction, and abort --start-offset ends that hanging
 * transaction, so a read_committed consumer gets past it; bad usage and an
 * unknown transactional id fail with exit code 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { runCli } from './cli-helpers.js';

/** The cells of a Kafka table line (cells padded and tab-terminated). */
function cells(line: string): string[] {
  return line
    .split('\t')
    .slice(0, -1)
    .map((c) => c.trim());
}

describe('kafka-transactions', () => {
  let broker: BrokerProcess;
  let kafka: Kafka;
  let hanging: Producer;
  let pid = -1;

  beforeAll(async () => {
    broker = await new BrokerProcess({
      config: {
        'transaction.state.log.replication.factor': '1',
        'transaction.state.log.num.partitions': '3',
        'group.initial.rebalance.delay.ms': '0',
      },
    }).start();
    kafka = new Kafka({ clientId: 'cli-txn', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: 'hang', numPartitions: 1 }] });
    await admin.disconnect();
    const done = kafka.producer({ transactionalId: 'cli-done', maxInFlightRequests: 1, idempotent: true });
    await done.connect();
    const t = await done.transaction();
    await t.send({ topic: 'hang', messages: [{ value: 'committed' }] });
    await t.commit();
    await done.disconnect();
    hanging = kafka.producer({ transactionalId: 'cli-open', maxInFlightRequests: 1, idempotent: true, transactionTimeout: 600_000 });
    await hanging.connect();
    const open = await hanging.transaction();
    await open.send({ topic: 'hang', messages: [{ value: 'open-1' }, { value: 'open-2' }] });
  }, 180_000);

  afterAll(async () => {
    await hanging?.disconnect().catch(() => {});
    await broker?.destroy();
  });

  it('lists and describes transactions', async () => {
    const listed = await runCli('kafka-transactions', ['--bootstrap-server', broker.bootstrap, 'list']);
    expect(listed.code, listed.stderr).toBe(0);
    const lines = listed.stdout.split('\n').filter((l) => l.length > 0);
    expect(cells(lines[0]!)).toEqual(['TransactionalId', 'Coordinator', 'ProducerId', 'TransactionState']);
    const rows = lines.slice(1).map(cells);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['cli-done', '0', 'CompleteCommit'],
      ['cli-open', '0', 'Ongoing'],
    ]);
    pid = Number(rows[1]![2]);

    const described = await runCli('kafka-transactions', [
      '--bootstrap-server',
      broker.bootstrap,
      'describe',
      '--transactional-id',
      'cli-open',
    ]);
    expect(described.code, described.stderr).toBe(0);
    const [head, row] = described.stdout
      .split('\n')
      .filter((l) => l.length > 0)
      .map(cells);
    expect(head).toEqual([
      'CoordinatorId',
      'TransactionalId',
      'ProducerId',
      'ProducerEpoch',
      'TransactionState',
      'TransactionTimeoutMs',
      'CurrentTransactionStartTimeMs',
      'TransactionDurationMs',
      'TopicPartitions',
    ]);
    expect(row!.slice(0, 6)).toEqual(['0', 'cli-open', String(pid), '0', 'Ongoing', '600000']);
    expect(Number(row![6])).toBeGreaterThan(0);
    expect(row![8]).toBe('hang-0');

    const unknown = await runCli('kafka-transactions', [
      '--bootstrap-server',
      broker.bootstrap,
      'describe',
      '--transactional-id',
      'nobody',
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/TRANSACTIONAL_ID_NOT_FOUND/);
    const usage = await runCli('kafka-transactions', ['--bootstrap-server', broker.bootstrap]);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/A command is required/);
  }, 60_000);

  it('describes the producers of a partition and aborts the hanging transaction', async () => {
    const producers = await runCli('kafka-transactions', [
      '--bootstrap-server',
      broker.bootstrap,
      'describe-producers',
      '--topic',
      'hang',
      '--partition',
      '0',
    ]);
    expect(producers.code, producers.stderr).toBe(0);
    const [head, ...rows] = producers.stdout
      .split('\n')
      .filter((l) => l.length > 0)
      .map(cells);
    expect(head).toEqual([
      'ProducerId',
      'ProducerEpoch',
      'LatestCoordinatorEpoch',
      'LastSequence',
      'LastTimestamp',
      'CurrentTransactionStartOffset',
    ]);
    const open = rows.find((r) => r[0] === String(pid));
    expect(open).toBeDefined();
    expect(open![5]).toBe('2'); // after "committed" (0) and its COMMIT marker (1)
    expect(rows.filter((r) => r[0] !== String(pid)).map((r) => r[5])).toEqual(['None']);

    // read_committed is held at the open transaction...
    const p = kafka.producer();
    await p.connect();
    await p.send({ topic: 'hang', messages: [{ value: 'after' }] });
    await p.disconnect();
    const missing = await runCli('kafka-transactions', [
      '--bootstrap-server',
      broker.bootstrap,
      'abort',
      '--topic',
      'hang',
      '--partition',
      '0',
      '--start-offset',
      '1',
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Could not find any open transactions starting at offset 1/);
    const aborted = await runCli('kafka-transactions', [
      '--bootstrap-server',
      broker.bootstrap,
      'abort',
      '--topic',
      'hang',
      '--partition',
      '0',
      '--start-offset',
      '2',
    ]);
    expect(aborted.code, aborted.stderr).toBe(0);

    // ...and gets past it once aborted.
    const consumer = kafka.consumer({ groupId: 'cli-reader', maxWaitTimeInMs: 100 });
    const values: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topic: 'hang', fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void values.push(message.value!.toString()) });
    const deadline = Date.now() + 30_000;
    while (!values.includes('after') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await consumer.disconnect();
    expect(values).toEqual(['committed', 'after']);
    const after = await runCli('kafka-transactions', [
      '--bootstrap-server',
      broker.bootstrap,
      'describe-producers',
      '--topic',
      'hang',
      '--partition',
      '0',
    ]);
    expect(
      after.stdout
        .split('\n')
        .map(cells)
        .find((r) => r[0] === String(pid))![5],
    ).toBe('None');
  }, 90_000);
});
