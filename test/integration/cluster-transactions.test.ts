/**
 * Transactions in a three-broker ZooKeeper cluster under failures:
 * kafkajs transactional producers commit (and now and then abort)
 * transactions of records spread over a replicated topic while first the
 * transaction coordinator of one of them, then (after it came back) a
 * leader of the data topic is killed with SIGKILL. Afterwards every
 * transaction has ended: a read_committed consumer sees every committed
 * transaction's records exactly once, none of an aborted one, all or none of
 * one whose commit outcome the producer could not learn, in commit order per
 * producer and partition, and each producer's final transaction (written
 * after the failures) is readable, so nothing before it is left open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kafka, Producer } from 'kafkajs';
import { offsetsPartitionFor } from '../../broker/group/coordinator-key.js';
import { TestCluster, metadataFrom, waitFor } from './cluster-helpers.js';

const TOPIC = 'txn-data';
const PRODUCERS = 3;
const PER_TXN = 6;

type Outcome = 'committed' | 'aborted' | 'unknown';

/** One transactional producer looping until stopped, recording each transaction's outcome. */
class TxnWorker {
  readonly outcomes = new Map<number, Outcome>();
  private producer: Producer | null = null;
  private stopped = false;
  private txnNo = 0;
  readonly loop: Promise<void>;

  constructor(
    private readonly kafka: Kafka,
    readonly id: string,
  ) {
    this.loop = this.run();
  }

  private async fresh(): Promise<Producer> {
    await this.producer?.disconnect().catch(() => {});
    const p = this.kafka.producer({ transactionalId: this.id, maxInFlightRequests: 1, idempotent: true, transactionTimeout: 20_000 });
    this.producer = null;
    await p.connect();
    this.producer = p;
    return p;
  }

  /** Runs one transaction; returns its outcome as this producer knows it. */
  async once(final = false): Promise<Outcome> {
    const n = this.txnNo++;
    const abort = !final && n % 5 === 3;
    let p = this.producer;
    try {
      p ??= await this.fresh();
    } catch {
      this.outcomes.set(n, 'aborted'); // nothing was sent
      return 'aborted';
    }
    let sent = false;
    try {
      const txn = await p.transaction();
      // One send per partition: kafkajs 2.2.4 drops the records of a partition whose leader moved
      // to a broker that already answered within the same send (its per-broker retry bookkeeping).
      for (let partition = 0; partition < 3; partition++) {
        await txn.send({
          topic: TOPIC,
          acks: -1,
          messages: Array.from({ length: PER_TXN / 3 }, (_, k) => {
            const j = partition + 3 * k;
            return { partition, value: `${this.id}:${n}:${j}${final ? ':final' : ''}` };
          }),
        });
      }
      sent = true;
      if (abort) await txn.abort();
      else await txn.commit();
      this.outcomes.set(n, abort ? 'aborted' : 'committed');
    } catch {
      // The outcome of a commit that failed midway is unknown; a send that failed leaves an open transaction, which the next instance aborts.
      this.outcomes.set(n, sent && !abort ? 'unknown' : 'aborted');
      await this.producer?.disconnect().catch(() => {});
      this.producer = null;
    }
    return this.outcomes.get(n)!;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      const r = await this.once();
      if (r !== 'committed') await new Promise((res) => setTimeout(res, 200));
    }
  }

  /** Stops the loop, then commits one final transaction (retrying until it commits). */
  async finish(): Promise<void> {
    this.stopped = true;
    await this.loop;
    for (let i = 0; i < 30; i++) {
      if ((await this.once(true)) === 'committed') break;
      await new Promise((res) => setTimeout(res, 500));
    }
    await this.producer?.disconnect().catch(() => {});
  }
}

