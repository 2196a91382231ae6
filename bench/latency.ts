/**
 * Produce and end-to-end latency at fixed rates (issue 16), in Kafka's
 * terms: the project's `kafka-producer-perf-test` (bench/perf-producer.ts:
 * one record per send(), linger.ms 0, Kafka's ThroughputThrottler, latency
 * from send() to acknowledgement) at each rate, acks=1 and all, against
 * one broker and against three brokers with Debian's ZooKeeper (RF=3,
 * min.insync.replicas=2). Every run writes to a fresh one-partition topic.
 * Brokers run with their defaults (HTTP console and metrics on).
 *
 * Conditions (`--conditions`, default all):
 * - produce:    the perf test alone;
 * - e2e:        with a reader in its own process (bench/e2e-consumer.ts)
 *               long-polling the topic: send → the reader has the record;
 * - backlog:    one broker, while kcat reads a 1 GB backlog (1 KB records)
 *               from a dropped page cache flat out (bench/backlog-reader.ts);
 * - compaction: one broker, while the log cleaner compacts a 256 MB keyed
 *               topic (segment.bytes 4 MB, dirty ratio 0.01, the broker's
 *               log.cleaner.backoff.ms lowered to 100 ms so a pass starts at
 *               once); the rows say how many bytes the cleaner removed during
 *               the run.
 * backlog and compaction run at `--condition-rates` (default 20,000/s),
 * acks=all.
 *
 * Columns: the perf test's own percentiles (fractional ms, Kafka's index
 * rule), its event-loop delay max (a tail the client adds itself), and the
 * broker's event-loop delay max during the run (one broker: prom-client's
 * monitorEventLoopDelay, reset by each scrape, less its 10 ms timer
 * interval).
 *
 * Records per run: min(--records, rate × --max-seconds); the defaults
 * (100,000 and 10 s) keep the full run near 5 minutes; `--max-seconds 1e9`
 * sends --records at every rate. Standalone:
 *   node --import tsx bench/latency.ts [--quick] [--records N] [--max-seconds S]
 *     [--rates 1000,10000,20000,50000] [--acks 1,all] [--setups single,cluster]
 *     [--conditions produce,e2e,backlog,compaction] [--condition-rates 20000]
 *     [--repeats R] [--backlog-mb M] [--broker-script SCRIPT] [--before SCRIPT]
 * `--before` runs the rows on another build too (A/B; the perf test is this
 * build's for both): the single-broker rows on it first, then on this
 * build; in the cluster, both clusters run side by side and each run
 * alternates between them, so a machine whose load changes during the
 * bench weighs on both builds alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KafkaClient } from '../client/index.js';
import { encodeRecordBatch } from '../protocol/record-codec.js';
import { TestCluster } from '../test/integration/cluster-helpers.js';
import { BenchBroker, freePort } from './broker-process.js';
import { cachedBytes, dropCache, fillBacklog, produce, readWithKcat } from './backlog-reader.js';
import { runPerfProducer, type PerfRun } from './perf-producer.js';
import { startE2eReader, type E2eResult } from './e2e-consumer.js';
import { haveKcat } from './kcat.js';
import { fixed, int, median, table } from './stats.js';

type Condition = 'produce' | 'e2e' | 'backlog' | 'compaction';
type Setup = 'single' | 'cluster';

interface Options {
  records: number;
  maxSeconds: number;
  rates: number[];
  acks: ('1' | 'all')[];
  setups: Setup[];
  conditions: Condition[];
  conditionRates: number[];
  repeats: number;
  backlogMb: number;
  brokerScript: string | undefined;
  before: string | undefined;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const o: Options = {
    records: 100_000,
    maxSeconds: quick ? 3 : 10,
    rates: [1000, 10_000, 20_000, 50_000],
    acks: ['1', 'all'],
    setups: ['single', 'cluster'],
    conditions: ['produce', 'e2e', 'backlog', 'compaction'],
    conditionRates: [20_000],
    repeats: 1,
    backlogMb: quick ? 256 : 1024,
    brokerScript: undefined,
    before: undefined,
  };
  const list = (v: string | undefined): string[] => (v ?? '').split(',').filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') continue;
    else if (a === '--records') o.records = Number(val());
    else if (a === '--max-seconds') o.maxSeconds = Number(val());
    else if (a === '--rates') o.rates = list(val()).map(Number);
    else if (a === '--acks') o.acks = list(val()) as ('1' | 'all')[];
    else if (a === '--setups') o.setups = list(val()) as Setup[];
    else if (a === '--conditions') o.conditions = list(val()) as Condition[];
    else if (a === '--condition-rates') o.conditionRates = list(val()).map(Number);
    else if (a === '--repeats') o.repeats = Number(val());
    else if (a === '--backlog-mb') o.backlogMb = Number(val());
    else if (a === '--broker-script') o.brokerScript = path.resolve(val());
    else if (a === '--before') o.before = path.resolve(val());
    else throw new Error(`unknown argument ${a}`);
  }
  for (const r of [...o.rates, ...o.conditionRates]) if (!(r > 0)) throw new Error(`bad rate ${r}`);
  for (const x of o.acks) if (x !== '1' && x !== 'all') throw new Error(`--acks takes 1 and all, not ${x}`);
  return o;
}

const log = (msg: string): void => void process.stderr.write(`[latency] ${msg}\n`);

/** One row of a table: what ran and what it measured (runs pooled by median). */
interface Row {
  setup: string;
  condition: string;
  acks: string;
  rate: number;
  runs: PerfRun[];
  e2e: E2eResult[];
  brokerLoopMax: number[];
  note: string;
}

