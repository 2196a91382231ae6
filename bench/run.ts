/**
 * `npm run bench`: throughput, latency, start time and idle memory of one
 * Tributary broker (the compiled dist/, as a child process, one partition
 * per topic) driven by kcat and kafkajs on this machine. Tables go to stdout
 * (markdown), progress to stderr.
 *
 * Flags (or env):
 *   --quick                 a fast smoke run (BENCH_QUICK=1)
 *   --messages N            kcat 100 B message count, default 1,000,000
 *                           (BENCH_MESSAGES); the other rows scale from it
 *   --only kcat|kafkajs     one client only
 *   --starts K              broker starts timed for the start table, default 5
 *   --repeats R             kcat runs per row (the median is shown), default 3
 *   --cpu-prof DIR          run the load broker with --cpu-prof into DIR
 *   --kcat-consume-args "…" extra kcat -C arguments (default raises
 *                           fetch.message.max.bytes to 4 MB)
 *   --broker-script PATH    benchmark another build's dist/cli/kafka-server-start.js
 *                           (before/after comparisons with the same clients)
 *   --no-extras             only the start and throughput tables (no streaming,
 *                           SQL, cold-fetch or cluster sections)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchBroker, ROOT, freePort } from './broker-process.js';
import { haveKcat, inputFile, kcatConsume, kcatProduce } from './kcat.js';
import { brokerHasGroups, kafkajsConsumeFetchLoop, kafkajsConsumeGroup, kafkajsLatency, kafkajsProduce, kafkajsWarmUp } from './kafkajs.js';
import { fixed, int, mbPerSec, median, msgsPerSec, percentile, table, type Measurement } from './stats.js';

interface Options {
  quick: boolean;
  messages: number;
  only: 'kcat' | 'kafkajs' | null;
  starts: number;
  cpuProf: string | null;
  kcatConsumeArgs: string[];
  repeats: number;
  brokerScript: string | undefined;
  extras: boolean;
}

function parseOptions(argv: string[]): Options {
  const o: Options = {
    quick: process.env.BENCH_QUICK === '1',
    messages: Number(process.env.BENCH_MESSAGES ?? 0),
    only: null,
    starts: 0,
    cpuProf: null,
    kcatConsumeArgs: ['-X', 'fetch.message.max.bytes=4194304'],
    repeats: 0,
    brokerScript: undefined,
    extras: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--messages') o.messages = Number(val());
    else if (a === '--only') {
      const v = val();
      if (v !== 'kcat' && v !== 'kafkajs') throw new Error(`--only kcat|kafkajs, not ${v}`);
      o.only = v;
    } else if (a === '--starts') o.starts = Number(val());
    else if (a === '--repeats') o.repeats = Number(val());
    else if (a === '--cpu-prof') o.cpuProf = path.resolve(val());
    else if (a === '--kcat-consume-args') o.kcatConsumeArgs = val().split(/\s+/).filter(Boolean);
    else if (a === '--broker-script') o.brokerScript = path.resolve(val());
    else if (a === '--no-extras') o.extras = false;
    else if (a === '-h' || a === '--help') {
      console.log(
        'usage: npm run bench -- [--quick] [--messages N] [--only kcat|kafkajs] [--starts K] [--repeats R] [--cpu-prof DIR] [--kcat-consume-args "..."] [--broker-script PATH] [--no-extras]',
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  if (!(o.messages > 0)) o.messages = o.quick ? 100_000 : 1_000_000;
  if (!(o.starts > 0)) o.starts = o.quick ? 2 : 5;
  if (!(o.repeats > 0)) o.repeats = o.quick ? 1 : 3;
  return o;
}

const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Row {
  client: string;
  size: number;
  acks: 1 | -1;
  produce: Measurement;
  consume: Measurement;
  latency: Measurement;
}

interface StartStats {
  listens: number[];
  starts: number[];
  rss: number[];
}

async function timeStarts(o: Options, http: boolean): Promise<StartStats> {
  const st: StartStats = { listens: [], starts: [], rss: [] };
  for (let i = 0; i < o.starts; i++) {
    const config: Record<string, string> = http ? { 'http.listener': `http://127.0.0.1:${await freePort()}` } : {};
    const b = new BenchBroker([], config, o.brokerScript);
    try {
      await b.start();
      st.starts.push(b.startMs);
      st.listens.push(b.listenMs);
      await sleep(2000);
      st.rss.push(b.rssMb());
    } finally {
      await b.stop();
    }
    log(
      `start ${i + 1}/${o.starts} (${http ? 'HTTP console on' : 'http.listener=none'}): listening ${b.listenMs.toFixed(0)} ms, metadata ${b.startMs.toFixed(0)} ms, idle RSS ${st.rss[st.rss.length - 1]?.toFixed(1)} MB`,
    );
  }
  return st;
}

async function startTable(o: Options): Promise<string> {
  const rows: string[][] = [];
  for (const http of [true, false]) {
    const st = await timeStarts(o, http);
    const what = http ? 'defaults (HTTP console on)' : 'http.listener=none';
    const row = (name: string, xs: number[], digits: number, target: string, met: boolean | null): string[] => [
      `${name}, ${what}`,
      fixed(median(xs), digits),
      fixed(Math.min(...xs), digits),
      fixed(Math.max(...xs), digits),
      target,
      met === null ? '' : met ? 'yes' : 'NO',
    ];
    rows.push(row('spawn → port accepts (ms)', st.listens, 0, '', null));
    rows.push(row('spawn → Metadata answered (ms)', st.starts, 0, '≤ 500', median(st.starts) <= 500));
    rows.push(row('idle RSS 2 s after start (MB)', st.rss, 1, '< 100', median(st.rss) < 100));
  }
  rows.push(['reference: `node -e 0`, spawn → exit (ms)', fixed(await nodeStartMs(), 0), '', '', '', '']);
  return table(['measure', 'median', 'min', 'max', 'target', 'met'], rows, [false, true, true, true, true, false]);
}

async function nodeStartMs(): Promise<number> {
  const { spawnSync } = await import('node:child_process');
  const xs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

/** Runs `fn` and records the broker CPU it cost. */
async function withCpu(b: BenchBroker, fn: () => Promise<Measurement>): Promise<Measurement> {
  const before = b.cpuMs();
  const m = await fn();
  m.brokerCpuMs = b.cpuMs() - before;
  return m;
}