describe('cluster: transactions survive kill -9 of the coordinator and of a partition leader', () => {
  let c: TestCluster;

  beforeAll(async () => {
    c = await TestCluster.start(3, {
      'transaction.state.log.replication.factor': '3',
      'transaction.state.log.num.partitions': '3',
      'transaction.state.log.min.isr': '2',
      'transaction.abort.timed.out.transaction.cleanup.interval.ms': '1000',
    });
  }, 180_000);

  afterAll(async () => {
    await c?.destroy();
  });

  it('every transaction ends committed or aborted; read_committed sees exactly the committed records once, in order', async () => {
    const kafka = c.kafka();
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic: TOPIC, numPartitions: 3, replicationFactor: 3, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }],
    });
    const workers = Array.from({ length: PRODUCERS }, (_, i) => new TxnWorker(kafka, `ctx-${i}`));
    const committed = (): number => workers.reduce((n, w) => n + [...w.outcomes.values()].filter((o) => o === 'committed').length, 0);
    await waitFor('20 committed transactions', 90_000, () => committed() >= 20);

    // 1. The coordinator of ctx-0 dies.
    const txnState = await metadataFrom(c.bootstrap()[0], '__transaction_state');
    expect(txnState.partitions).toHaveLength(3);
    for (const p of txnState.partitions) expect(p.replicas).toHaveLength(3);
    const coordinator = txnState.partitions[offsetsPartitionFor('ctx-0', 3)]!.leader;
    const before = committed();
    await c.brokers[coordinator]!.kill('SIGKILL');
    await waitFor('15 more committed transactions after the coordinator died', 120_000, () => committed() >= before + 15);

    // 2. It comes back; then a leader of the data topic dies.
    await c.brokers[coordinator]!.start();
    await c.ready();
    await waitFor('the restarted broker back in every ISR', 60_000, async () => {
      const md = await metadataFrom(c.bootstrap()[0], TOPIC);
      return md.partitions.every((p) => p.isr.includes(coordinator));
    });
    const leader = (await metadataFrom(c.bootstrap()[0], TOPIC)).partitions[1]!.leader;
    const before2 = committed();
    await c.brokers[leader]!.kill('SIGKILL');
    await waitFor('15 more committed transactions after the partition leader died', 120_000, () => committed() >= before2 + 15);

    await Promise.all(workers.map((w) => w.finish()));
    for (const w of workers) expect([...w.outcomes.values()].pop(), `${w.id}'s final transaction`).toBe('committed');

    // Read everything with read_committed until each producer's final transaction is seen (all 3 partitions).
    const reader = c.kafka('reader').consumer({ groupId: 'txn-reader', maxWaitTimeInMs: 100, readUncommitted: false });
    const byPartition = new Map<number, string[]>();
    let finals = 0;
    await reader.connect();
    await reader.subscribe({ topic: TOPIC, fromBeginning: true });
    await reader.run({
      eachMessage: async ({ partition, message }) => {
        const v = message.value!.toString();
        if (!byPartition.has(partition)) byPartition.set(partition, []);
        byPartition.get(partition)!.push(v);
        if (v.endsWith(':final')) finals++;
      },
    });
    await waitFor('the final transaction of every producer', 120_000, () => finals >= PRODUCERS * PER_TXN);
    await new Promise((r) => setTimeout(r, 1000)); // a duplicate or a late record would show up now
    await reader.disconnect();
    await admin.disconnect();

    // Per transaction: which of its records were seen, and how often.
    const problems: string[] = [];
    const seen = new Map<string, number>();
    for (const [partition, values] of byPartition) {
      const lastTxn = new Map<string, number>();
      for (const v of values) {
        seen.set(v, (seen.get(v) ?? 0) + 1);
        const [id, n] = v.split(':');
        const no = Number(n);
        // In commit order per producer and partition.
        if (no < (lastTxn.get(id!) ?? -1)) problems.push(`${v} on partition ${partition} after transaction ${lastTxn.get(id!)}`);
        lastTxn.set(id!, no);
      }
    }
    for (const [v, count] of seen) if (count !== 1) problems.push(`${v} read ${count} times`);
    let checked = 0;
    for (const w of workers) {
      for (const [n, outcome] of w.outcomes) {
        const suffix = n === Math.max(...w.outcomes.keys()) ? ':final' : '';
        const count = Array.from({ length: PER_TXN }, (_, j) => seen.has(`${w.id}:${n}:${j}${suffix}`)).filter(Boolean).length;
        const ok = outcome === 'committed' ? count === PER_TXN : outcome === 'aborted' ? count === 0 : count === 0 || count === PER_TXN;
        if (!ok) problems.push(`${w.id} transaction ${n} (${outcome}): ${count} of ${PER_TXN} records read`);
        checked++;
      }
    }
    expect(problems, c.output()).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  }, 600_000);
});
