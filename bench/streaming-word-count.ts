/**
 * Streaming benchmark: records/s and client CPU per record of the
 * direct-stream word count (~1 KB lines, topics of 1, 6 and 24 partitions)
 * against a hand-written kafkajs `eachBatch` consumer counting the same
 * words, plus batch latency p50/p99 (total delay: batch time to end of
 * processing) at a steady input rate. Client CPU is given for the whole
 * process and for its main thread alone (the job's thread; the direct
 * stream fetches on a thread of its own).
 *
 *   npm run build && node --import tsx bench/streaming-word-count.ts [--lines N] [--partitions 1,6,24] [--rate R] [--seconds S] [--repeats R] [--warmup LINES] [--only throughput|direct|idiomatic|kafkajs|latency]
 *
 * Prints markdown tables. The broker runs as a child process (dist/). Both
 * consumers are timed from their first batch (group join excluded), after
 * an untimed warm-up run of each over a smaller topic (JIT).
 */
import fs from 'node:fs';
import os from 'node:os';
import { Kafka, logLevel } from 'kafkajs';
import { BenchBroker } from './broker-process.js';
import { percentile, int, fixed } from './stats.js';
import { KafkaClient, send } from '../client/index.js';
import { StreamingContext, KafkaUtils, LocationStrategies, ConsumerStrategies, type BatchInfo } from '../streaming/index.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const LINES = arg('lines', 200_000);
const PARTITIONS = (process.argv.includes('--partitions') ? process.argv[process.argv.indexOf('--partitions') + 1] : '1,6,24')
  .split(',')
  .map(Number);
const RATE = arg('rate', 5000);
const SECONDS = arg('seconds', 10);
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const VOCAB = Array.from({ length: 1000 }, (_, i) => `word${i}`);

function line(i: number): string {
  const words: string[] = [];
  let len = 0;
  for (let j = 0; len < 1000; j++) {
    const w = VOCAB[(i * 31 + j * 7) % VOCAB.length];
    words.push(w);
    len += w.length + 1;
  }
  return words.join(' ');
}

async function fill(client: KafkaClient, topic: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1000) {
    await send(
      client,
      topic,
      Array.from({ length: Math.min(1000, n - i) }, (_, j) => ({ value: line(i + j) })),
    );
  }
}

function countWords(text: string, counts: Map<string, number>): void {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 32) {
      if (i > start) {
        const w = text.slice(start, i);
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
      start = i + 1;
    }
  }
}

/** One timed consumption of the backlog. */
interface Run {
  recordsPerSec: number;
  /** CPU of this (client) process per record, all threads, µs. */
  clientCpuUs: number;
  /** CPU of the job's (main) thread per record, µs: what bounds records/s when another core is free. */
  jobThreadCpuUs: number;
  /** CPU of the broker process per record, µs. */
  brokerCpuUs: number;
}

/** CPU time of this process's main thread so far, ns (the first field of its schedstat). */
function mainThreadNs(): number {
  return Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
}

type Mark = { t: number; cpu: NodeJS.CpuUsage; mainNs: number; broker: number };

/** Marks the start of a timed run: wall clock, this process's CPU (all threads, main thread), the broker's CPU. */
function mark(): Mark {
  return { t: performance.now(), cpu: process.cpuUsage(), mainNs: mainThreadNs(), broker: broker.cpuMs() };
}

function runSince(m: Mark, n: number): Run {
  const ms = performance.now() - m.t;
  const cpu = process.cpuUsage(m.cpu);
  return {
    recordsPerSec: (n / ms) * 1000,
    clientCpuUs: (cpu.user + cpu.system) / n,
    jobThreadCpuUs: (mainThreadNs() - m.mainNs) / 1000 / n,
    brokerCpuUs: ((broker.cpuMs() - m.broker) * 1000) / n,
  };
}

/**
 * The direct-stream word count over the backlog. "partitions": mapPartitions
 * with the same countWords as the kafkajs consumer, then reduceByKey;
 * "idiomatic": Spark's flatMap(split) → map((w, 1)) → reduceByKey.
 */