/** The run with the median msgs/s. */
function medianRun(ms: Measurement[]): Measurement {
  const sorted = [...ms].sort((a, b) => msgsPerSec(a) - msgsPerSec(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

async function runKcat(b: BenchBroker, o: Options, size: number, acks: 1 | -1, n: number): Promise<Row> {
  const file = inputFile(n, size);
  const produces: Measurement[] = [];
  const consumes: Measurement[] = [];
  for (let rep = 0; rep < o.repeats; rep++) {
    const topic = `kcat-${size}-${acks === -1 ? 'all' : '1'}-${rep}`;
    await b.createTopic(topic);
    log(`kcat produce ${int(n)} x ${size} B acks=${acks === -1 ? 'all' : 1} (run ${rep + 1}/${o.repeats})`);
    produces.push(await withCpu(b, () => kcatProduce(b.bootstrap, topic, file, n, size, acks)));
    const end = await b.endOffset(topic);
    if (end !== n) throw new Error(`${topic}: log end offset ${end} after producing ${n}`);
    log(`kcat consume ${int(n)}`);
    consumes.push(await withCpu(b, () => kcatConsume(b.bootstrap, topic, n, size, o.kcatConsumeArgs)));
  }
  const produce = medianRun(produces);
  return { client: 'kcat', size, acks, produce, consume: medianRun(consumes), latency: produce };
}

/** Untimed kcat produce and consume so the broker's JIT is warm before the first timed row. */
async function warmUp(b: BenchBroker, o: Options): Promise<void> {
  const n = 200_000;
  const file = inputFile(n, 100);
  await b.createTopic('warmup');
  log('warm-up (untimed)');
  await kcatProduce(b.bootstrap, 'warmup', file, n, 100, -1);
  await kcatConsume(b.bootstrap, 'warmup', n, 100, o.kcatConsumeArgs);
}

async function runKafkajs(b: BenchBroker, size: number, acks: 1 | -1, n: number, latencySends: number, groups: boolean): Promise<Row> {
  const topic = `kafkajs-${size}-${acks === -1 ? 'all' : '1'}`;
  await b.createTopic(topic);
  await b.createTopic(`${topic}-latency`);
  log(`kafkajs produce ${int(n)} x ${size} B acks=${acks === -1 ? 'all' : 1}`);
  await kafkajsWarmUp(b.bootstrap, `${topic}-latency`, size, acks);
  const produce = await withCpu(b, () => kafkajsProduce(b.bootstrap, topic, n, size, acks));
  const end = await b.endOffset(topic);
  if (end !== n) throw new Error(`${topic}: log end offset ${end} after producing ${n}`);
  log(`kafkajs consume ${int(n)}`);
  const consume = await withCpu(b, () =>
    groups ? kafkajsConsumeGroup(b.bootstrap, topic, n, size) : kafkajsConsumeFetchLoop(b.port, topic, n, size),
  );
  log(`kafkajs latency ${latencySends} sends`);
  const latency = await kafkajsLatency(b.bootstrap, `${topic}-latency`, latencySends, size, acks);
  return { client: 'kafkajs', size, acks, produce, consume, latency };
}

function throughputTable(rows: Row[]): string {
  return table(
    [
      'client',
      'size',
      'acks',
      'messages',
      'produce msgs/s',
      'produce MB/s',
      'consume msgs/s',
      'consume MB/s',
      'latency p50 ms',
      'latency p99 ms',
      'broker CPU ms P/C',
    ],
    rows.map((r) => [
      r.client,
      r.size >= 1000 ? `${r.size / 1000} KB` : `${r.size} B`,
      r.acks === -1 ? 'all' : '1',
      int(r.produce.messages),
      int(msgsPerSec(r.produce)),
      fixed(mbPerSec(r.produce), 1),
      int(msgsPerSec(r.consume)),
      fixed(mbPerSec(r.consume), 1),
      fixed(percentile(r.latency.latencies, 50), 2),
      fixed(percentile(r.latency.latencies, 99), 2),
      `${fixed(r.produce.brokerCpuMs ?? NaN, 0)} / ${fixed(r.consume.brokerCpuMs ?? NaN, 0)}`,
    ]),
    [false, true, false, true, true, true, true, true, true, true, true],
  );
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const loadStart = os.loadavg()[0];
  if (!fs.existsSync(path.join(ROOT, 'dist/cli/kafka-server-start.js'))) throw new Error('dist/ is missing: run npm run build first');
  const n100 = o.messages;
  const counts = {
    kcat100: n100,
    kcat1k: Math.max(1000, Math.round(n100 / 5)),
    kafkajs100: Math.max(1000, Math.round(n100 / 5)),
    kafkajs1k: Math.max(1000, Math.round(n100 / 20)),
    latency: o.quick ? 300 : 2000,
  };
  const kcatOk = o.only !== 'kafkajs' && (await haveKcat());
  if (o.only !== 'kafkajs' && !kcatOk) log('kcat not found: skipping the kcat rows (apt-get install kcat)');

  if (kcatOk) {
    log('writing kcat input files');
    inputFile(counts.kcat100, 100);
    inputFile(counts.kcat1k, 1000);
  }
  log(`broker start: ${o.starts} runs each with and without the HTTP console`);
  const starts = await startTable(o);

  const broker = new BenchBroker(o.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', o.cpuProf] : [], {}, o.brokerScript);
  await broker.start();
  const rows: Row[] = [];
  let groups = false;
  let rssAfter = NaN;
  try {
    if (kcatOk) {
      await warmUp(broker, o);
      for (const size of [100, 1000]) {
        for (const acks of [1, -1] as const) rows.push(await runKcat(broker, o, size, acks, size === 100 ? counts.kcat100 : counts.kcat1k));
      }
    }
    if (o.only !== 'kcat') {
      groups = await brokerHasGroups(broker.port);
      for (const size of [100, 1000]) {
        for (const acks of [1, -1] as const) {
          rows.push(await runKafkajs(broker, size, acks, size === 100 ? counts.kafkajs100 : counts.kafkajs1k, counts.latency, groups));
        }
      }
    }
  } finally {
    rssAfter = broker.rssMb();
    await broker.stop();
  }

  const when = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const out: string[] = [];
  out.push(`## Tributary benchmark — ${when}${o.quick ? ' (--quick)' : ''}${o.brokerScript ? ` — broker ${o.brokerScript}` : ''}`);
  out.push('');
  out.push(
    `Node ${process.version}, ${os.cpus().length} cores, loopback, one broker, one partition per topic, log on ${os.tmpdir()}. ` +
      `Load average (1 min) at start ${loadStart.toFixed(2)}, at end ${os.loadavg()[0].toFixed(2)}: other processes on the machine skew the numbers.`,
  );
  out.push('');
  out.push('### Broker start and memory');
  out.push('');
  out.push(starts);
  out.push('');
  if (rows.length > 0) {
    out.push('### Throughput and produce latency');
    out.push('');
    out.push(throughputTable(rows));
    out.push('');
    out.push(`Broker RSS after the run: ${rssAfter.toFixed(0)} MB.`);
    out.push('');
    out.push(
      '- MB/s counts message values only (10^6 bytes). Broker CPU: CPU time of the broker process (all threads) during the produce / consume run.',
    );
    if (kcatOk) {
      out.push(
        `- kcat rows: the median of ${o.repeats} run(s) after an untimed warm-up; produce: \`kcat -P -l file\` (linger.ms=5, batch.num.messages=10000), wall time of the process, log end offset checked; latency = RTT of each Produce request under that load (librdkafka protocol debug log).`,
      );
      out.push(
        `- kcat consume: \`kcat -C -o 0 -e -c N ${o.kcatConsumeArgs.join(' ')}\` into /dev/null, wall time of the process, end offset checked.`,
      );
    }
    if (o.only !== 'kcat') {
      out.push('- kafkajs produce: producer.send of 1000 messages per call, 4 calls in flight; latency = one-message sends, each awaited.');
      out.push(
        groups
          ? '- kafkajs consume: the kafkajs consumer (eachBatch), timed from the first batch.'
          : "- kafkajs consume: the broker has no consumer groups yet, so a Fetch v11 loop with kafkajs consumer defaults (max_bytes 10 MB, partition 1 MB), every response decoded by kafkajs's own Fetch v11 decoder into its message objects.",
      );
    }
    const target = rows.filter((r) => r.client === 'kcat' && r.size === 100);
    if (target.length > 0 && counts.kcat100 === 1_000_000) {
      const all = target.find((r) => r.acks === -1)!;
      const best = Math.min(...target.map((r) => msgsPerSec(r.consume)));
      out.push('');
      out.push('### Targets (issue 2: one broker, one partition, 1,000,000 x 100 B with kcat)');
      out.push('');
      out.push(
        table(
          ['target', 'measured', 'met'],
          [
            ['produce ≥ 1,000,000 msgs/s, acks=all', int(msgsPerSec(all.produce)), msgsPerSec(all.produce) >= 1e6 ? 'yes' : 'NO'],
            ['consume ≥ 1,000,000 msgs/s', `${int(best)} (slower of the two rows)`, best >= 1e6 ? 'yes' : 'NO'],
          ],
          [false, true, false],
        ),
      );
    }
  }
  if (o.extras && o.only !== 'kcat') {
    // Streaming direct word count vs kafkajs eachBatch, and batch latency p50/p99 at a steady rate (its own broker).
    log('streaming: direct-stream word count vs kafkajs eachBatch, batch latency');
    const { execFileSync } = await import('node:child_process');
    const args = o.quick ? ['--lines', '50000', '--seconds', '5'] : ['--repeats', '3'];
    out.push(
      execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/streaming-word-count.ts'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      }).trim(),
    );
  }
  if (o.extras && o.only !== 'kcat') {
    // Import time and RSS of tributary/streaming in fresh processes (issue 10: heavy parts load on first use).
    log('streaming: import cost of tributary/streaming');
    const { execFileSync } = await import('node:child_process');
    out.push(
      '',
      execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/streaming-import.ts'), '--repeats', o.quick ? '5' : '11'], {
        cwd: ROOT,
        encoding: 'utf8',
      }).trim(),
    );
  }
  if (o.extras && o.only !== 'kcat') {
    // Issue 14: the SQL engine of the streaming SQL session (DuckDB) against alasql and sql.js on a 1M-row group-by.
    log('streaming SQL: DuckDB vs alasql vs sql.js, 1,000,000-row aggregation');
    const { execFileSync } = await import('node:child_process');
    out.push(
      '',
      execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/sql-engines.ts'), ...(o.quick ? ['--quick'] : [])], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      }).trim(),
    );
  }
  if (o.extras) {
    // Issue 15: the log collection agent (exec / taildir → file channel → kafka sink), its own broker and agent processes.
    log('agent: exec and taildir → file channel → kafka sink');
    const { execFileSync } = await import('node:child_process');
    try {
      out.push(
        '',
        execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/agent-throughput.ts'), ...(o.quick ? ['--quick'] : [])], {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        }).trim(),
      );
    } catch (err) {
      out.push('', `### Agent throughput (issue 15): FAILED, see stderr (${(err as Error).message.split('\n')[0]})`);
    }
  }
  if (o.extras && kcatOk) {
    // Issue 10: a cold-cache backlog read by kcat beside a steady produce (bench/cold-fetch.ts, its own broker).
    log('cold backlog fetch beside a steady produce');
    const { execFileSync } = await import('node:child_process');
    try {
      out.push(
        '',
        execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/cold-fetch.ts'), ...(o.quick ? ['--quick'] : [])], {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        }).trim(),
      );
    } catch (err) {
      out.push('', `### Cold backlog fetch (issue 10): FAILED, see stderr (${(err as Error).message.split('\n')[0]})`);
    }
  }
  if (o.extras && kcatOk) {
    // Issue 6: ZooKeeper + 3 brokers, RF=3, kcat acks=all, and failover after kill -9 of the leader (bench/cluster.ts, its own processes).
    log('cluster: ZooKeeper + 3 brokers, RF=3, acks=all; failover after kill -9 of the leader');
    const { execFileSync } = await import('node:child_process');
    const args = ['--messages', String(n100), '--repeats', String(o.repeats), ...(o.quick ? ['--quick'] : [])];
    try {
      out.push(
        '',
        execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/cluster.ts'), ...args], {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 1 << 24,
        }).trim(),
      );
    } catch (err) {
      out.push('', `### Cluster (issue 6): FAILED, see stderr (${(err as Error).message.split('\n')[0]})`);
    }
  }
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(`bench failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
