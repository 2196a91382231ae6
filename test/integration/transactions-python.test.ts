/**
 * Transactions with librdkafka: confluent-kafka from Debian
 * (compat/confluent_kafka_txn.py) runs init_transactions, abort and commit,
 * consume-transform-produce with send_offsets_to_transaction, and fencing
 * against a broker process; kcat reads the same topic with
 * isolation.level=read_committed and agrees with the read_committed
 * consumer. The assertions are here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { BrokerProcess, ROOT } from './harness.js';

const PYTHON = '/usr/bin/python3';
const N = 30;

function run(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.message}\n${stderr.slice(-4000)}`));
      resolve(stdout);
    });
  });
}

describe('transactions with librdkafka (confluent-kafka, kcat)', () => {
  let broker: BrokerProcess;

  beforeAll(async () => {
    broker = await new BrokerProcess({
      config: {
        'group.initial.rebalance.delay.ms': '0',
        'transaction.state.log.replication.factor': '1',
        'transaction.state.log.num.partitions': '3',
      },
    }).start();
    const admin = new Kafka({ clientId: 'setup', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING }).admin();
    await admin.connect();
    await admin.createTopics({
      topics: [
        { topic: 'py-in', numPartitions: 2 },
        { topic: 'py-out', numPartitions: 2 },
      ],
    });
    await admin.disconnect();
  }, 180_000);

  afterAll(async () => {
    await broker?.destroy();
  });

  it('commits, aborts, sends offsets in a transaction and fences; read_committed readers agree', async () => {
    const stdout = await run(
      PYTHON,
      [path.join(ROOT, 'test/integration/compat/confluent_kafka_txn.py'), broker.bootstrap, 'py', String(N)],
      200_000,
    );
    const out = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, any>;

    const committed = Array.from({ length: N }, (_, i) => `committed-${i}`);
    const transformed = Array.from({ length: N }, (_, i) => `out-${i}`);
    expect(out.processed).toBe(N);
    expect(out.ctp_transactions).toBeGreaterThan(1);
    const rc = out.read_committed as string[];
    expect(rc.filter((v) => v.startsWith('aborted-'))).toEqual([]);
    expect([...rc].sort()).toEqual([...committed, ...transformed].sort());
    const ru = out.read_uncommitted as string[];
    expect(ru.filter((v) => v.startsWith('aborted-')).length).toBe(N);
    expect(ru.length).toBe(3 * N);
    // The group's offsets were committed with the transactions: at the end of the input.
    expect(out.committed).toEqual(out.high);
    expect(out.fenced_error).not.toBeNull();
    expect(out.after_fence).toEqual(['from-b']);

    // kcat (librdkafka) with read_committed reads the same records.
    const kcat = await run(
      'kcat',
      ['-b', broker.bootstrap, '-C', '-t', 'py-out', '-o', 'beginning', '-e', '-q', '-X', 'isolation.level=read_committed', '-f', '%s\\n'],
      60_000,
    );
    const seen = kcat.split('\n').filter((l) => l.length > 0);
    expect([...seen].sort()).toEqual([...committed, ...transformed, 'from-b'].sort());
  }, 300_000);
});