/** The broker's event-loop delay max since the previous scrape (prom-client resets it per scrape), ms beyond the 10 ms timer. */
async function brokerLoopMax(httpPort: number | null): Promise<number> {
  if (httpPort === null) return NaN;
  try {
    const text = await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
    const v = Number(/^nodejs_eventloop_lag_max_seconds ([0-9.e+-]+)$/m.exec(text)?.[1] ?? NaN);
    return Math.max(0, v * 1000 - 10);
  } catch {
    return NaN;
  }
}

/** A broker setup under test: its bootstrap, an HTTP port to scrape (one broker), and how to stop it. */
interface Target {
  name: string;
  bootstrap: string;
  httpPort: number | null;
  replication: number;
  single: BenchBroker | null;
  stop(): Promise<void>;
}

async function startSingle(script: string | undefined, extra: Record<string, string> = {}): Promise<Target> {
  const httpPort = await freePort();
  const b = new BenchBroker([], { 'http.listener': `http://127.0.0.1:${httpPort}`, ...extra }, script);
  await b.start();
  return { name: '1 broker', bootstrap: b.bootstrap, httpPort, replication: 1, single: b, stop: () => b.stop() };
}

const runningClusters = new Set<TestCluster>();
process.once('exit', () => {
  for (const c of runningClusters) {
    for (const b of c.brokers) b.child?.kill('SIGKILL');
    c.zk.child?.kill('SIGKILL');
  }
});

async function startCluster(script: string | undefined): Promise<Target> {
  // Kafka's defaults for what the test cluster shortens; the HTTP console on, as a user runs it.
  const c = await TestCluster.start(
    3,
    {
      'replica.lag.time.max.ms': '30000',
      'replica.fetch.wait.max.ms': '500',
      'replica.fetch.backoff.ms': '1000',
      'http.listener': 'http://127.0.0.1:0',
    },
    undefined,
    { script },
  );
  runningClusters.add(c);
  return {
    name: '3 brokers, RF=3',
    bootstrap: c.bootstrap().join(','),
    httpPort: null,
    replication: 3,
    single: null,
    stop: async () => {
      await c.destroy();
      runningClusters.delete(c);
    },
  };
}

let topicSeq = 0;

async function newTopic(t: Target, name: string, configs: Record<string, string> = {}): Promise<string> {
  const topic = `${name}-${++topicSeq}`;
  const client = new KafkaClient({ brokers: t.bootstrap, clientId: 'bench-latency-admin' });
  try {
    await client.connect();
    await client.createTopics([
      {
        topic,
        numPartitions: 1,
        replicationFactor: t.replication,
        configs: t.replication > 1 ? { 'min.insync.replicas': '2', ...configs } : configs,
      },
    ]);
  } finally {
    client.close();
  }
  return topic;
}

/** One perf-test run (with the e2e reader when asked) on a fresh topic. */
async function measure(
  t: Target,
  rate: number,
  acks: '1' | 'all',
  records: number,
  e2e: boolean,
): Promise<{ run: PerfRun; e2e: E2eResult | null; loop: number }> {
  const topic = await newTopic(t, `lat-${acks}-${rate}`);
  const reader = e2e ? startE2eReader(t.bootstrap, topic, 0, records) : null;
  if (reader) await reader.ready;
  await brokerLoopMax(t.httpPort);
  const run = await runPerfProducer({ bootstrap: t.bootstrap, topic, records, rate, acks });
  const loop = await brokerLoopMax(t.httpPort);
  const e = reader ? await reader.done : null;
  return { run, e2e: e, loop };
}

