/**
 * Transactional produce on the lean client against the compiled broker (a
 * child process): throughput and per-record latency of the idempotent
 * producer and of transactions of 1, 100 and 10,000 records (latency: from
 * send() to the acknowledgement for the idempotent producer, to the end of
 * commitTransaction() for a transaction: when a read_committed consumer may
 * see it), then the end-to-end latency (send to receipt) of records in
 * 100-record transactions as a read_uncommitted and a read_committed
 * consumer see them. Prints a markdown table.
 *
 * Standalone: node --import tsx bench/transactions.ts [--records N] [--size B]
 */
import { BenchBroker } from './broker-process.js';
import { percentile } from './stats.js';
import { BatchingProducer } from '../client/batching-producer.js';
import { IdempotentSession } from '../client/producer-session.js';
import { KafkaClient, PartitionReader, TransactionalProducer } from '../client/index.js';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const RECORDS = arg('records', 100_000);
const SIZE = arg('size', 100);

interface Row {
  client: string;
  records: number;
  seconds: number;
  latencies: number[];
}

function row(r: Row): string {
  const l = r.latencies.sort((a, b) => a - b);
  const f = (x: number): string => x.toFixed(1);
  return `| ${r.client} | ${SIZE} B | ${Math.round(r.records / r.seconds).toLocaleString('en-US')} rec/s | ${f(percentile(l, 50))} | ${f(percentile(l, 99))} | ${f(percentile(l, 99.9))} |`;
}

async function idempotent(client: KafkaClient, topic: string, value: Buffer): Promise<Row> {
  const p = new BatchingProducer(client, { session: new IdempotentSession(client) });
  const latencies = new Array<number>(RECORDS);
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    let left = RECORDS;
    const sendSome = (from: number): void => {
      const to = Math.min(RECORDS, from + 1000);
      for (let i = from; i < to; i++) {
        const sent = performance.now();
        p.send(topic, null, value, (err) => {
          if (err) return reject(err);
          latencies[i] = performance.now() - sent;
          if (--left === 0) resolve();
        });
      }
      if (to < RECORDS) setImmediate(() => sendSome(to));
    };
    sendSome(0);
  });
  const seconds = (performance.now() - t0) / 1000;
  await p.close();
  return { client: 'lean, idempotent', records: RECORDS, seconds, latencies };
}

async function transactional(client: KafkaClient, topic: string, value: Buffer, size: number): Promise<Row> {
  const p = new TransactionalProducer(client, { transactionalId: `bench-${size}` });
  await p.initTransactions();
  // Transactions of one record cost a round of coordinator requests each: fewer of them.
  const records = size === 1 ? Math.min(RECORDS, 2000) : Math.max(size, Math.floor(RECORDS / size) * size);
  const latencies: number[] = [];
  const t0 = performance.now();
  for (let done = 0; done < records; done += size) {
    p.beginTransaction();
    const sent: number[] = [];
    for (let i = 0; i < size; i++) {
      sent.push(performance.now());
      p.send(topic, null, value, () => undefined);
      if ((i & 1023) === 1023) await new Promise((r) => setImmediate(r));
    }
    await p.commitTransaction();
    const end = performance.now();
    for (const s of sent) latencies.push(end - s);
  }
  const seconds = (performance.now() - t0) / 1000;
  await p.close();
  return { client: `lean, transactions of ${size.toLocaleString('en-US')}`, records, seconds, latencies };
}

/** Records in 100-record transactions, stamped with their send time, read by a consumer of `isolationLevel`. */
async function endToEnd(client: KafkaClient, topic: string, isolationLevel: number): Promise<number[]> {
  const reader = new PartitionReader(client, { maxWaitMs: 100, isolationLevel });
  reader.assign([{ topic, partition: 0 }], 'latest');
  await reader.poll();
  const p = new TransactionalProducer(client, { transactionalId: `bench-e2e-${isolationLevel}` });
  await p.initTransactions();
  const total = 5000;
  const latencies: number[] = [];
  const reading = (async () => {
    while (latencies.length < total) {
      for (const r of await reader.poll())
        latencies.push(performance.now() + performance.timeOrigin - Number(r.value!.toString('latin1', 0, 20)));
    }
  })();
  for (let done = 0; done < total; done += 100) {
    p.beginTransaction();
    for (let i = 0; i < 100; i++) {
      const v = Buffer.alloc(SIZE, 32);
      v.write(String(performance.now() + performance.timeOrigin).padEnd(20), 0, 'latin1');
      p.send(topic, null, v, () => undefined);
      // About 10,000 records/s: spread each transaction over ~10 ms.
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 1));
    }
    await p.commitTransaction();
  }
  await reading;
  await p.close();
  return latencies;
}

async function main(): Promise<void> {
  const broker = await new BenchBroker([], {
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.num.partitions': '1',
  }).start();
  const client = new KafkaClient({ brokers: broker.bootstrap });
  try {
    await client.connect();
    const topics = ['idem', 'tx1', 'tx100', 'tx10000', 'e2e-ru', 'e2e-rc'];
    await client.createTopics(topics.map((topic) => ({ topic, numPartitions: 1 })));
    const value = Buffer.alloc(SIZE, 97);
    const rows: Row[] = [];
    rows.push(await idempotent(client, 'idem', value));
    for (const size of [1, 100, 10_000]) rows.push(await transactional(client, `tx${size}`, value, size));
    console.log('| client | message size | throughput | p50 ms | p99 ms | p99.9 ms |');
    console.log('|---|---|---|---|---|---|');
    for (const r of rows) console.log(row(r));
    const ru = await endToEnd(client, 'e2e-ru', 0);
    const rc = await endToEnd(client, 'e2e-rc', 1);
    console.log('\n| consumer (100-record transactions, ~10,000 rec/s) | e2e p50 ms | p99 ms | p99.9 ms |');
    console.log('|---|---|---|---|');
    for (const [name, l] of [
      ['read_uncommitted', ru],
      ['read_committed', rc],
    ] as const) {
      l.sort((a, b) => a - b);
      console.log(`| ${name} | ${percentile(l, 50).toFixed(1)} | ${percentile(l, 99).toFixed(1)} | ${percentile(l, 99.9).toFixed(1)} |`);
    }
  } finally {
    client.close();
    await broker.stop();
  }
}

await main();
