/**
 * kafka-transactions against a broker process: list and describe show a
 * kafkajs producer's open transaction (Kafka's table layout and state
 * names), describe-producers shows the partition's producer with the start
 * offset of its transaction, and abort --start-offset ends that hanging
 * transaction, so a read_committed consumer gets past it; bad usage and an
 * unknown transactional id fail with exit code 1. find-hanging lists the
 * transaction a late produce opened after its coordinator aborted it (the
 * KAFKA-9144 kind of hanging transaction: producer state with an open
 * transaction the coordinator no longer has) and not the coordinator's own
 * open one; abort clears it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { BrokerProcess } from './harness.js';
import { runCli } from './cli-helpers.js';
import { RawClient, batchOf, produce } from './raw-client.js';

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

  /** A transaction ended by its coordinator, then reopened in the log by a produce request that arrives late. */
  const leaveHanging = async (topic: string): Promise<{ producerId: number; startOffset: number }> => {
    const c = await RawClient.connect(broker.port);
    try {
      const id = 'cli-late';
      let init: { errorCode: number; producerId: number; producerEpoch: number };
      for (;;) {
        init = await c.send('InitProducerId', 4, { transactionalId: id, transactionTimeoutMs: 60_000, producerId: -1, producerEpoch: -1 });
        if (init.errorCode === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      const { producerId, producerEpoch } = init;
      const added = await c.send<{ resultsByTopicV3AndBelow: { resultsByPartition: { partitionErrorCode: number }[] }[] }>(
        'AddPartitionsToTxn',
        3,
        {
          v3AndBelowTransactionalId: id,
          v3AndBelowProducerId: producerId,
          v3AndBelowProducerEpoch: producerEpoch,
          v3AndBelowTopics: [{ name: topic, partitions: [0] }],
        },
      );
      expect(added.resultsByTopicV3AndBelow[0]!.resultsByPartition[0]!.partitionErrorCode).toBe(0);
      const first = await produce(c, topic, 0, batchOf(['aborted'], { producerId, producerEpoch, baseSequence: 0, transactional: true }));
      expect(first.responses[0]!.partitionResponses[0]!.errorCode).toBe(0);
      const ended = await c.send<{ errorCode: number }>('EndTxn', 3, { transactionalId: id, producerId, producerEpoch, committed: false });
      expect(ended.errorCode).toBe(0);
      // The coordinator completes the abort (its marker is in the partition)...
      for (;;) {
        const d = await c.send<{ transactionStates: { transactionState: string }[] }>('DescribeTransactions', 0, {
          transactionalIds: [id],
        });
        if (d.transactionStates[0]!.transactionState === 'CompleteAbort') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      // ...and then a produce of the same epoch, created two minutes ago, arrives: it opens a transaction nobody will end.
      const late = await produce(
        c,
        topic,
        0,
        batchOf(['late'], { producerId, producerEpoch, baseSequence: 1, transactional: true, baseTimestamp: Date.now() - 120_000 }),
      );
      expect(late.responses[0]!.partitionResponses[0]!.errorCode).toBe(0);
      return { producerId, startOffset: late.responses[0]!.partitionResponses[0]!.baseOffset };
    } finally {
      c.close();
    }
  };

  /** A transactional batch of a producer id no coordinator issued for a transactional id (a misbehaving client): an open transaction nobody will end. */
  const leaveOrphan = async (topic: string): Promise<{ producerId: number; startOffset: number }> => {
    const c = await RawClient.connect(broker.port);
    try {
      const init = await c.send('InitProducerId', 4, {
        transactionalId: null,
        transactionTimeoutMs: 60_000,
        producerId: -1,
        producerEpoch: -1,
      });
      expect(init.errorCode).toBe(0);
      const { producerId, producerEpoch } = init as { producerId: number; producerEpoch: number };
      const r = await produce(
        c,
        topic,
        0,
        batchOf(['orphan'], { producerId, producerEpoch, baseSequence: 0, transactional: true, baseTimestamp: Date.now() - 120_000 }),
      );
      expect(r.responses[0]!.partitionResponses[0]!.errorCode).toBe(0);
      return { producerId, startOffset: r.responses[0]!.partitionResponses[0]!.baseOffset };
    } finally {
      c.close();
    }
  };

  it('find-hanging lists open transactions their coordinator does not know; abort clears them', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: 'late', numPartitions: 2 },
        { topic: 'orphan', numPartitions: 1 },
      ],
    });
    await admin.disconnect();
    // A legitimate open transaction in the same topic: open, but its coordinator knows it.
    const legit = kafka.producer({ transactionalId: 'cli-legit', maxInFlightRequests: 1, idempotent: true, transactionTimeout: 600_000 });
    await legit.connect();
    const open = await legit.transaction();
    await open.send({ topic: 'late', messages: [{ value: 'legit', partition: 1 }] });
    const late = await leaveHanging('late');
    const orphan = await leaveOrphan('orphan');

    const find = async (...flags: string[]): Promise<string[][]> => {
      const r = await runCli('kafka-transactions', ['--bootstrap-server', broker.bootstrap, 'find-hanging', ...flags]);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout
        .split('\n')
        .filter((l) => l.length > 0)
        .map(cells);
    };
    const header = [
      'Topic',
      'Partition',
      'ProducerId',
      'ProducerEpoch',
      'CoordinatorEpoch',
      'StartOffset',
      'LastTimestamp',
      'Duration(min)',
    ];
    const keyOf = (r: string[]): string[] => [r[0]!, r[1]!, r[2]!, r[5]!];
    // --max-transaction-timeout 0: the legitimate one is a candidate too, and its coordinator vouches for it.
    await new Promise((r) => setTimeout(r, 5));
    const [h1, ...lateRows] = await find('--topic', 'late', '--max-transaction-timeout', '0');
    expect(h1).toEqual(header);
    expect(lateRows.map(keyOf)).toEqual([['late', '0', String(late.producerId), String(late.startOffset)]]);
    // The orphan's last write is two minutes old: found with a one-minute bound, by topic and partition or by broker.
    const [h2, ...orphanRows] = await find('--topic', 'orphan', '--partition', '0', '--max-transaction-timeout', '1');
    expect(h2).toEqual(header);
    expect(orphanRows.map(keyOf)).toEqual([['orphan', '0', String(orphan.producerId), String(orphan.startOffset)]]);
    expect(orphanRows[0]!.slice(3, 5)).toEqual(['0', '-1']);
    expect(Number(orphanRows[0]![7])).toBeGreaterThanOrEqual(2);
    const byBroker = await find('--broker-id', '0', '--max-transaction-timeout', '1');
    expect(byBroker.slice(1).map(keyOf)).toContainEqual(['orphan', '0', String(orphan.producerId), String(orphan.startOffset)]);
    expect(byBroker.slice(1).some((r) => r[0] === 'late' && r[1] === '1')).toBe(false);
    // The default 15 minutes: two minutes is not old enough to suspect.
    expect(await find('--topic', 'orphan')).toEqual([header]);
    const usage = await runCli('kafka-transactions', ['--bootstrap-server', broker.bootstrap, 'find-hanging']);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/requires either --topic or --broker-id/);

    for (const [topic, start] of [
      ['late', late.startOffset],
      ['orphan', orphan.startOffset],
    ] as const) {
      const aborted = await runCli('kafka-transactions', [
        '--bootstrap-server',
        broker.bootstrap,
        'abort',
        '--topic',
        topic,
        '--partition',
        '0',
        '--start-offset',
        String(start),
      ]);
      expect(aborted.code, aborted.stderr).toBe(0);
    }
    expect(await find('--broker-id', '0', '--max-transaction-timeout', '0')).toEqual([header]);
    await open.abort();
    await legit.disconnect();
  }, 90_000);
});