function rowOf(setup: string, condition: string, acks: string, rate: number, note = ''): Row {
  return { setup, condition, acks, rate, runs: [], e2e: [], brokerLoopMax: [], note };
}

/** The plain rows (produce or end to end) of one or more targets, each run alternating between the targets. */
async function plainRows(targets: Target[], o: Options, rows: Row[], e2e: boolean): Promise<void> {
  for (const acks of e2e ? (['all'] as const) : o.acks) {
    for (const rate of o.rates) {
      const own = targets.map((t) => rowOf(t.name, e2e ? 'end to end' : 'produce', acks, rate));
      for (let rep = 0; rep < o.repeats; rep++) {
        for (let i = 0; i < targets.length; i++) {
          const t = targets[i];
          const row = own[i];
          const n = Math.min(o.records, Math.round(rate * o.maxSeconds));
          log(`${t.name}: ${row.condition} acks=${acks} ${int(rate)}/s, ${int(n)} records (run ${rep + 1}/${o.repeats})`);
          const m = await measure(t, rate, acks, n, e2e);
          row.runs.push(m.run);
          if (m.e2e) row.e2e.push(m.e2e);
          row.brokerLoopMax.push(m.loop);
        }
      }
      rows.push(...own);
    }
  }
}

/** Backlog rows: kcat reads `backlog` from a dropped cache during each run. */
async function backlogRows(t: Target, o: Options, rows: Row[]): Promise<void> {
  const b = t.single!;
  const topic = await newTopic(t, 'backlog');
  log(`${t.name}: writing a ${o.backlogMb} MB backlog`);
  await fillBacklog(b, topic, o.backlogMb);
  const dir = path.join(b.dataDir, 'logs', `${topic}-0`);
  const segments = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .map((f) => path.join(dir, f));
  for (const rate of o.conditionRates) {
    const how = dropCache(segments);
    const cached = cachedBytes(segments);
    const row = rowOf(
      t.name,
      `+ kcat reading a cold ${o.backlogMb} MB backlog`,
      'all',
      rate,
      `${how}; cached at start ${fixed(cached / 1e6, 0)} MB`,
    );
    const n = Math.min(o.records, Math.round(rate * o.maxSeconds));
    log(`${t.name}: ${row.condition}, acks=all ${int(rate)}/s`);
    let readerDone = false;
    const reading = readWithKcat(t.bootstrap, topic).then(() => void (readerDone = true));
    const m = await measure(t, rate, 'all', n, false);
    row.note += readerDone ? '; kcat finished before the producer' : '; kcat still reading at the end';
    await reading;
    row.runs.push(m.run);
    row.brokerLoopMax.push(m.loop);
    rows.push(row);
  }
}

/** Compaction rows: a keyed topic with many dead records is being cleaned during each run. */
async function compactionRows(o: Options, rows: Row[]): Promise<void> {
  for (const rate of o.conditionRates) {
    const t = await startSingle(o.brokerScript, { 'log.cleaner.backoff.ms': '100' });
    try {
      const b = t.single!;
      const topic = await newTopic(t, 'compacted', {
        'cleanup.policy': 'compact',
        'segment.bytes': String(4 << 20),
        'min.cleanable.dirty.ratio': '0.01',
        'min.compaction.lag.ms': '0',
      });
      const mb = o.backlogMb >= 1024 ? 256 : 64;
      log(`${t.name}: writing ${mb} MB of keyed records (1,000 keys) to a compacted topic`);
      const c = await b.connect();
      try {
        const value = Buffer.alloc(1000, 'c');
        for (let i = 0; i < mb; i++) {
          const batch = encodeRecordBatch({ records: Array.from({ length: 1000 }, (_, k) => ({ key: `key-${k}`, value })) });
          const code = await produce(c, topic, batch);
          if (code !== 0) throw new Error(`compacted topic produce failed: error ${code}`);
        }
      } finally {
        c.close();
      }
      const size = (): number =>
        fs
          .readdirSync(path.join(b.dataDir, 'logs', `${topic}-0`))
          .reduce((n, f) => n + (f.endsWith('.log') ? fs.statSync(path.join(b.dataDir, 'logs', `${topic}-0`, f)).size : 0), 0);
      const before = size();
      const row = rowOf(t.name, `+ the log cleaner compacting ${mb} MB`, 'all', rate);
      const n = Math.min(o.records, Math.round(rate * o.maxSeconds));
      log(`${t.name}: ${row.condition}, acks=all ${int(rate)}/s`);
      const m = await measure(t, rate, 'all', n, false);
      row.note = `the cleaner removed ${fixed((before - size()) / 1e6, 0)} of ${fixed(before / 1e6, 0)} MB during the run`;
      row.runs.push(m.run);
      row.brokerLoopMax.push(m.loop);
      rows.push(row);
    } finally {
      await t.stop();
    }
  }
}

