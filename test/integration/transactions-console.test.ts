/**
 * Transaction metrics and console (issue 11) against a broker process: an
 * open transaction shows as ongoing in /metrics (tributary_transactions_ongoing,
 * the partition's LSO lag and open producers) and in the console API
 * (/api/transactions: state, producer id and epoch, partitions, age;
 * /api/topics/:name: last stable offset and LSO lag per partition); a commit,
 * an abort and a timeout move the completion counters and the partition's
 * aborted count, and the LSO lag falls back to 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { BrokerProcess, freePort } from './harness.js';
import { SHOTS, launchChromium } from './console-helpers.js';
import { KafkaClient, TransactionalProducer } from '../../client/index.js';

interface TxnJson {
  transactionalId: string;
  coordinator: number;
  state: string;
  producerId: number;
  producerEpoch: number;
  ageMs: number | null;
  topics: { topic: string; partitions: number[] }[];
}
interface TxnsJson {
  transactions: TxnJson[];
  completions: { committed: number; aborted: number; timedOut: number };
}
interface TopicJson {
  partitionDetails: { partition: number; highWatermark: number; lastStableOffset: number; lsoLag: number }[];
}

describe('transaction metrics and console', () => {
  let broker: BrokerProcess;
  let client: KafkaClient;
  let base = '';

  beforeAll(async () => {
    const httpPort = await freePort();
    broker = await new BrokerProcess({
      config: {
        'http.listener': `http://127.0.0.1:${httpPort}`,
        'transaction.state.log.replication.factor': '1',
        'transaction.state.log.num.partitions': '2',
        'transaction.abort.timed.out.transaction.cleanup.interval.ms': '200',
      },
    }).start();
    base = `http://127.0.0.1:${httpPort}`;
    client = new KafkaClient({ brokers: broker.bootstrap });
    await client.connect();
    await client.createTopics([
      { topic: 'tm', numPartitions: 1 },
      { topic: 'tm-other', numPartitions: 1 },
      { topic: 'tm-ab', numPartitions: 1 },
    ]);
  });

  afterAll(async () => {
    client?.close();
    await broker?.destroy();
  });

  const metrics = async (): Promise<string> => (await fetch(`${base}/metrics`)).text();
  /** The value of one sample line (`name{labels} value`), or NaN when absent. */
  const sample = (text: string, series: string): number => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? Number.NaN : Number(line.slice(series.length + 1));
  };
  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${base}${path}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    return (await res.json()) as T;
  };
  const until = async <T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = await read();
      if (ok(v)) return v;
      if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(v).slice(0, 2000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  it('an open transaction is ongoing in /metrics and the console API; commit and abort move the counters', async () => {
    const p = new TransactionalProducer(client, { transactionalId: 'tm-writer' });
    await p.initTransactions();
    p.beginTransaction();
    for (let i = 0; i < 4; i++) await p.sendAsync('tm', null, Buffer.from(`open-${i}`));
    await p.flush();

    let m = await until('ongoing in /metrics', metrics, (t) => sample(t, 'tributary_transactions_ongoing') === 1);
    expect(sample(m, 'tributary_transactions{state="Ongoing"}')).toBe(1);
    expect(sample(m, 'tributary_partition_lso_lag{topic="tm",partition="0"}')).toBe(4);
    expect(sample(m, 'tributary_partition_lso_lag{topic="tm-other",partition="0"}')).toBe(0);
    expect(sample(m, 'tributary_partition_ongoing_transactions{topic="tm",partition="0"}')).toBe(1);
    expect(sample(m, 'tributary_transactions_committed_total')).toBe(0);

    const listed = await api<TxnsJson>('/api/transactions');
    const t = listed.transactions.find((x) => x.transactionalId === 'tm-writer');
    expect(t).toMatchObject({ state: 'Ongoing', coordinator: 0, producerEpoch: 0, topics: [{ topic: 'tm', partitions: [0] }] });
    expect(t!.producerId).toBeGreaterThanOrEqual(0);
    expect(t!.ageMs).not.toBeNull();
    expect(t!.ageMs!).toBeGreaterThanOrEqual(0);
    const topic = await api<TopicJson>('/api/topics/tm');
    expect(topic.partitionDetails[0]).toMatchObject({ highWatermark: 4, lastStableOffset: 0, lsoLag: 4 });
    expect((await api<TopicJson>('/api/topics/tm-other')).partitionDetails[0]).toMatchObject({ lsoLag: 0 });

    // The console in a browser: the transactions page lists the open one, the topic page shows its LSO lag.
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${base}/transactions`);
      const row = page.locator('tr[data-txn="tm-writer"]');
      await row.waitFor({ timeout: 20_000 });
      expect(await row.getAttribute('data-state')).toBe('Ongoing');
      expect(await row.textContent()).toContain('tm: 0');
      await page.screenshot({ path: path.join(SHOTS, 'transactions.png'), fullPage: true });
      await page.goto(`${base}/topics/tm`);
      const lag = page.locator('tr[data-partition="0"] [data-testid="lso-lag"]');
      await lag.waitFor({ timeout: 20_000 });
      expect(await lag.textContent()).toBe('4');
    } finally {
      await browser.close();
    }

    await p.commitTransaction();
    m = await until('committed in /metrics', metrics, (x) => sample(x, 'tributary_transactions_committed_total') === 1);
    expect(sample(m, 'tributary_transactions_ongoing')).toBe(0);
    expect(sample(m, 'tributary_partition_lso_lag{topic="tm",partition="0"}')).toBe(0);
    expect(sample(m, 'tributary_transactions{state="CompleteCommit"}')).toBe(1);
    const after = await api<TxnsJson>('/api/transactions');
    expect(after.transactions.find((x) => x.transactionalId === 'tm-writer')).toMatchObject({ state: 'CompleteCommit', ageMs: null });
    expect(after.completions).toEqual({ committed: 1, aborted: 0, timedOut: 0 });

    p.beginTransaction();
    await p.sendAsync('tm-ab', null, Buffer.from('aborted'));
    await p.flush();
    await p.abortTransaction();
    m = await until('aborted in /metrics', metrics, (x) => sample(x, 'tributary_transactions_aborted_total') === 1);
    expect(sample(m, 'tributary_partition_aborted_transactions_total{topic="tm-ab",partition="0"}')).toBe(1);
    expect(sample(m, 'tributary_partition_aborted_transactions_total{topic="tm",partition="0"}')).toBe(0);
    expect(sample(m, 'tributary_partition_lso_lag{topic="tm-ab",partition="0"}')).toBe(0);
    await p.close();
  });

  it('a transaction that outlives its timeout is aborted and counted as timed out', async () => {
    const p = new TransactionalProducer(client, { transactionalId: 'tm-slow', transactionTimeoutMs: 1000 });
    await p.initTransactions();
    p.beginTransaction();
    await p.sendAsync('tm-other', null, Buffer.from('left open'));
    await p.flush();
    await until(
      'the open transaction listed',
      () => api<TxnsJson>('/api/transactions'),
      (x) => x.transactions.some((t) => t.transactionalId === 'tm-slow' && t.state === 'Ongoing'),
    );
    const m = await until('timed out in /metrics', metrics, (x) => sample(x, 'tributary_transactions_timed_out_total') === 1);
    const listed = await until(
      'the timed-out transaction aborted',
      () => api<TxnsJson>('/api/transactions'),
      (x) => x.transactions.some((t) => t.transactionalId === 'tm-slow' && t.state === 'CompleteAbort'),
    );
    expect(listed.completions.timedOut).toBe(1);
    expect(sample(m, 'tributary_transactions_ongoing')).toBeLessThanOrEqual(1);
    // The abort fenced the producer (epoch bumped): it cannot go on.
    expect(listed.transactions.find((t) => t.transactionalId === 'tm-slow')!.producerEpoch).toBe(1);
    await p.close().catch(() => undefined);
  });
});