async function directStream(
  bootstrap: string,
  topic: string,
  partitions: number,
  n: number,
  style: 'partitions' | 'idiomatic',
  { checkCrcs = true, fetchThread = true }: { checkCrcs?: boolean; fetchThread?: boolean } = {},
): Promise<Run> {
  const ssc = new StreamingContext(500, { conf: { 'tributary.streaming.kafka.fetchThread': fetchThread } });
  const stream = KafkaUtils.createDirectStream(
    ssc,
    LocationStrategies.PreferConsistent,
    ConsumerStrategies.Assign(
      Array.from({ length: partitions }, (_, partition) => ({ topic, partition })),
      { 'bootstrap.servers': bootstrap, 'auto.offset.reset': 'earliest', 'enable.auto.commit': false, 'check.crcs': checkCrcs },
    ),
  );
  let seen = 0;
  const totals = new Map<string, number>();
  const pairs =
    style === 'partitions'
      ? stream.mapPartitions((records) => {
          const counts = new Map<string, number>();
          for (const r of records) countWords(r.value ?? '', counts);
          return counts.entries();
        })
      : stream.flatMap((r) => (r.value ?? '').split(' ')).map((w): [string, number] => [w, 1]);
  pairs
    .reduceByKey((a, b) => a + b)
    .foreachRDD(async (rdd) => {
      for (const [w, c] of await rdd.collect()) totals.set(w, (totals.get(w) ?? 0) + c);
    });
  stream.foreachRDD((rdd) => {
    for (const r of rdd.offsetRanges) seen += r.count();
  });
  // Timed from the first batch's start (group join and the first tick excluded, as for kafkajs).
  let t0: Mark | null = null;
  ssc.addStreamingListener({ onBatchStarted: () => (t0 ??= mark()) });
  await ssc.start();
  while (seen < n) await new Promise((r) => setTimeout(r, 20));
  const run = runSince(t0!, n);
  await ssc.stop();
  return run;
}

async function kafkajsEachBatch(bootstrap: string, topic: string, n: number): Promise<Run> {
  const kafka = new Kafka({ brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `bench-kafkajs-${Date.now()}`, maxBytesPerPartition: 8 << 20 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  const counts = new Map<string, number>();
  let t0: Mark | null = null;
  let done!: () => void;
  const finished = new Promise<void>((r) => (done = r));
  await consumer.run({
    eachBatch: async ({ batch }) => {
      t0 ??= mark();
      for (const m of batch.messages) countWords(m.value?.toString() ?? '', counts);
      seen += batch.messages.length;
      if (seen >= n) done();
    },
  });
  await finished;
  const run = runSince(t0!, n);
  await consumer.disconnect();
  return run;
}

/**
 * The floor: the same countWords over the same lines from memory (UTF-8
 * bytes turned into a string, as both consumers do), no Kafka at all. No
 * consumer running the word count on one thread can beat its records/s.
 */
function wordCountFromMemory(n: number): Run {
  const lines = Array.from({ length: Math.min(n, 20_000) }, (_, i) => Buffer.from(line(i)));
  const counts = new Map<string, number>();
  const m = mark();
  for (let i = 0; i < n; i++) countWords(lines[i % lines.length].toString('utf8'), counts);
  return runSince(m, n);
}

async function latency(bootstrap: string, client: KafkaClient, topic: string): Promise<BatchInfo[]> {
  const ssc = new StreamingContext(500);
  const stream = KafkaUtils.createDirectStream(
    ssc,
    LocationStrategies.PreferConsistent,
    ConsumerStrategies.Assign(
      Array.from({ length: 6 }, (_, partition) => ({ topic, partition })),
      { 'bootstrap.servers': bootstrap, 'auto.offset.reset': 'latest', 'enable.auto.commit': false },
    ),
  );
  stream
    .flatMap((r) => (r.value ?? '').split(' '))
    .map((w): [string, number] => [w, 1])
    .reduceByKey((a, b) => a + b)
    .foreachRDD(async (rdd) => {
      await rdd.count();
    });
  const infos: BatchInfo[] = [];
  ssc.addStreamingListener({ onBatchCompleted: ({ batchInfo }) => infos.push(batchInfo) });
  await ssc.start();
  const perTick = Math.max(1, Math.round(RATE / 10));
  const end = Date.now() + SECONDS * 1000;
  let i = 0;
  while (Date.now() < end) {
    const t = Date.now();
    await send(
      client,
      topic,
      Array.from({ length: perTick }, () => ({ value: line(i++) })),
    );
    await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - t))));
  }
  await ssc.stop({ graceful: true });
  return infos.filter((b) => b.numRecords > 0);
}

const REPEATS = arg('repeats', 1);
const WARMUP = arg('warmup', 20_000);
const broker = await new BenchBroker().start();
const client = new KafkaClient({ brokers: broker.bootstrap });
const NONE: Run = { recordsPerSec: NaN, clientCpuUs: NaN, jobThreadCpuUs: NaN, brokerCpuUs: NaN };

/** The run with the median records/s. */
function medianRun(runs: Run[]): Run {
  return [...runs].sort((a, b) => a.recordsPerSec - b.recordsPerSec)[Math.floor((runs.length - 1) / 2)] ?? NONE;
}