function render(rows: Row[]): string {
  const med = (xs: number[]): string => (xs.length === 0 ? '—' : fixed(median(xs), 1));
  return table(
    [
      'setup',
      'condition',
      'client',
      'size',
      'acks',
      'rate/s',
      'records/s',
      'p50 ms',
      'p99 ms',
      'p99.9 ms',
      'max ms',
      'e2e p50',
      'e2e p99',
      'e2e p99.9',
      'client loop max',
      'broker loop max',
      'requests',
      'note',
    ],
    rows.map((r) => [
      r.setup,
      r.condition,
      'kafka-producer-perf-test',
      '100 B',
      r.acks,
      int(r.rate),
      int(median(r.runs.map((x) => x.recordsPerSec))),
      med(r.runs.map((x) => x.p50)),
      med(r.runs.map((x) => x.p99)),
      med(r.runs.map((x) => x.p999)),
      med(r.runs.map((x) => x.max)),
      med(r.e2e.map((x) => x.p50)),
      med(r.e2e.map((x) => x.p99)),
      med(r.e2e.map((x) => x.p999)),
      med(r.runs.map((x) => x.clientLoopMax)),
      med(r.brokerLoopMax.filter(Number.isFinite)),
      int(median(r.runs.map((x) => x.requests))),
      r.note,
    ]),
    [false, false, false, true, false, true, true, true, true, true, true, true, true, true, true, true, true, false],
  );
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const load0 = os.loadavg()[0];
  const t0 = new Date();
  const rows: Row[] = [];
  const builds = o.before
    ? [
        { label: 'before: ', script: o.before },
        { label: '', script: o.brokerScript },
      ]
    : [{ label: '', script: o.brokerScript }];
  if (o.setups.includes('single')) {
    for (const build of builds) {
      const t = await startSingle(build.script);
      t.name = `${build.label}1 broker`;
      try {
        if (o.conditions.includes('produce')) await plainRows([t], o, rows, false);
        if (o.conditions.includes('e2e')) await plainRows([t], o, rows, true);
        if (o.conditions.includes('backlog')) {
          if (await haveKcat()) await backlogRows(t, o, rows);
          else log('kcat missing: no backlog rows');
        }
      } finally {
        await t.stop();
      }
    }
    if (o.conditions.includes('compaction')) await compactionRows(o, rows);
  }
  if (o.setups.includes('cluster')) {
    const targets: Target[] = [];
    try {
      for (const build of builds) {
        const t = await startCluster(build.script);
        t.name = `${build.label}${t.name}`;
        targets.push(t);
      }
      if (o.conditions.includes('produce')) await plainRows(targets, o, rows, false);
      if (o.conditions.includes('e2e')) await plainRows(targets, o, rows, true);
    } finally {
      for (const t of targets) await t.stop();
    }
  }
  console.log(
    [
      `### Produce and end-to-end latency at fixed rates (issue 16) — ${t0.toISOString().replace(/\.\d+Z$/, 'Z')}`,
      '',
      `\`kafka-producer-perf-test\` (this project's, Kafka's pacing), 100 B records, linger.ms=0, one partition, min(${int(o.records)}, rate × ${o.maxSeconds} s) records per run, ` +
        `median of ${o.repeats} run(s); latency from send() to acknowledgement (e2e: to a long-polling reader's receipt, whole ms). ` +
        `Loop columns: event-loop delay max (ms) of the perf test and of the broker during the run; requests: Produce requests the perf test sent. ` +
        `Node ${process.version}, ${os.cpus().length} cores; load average (1 min) ${load0.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}.`,
      '',
      render(rows),
    ].join('\n'),
  );
}

main().catch((err) => {
  console.error(`latency bench failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