try {
  await client.connect();
  await client.createTopics([{ topic: 'bench-steady', numPartitions: 6 }]);
  if (ONLY !== 'latency') {
    // Untimed warm-up of every consumer (JIT), so that the first timed run does not pay for it.
    if (WARMUP > 0) {
      await client.createTopics([{ topic: 'bench-warmup', numPartitions: 6 }]);
      await fill(client, 'bench-warmup', WARMUP);
      if (ONLY !== 'kafkajs' && ONLY !== 'idiomatic') await directStream(broker.bootstrap, 'bench-warmup', 6, WARMUP, 'partitions');
      if (ONLY !== 'kafkajs' && ONLY !== 'direct') await directStream(broker.bootstrap, 'bench-warmup', 6, WARMUP, 'idiomatic');
      if (ONLY !== 'direct' && ONLY !== 'idiomatic') await kafkajsEachBatch(broker.bootstrap, 'bench-warmup', WARMUP);
    }
    const rows: string[] = [];
    for (const p of PARTITIONS) {
      const topic = `bench-words-${p}`;
      await client.createTopics([{ topic, numPartitions: p }]);
      await fill(client, topic, LINES);
      // Alternating runs over the same backlog, so that load from elsewhere on the machine hits all alike.
      const directs: Run[] = [];
      const oneThreads: Run[] = [];
      const noCrcs: Run[] = [];
      const idiomatics: Run[] = [];
      const kjss: Run[] = [];
      const floors: Run[] = [];
      for (let i = 0; i < REPEATS; i++) {
        if (ONLY !== 'kafkajs' && ONLY !== 'idiomatic') directs.push(await directStream(broker.bootstrap, topic, p, LINES, 'partitions'));
        // kafkajs does not verify the batches' CRC-32C; Kafka's consumer does by default (check.crcs).
        if (ONLY !== 'kafkajs' && ONLY !== 'idiomatic')
          noCrcs.push(await directStream(broker.bootstrap, topic, p, LINES, 'partitions', { checkCrcs: false }));
        if (ONLY !== 'kafkajs' && ONLY !== 'idiomatic')
          oneThreads.push(await directStream(broker.bootstrap, topic, p, LINES, 'partitions', { fetchThread: false }));
        if (ONLY !== 'kafkajs' && ONLY !== 'direct') idiomatics.push(await directStream(broker.bootstrap, topic, p, LINES, 'idiomatic'));
        if (ONLY !== 'direct' && ONLY !== 'idiomatic') kjss.push(await kafkajsEachBatch(broker.bootstrap, topic, LINES));
        floors.push(wordCountFromMemory(LINES));
      }
      const direct = medianRun(directs);
      const noCrc = medianRun(noCrcs);
      const oneThread = medianRun(oneThreads);
      const idiomatic = medianRun(idiomatics);
      const kjs = medianRun(kjss);
      const row = (name: string, r: Run): string =>
        `| ${p} | ${name} | ${int(r.recordsPerSec)} | ${fixed(r.recordsPerSec / kjs.recordsPerSec, 2)}x | ${fixed(r.clientCpuUs, 1)} | ${fixed(kjs.clientCpuUs / r.clientCpuUs, 2)}x | ${fixed(r.jobThreadCpuUs, 1)} | ${fixed(r.brokerCpuUs, 1)} |`;
      rows.push(row('direct stream (500 ms batches), mapPartitions(countWords) → reduceByKey', direct));
      rows.push(row('the same with check.crcs=false (kafkajs does not check CRCs)', noCrc));
      rows.push(row("the same fetched on the job's thread (tributary.streaming.kafka.fetchThread=false)", oneThread));
      rows.push(row('direct stream, flatMap → map → reduceByKey', idiomatic));
      rows.push(row('kafkajs eachBatch', kjs));
      rows.push(row('no Kafka: countWords over the same lines from memory (the floor for one thread)', medianRun(floors)));
    }
    console.log(
      `\n### Streaming: direct word count vs kafkajs eachBatch (${int(LINES)} lines of ~1 KB, backlog, median of ${REPEATS}; load average ${os.loadavg()[0].toFixed(1)})\n`,
    );
    console.log(
      '| Partitions | Consumer | records/s | vs kafkajs | client CPU µs/record | kafkajs CPU / this CPU | job-thread CPU µs/record | broker CPU µs/record |',
    );
    console.log('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows) console.log(r);
  }
  if (ONLY === null || ONLY === 'latency') {
    const infos = await latency(broker.bootstrap, client, 'bench-steady');
    const delays = infos.map((b) => b.totalDelay ?? 0);
    const proc = infos.map((b) => b.processingTime ?? 0);
    console.log(
      `\n### Streaming: direct-stream batch latency at a steady ${int(RATE)} lines/s for ${SECONDS} s (flatMap → map → reduceByKey, 500 ms batches, ${infos.length} batches)\n`,
    );
    console.log('| Metric | p50 ms | p99 ms |');
    console.log('| --- | ---: | ---: |');
    console.log(`| total delay (batch time → processed) | ${int(percentile(delays, 50))} | ${int(percentile(delays, 99))} |`);
    console.log(`| processing time | ${int(percentile(proc, 50))} | ${int(percentile(proc, 99))} |`);
  }
} finally {
  client.close();
  await broker.stop();
}
