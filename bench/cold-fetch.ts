/**
 * Cold-cache backlog fetch beside a steady produce (issue 10): does a
 * consumer reading a large backlog from disk raise the produce latency of
 * the same broker?
 *
 * One broker (the compiled dist/, its own data dir). A `backlog` topic gets
 * `--backlog-mb` of 1 KB records (acks=1, 1 MB requests); then the page
 * cache is dropped (`sync; echo 1 > /proc/sys/vm/drop_caches` as root, else
 * posix_fadvise(DONTNEED) of the backlog's segment files through python3,
 * else the run says the backlog is warm), and `fincore` reports how much of
 * it is still cached. A steady producer sends `--rate` records/s of
 * `--record-bytes` to a `steady` topic, acks=1, one Produce request every
 * `--interval-ms` on one connection (pipelined: a request goes out on
 * schedule whether or not the previous one was answered). Its latency is
 * taken from the moment the request was due to go out (or went out, when
 * a timer fired early) until its response, so a stall of the broker or of
 * this process counts in full (no coordinated omission). The broker's own
 * event-loop delay comes from its /metrics (prom-client's
 * monitorEventLoopDelay, reset on every scrape: one scrape per phase).
 *
 * A round, three phases: steady produce alone for `--seconds`; then, the
 * cache dropped again, steady produce while kcat reads the whole backlog
 * flat out; then, dropped again, while a Fetch loop reads it at
 * `--paced-mbps` (bench/backlog-reader.ts; each reader in its own process).
 * `--rounds` rounds (default 3), latencies pooled per phase. Printed: one
 * table row per phase with the produce latency p50/p99/p99.9/max, the
 * broker's event-loop delay max per run and the reader's MB/s per run.
 * `--before DIR/dist/cli/kafka-server-start.js` runs another build first
 * (e.g. one with synchronous segment reads) under the same conditions.
 *
 * Standalone: node --import tsx bench/cold-fetch.ts [--quick] [--backlog-mb N]
 *   [--rate R] [--record-bytes B] [--interval-ms I] [--seconds S] [--rounds K]
 *   [--paced-mbps M] [--before SCRIPT] [--broker-script SCRIPT]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeRecordBatch } from '../protocol/record-codec.js';
import type { Connection } from '../client/index.js';
import { BenchBroker, freePort } from './broker-process.js';
import { cachedBytes, dropCache, fillBacklog, produce, readPaced, readWithKcat } from './backlog-reader.js';
import { fixed, int, percentile, table } from './stats.js';

interface Options {
  backlogMb: number;
  rate: number;
  recordBytes: number;
  intervalMs: number;
  seconds: number;
  rounds: number;
  /** Pace of the second reader, MB/s. */
  pacedMbps: number;
  brokerScript: string | null;
  /** Another build's broker script, run first for a before/after comparison. */
  before: string | null;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const o: Options = {
    backlogMb: quick ? 256 : 1024,
    rate: 10_000,
    recordBytes: 100,
    intervalMs: 5,
    seconds: quick ? 8 : 15,
    rounds: quick ? 1 : 3,
    pacedMbps: 100,
    brokerScript: null,
    before: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!(v > 0)) throw new Error(`${a} needs a positive number`);
      return v;
    };
    if (a === '--quick') continue;
    else if (a === '--backlog-mb') o.backlogMb = num();
    else if (a === '--rate') o.rate = num();
    else if (a === '--record-bytes') o.recordBytes = num();
    else if (a === '--interval-ms') o.intervalMs = num();
    else if (a === '--seconds') o.seconds = num();
    else if (a === '--rounds') o.rounds = num();
    else if (a === '--paced-mbps') o.pacedMbps = num();
    else if (a === '--before') o.before = path.resolve(argv[++i] ?? '');
    else if (a === '--broker-script') o.brokerScript = path.resolve(argv[++i] ?? '');
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const log = (msg: string): void => void process.stderr.write(`[cold-fetch] ${msg}\n`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Steady {
  stop(): void;
  /** Resolves with latencies (ms) of every request once all answered. */
  done: Promise<number[]>;
}

/** Sends `batch` to `topic` every `intervalMs` on schedule until stopped; latency from the due time. */
function steadyProduce(c: Connection, topic: string, batch: Buffer, intervalMs: number): Steady {
  let stopped = false;
  const latencies: number[] = [];
  const pending: Promise<void>[] = [];
  const done = (async () => {
    const t0 = performance.now();
    for (let i = 0; !stopped; i++) {
      const due = t0 + i * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      if (stopped) break;
      // A timer may fire a little early: then the request is timed from when it went out.
      const from = Math.min(due, performance.now());
      pending.push(
        produce(c, topic, batch).then((code) => {
          if (code !== 0) throw new Error(`steady produce failed: error ${code}`);
          latencies.push(performance.now() - from);
        }),
      );
    }
    await Promise.all(pending);
    return latencies;
  })();
  return { stop: () => (stopped = true), done };
}

/** One kind of phase of a round and what was measured in it, all rounds together. */
interface Phase {
  name: string;
  latencies: number[];
  seconds: number;
  /** Broker event-loop delay (ms) over each run of the phase: max and p99 (prom-client's monitorEventLoopDelay, 10 ms resolution). */
  loopMax: number[];
  loopP99: number[];
  /** Reader MB/s per run (empty without a reader). */
  readerMbps: number[];
}

/** The broker's event-loop delay since the previous scrape (prom-client resets it on every scrape), in ms. */
async function loopDelay(httpPort: number): Promise<{ max: number; p99: number }> {
  const text = await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
  const gauge = (name: string): number => Number(new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN) * 1000;
  return { max: gauge('nodejs_eventloop_lag_max_seconds'), p99: gauge('nodejs_eventloop_lag_p99_seconds') };
}

interface BuildResult {
  phases: Phase[];
  backlogBytes: number;
  cachedBefore: number[];
  how: string;
}

/**
 * One broker build: the backlog, a warm-up, then `rounds` rounds of three
 * phases — produce alone; beside kcat reading the cold backlog flat out;
 * beside the paced reader (`--paced-mbps`) reading it cold.
 */
async function runBuild(o: Options, script: string | undefined): Promise<BuildResult> {
  const httpPort = await freePort();
  const b = new BenchBroker([], { 'http.listener': `http://127.0.0.1:${httpPort}` }, script);
  await b.start();
  const phase = (name: string): Phase => ({ name, latencies: [], seconds: 0, loopMax: [], loopP99: [], readerMbps: [] });
  const phases = [
    phase('steady produce alone'),
    phase('+ kcat reading the cold backlog flat out'),
    phase(`+ a reader at ${o.pacedMbps} MB/s, cold backlog`),
  ];
  const r: BuildResult = { phases, backlogBytes: 0, cachedBefore: [], how: '' };
  try {
    await b.createTopic('backlog');
    await b.createTopic('steady');
    log(`${script ?? 'this build'}: writing a ${o.backlogMb} MB backlog`);
    await fillBacklog(b, 'backlog', o.backlogMb);
    const dir = path.join(b.dataDir, 'logs', 'backlog-0');
    const segments = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.log'))
      .map((f) => path.join(dir, f));
    r.backlogBytes = segments.reduce((n, f) => n + fs.statSync(f).size, 0);
    const perRequest = Math.max(1, Math.round((o.rate * o.intervalMs) / 1000));
    const value = Buffer.alloc(o.recordBytes, 's');
    const batch = encodeRecordBatch({ records: Array.from({ length: perRequest }, () => ({ value })) });
    const c = await b.connect();
    try {
      log('warm-up of the steady producer (5 s, untimed)');
      const warm = steadyProduce(c, 'steady', batch, o.intervalMs);
      await sleep(5000);
      warm.stop();
      await warm.done;
      const runPhase = async (p: Phase, body: () => Promise<number>): Promise<void> => {
        r.how = dropCache(segments);
        if (p !== phases[0]) r.cachedBefore.push(cachedBytes(segments));
        await loopDelay(httpPort);
        const s = steadyProduce(c, 'steady', batch, o.intervalMs);
        const t0 = performance.now();
        const readBytes = await body();
        const seconds = (performance.now() - t0) / 1000;
        s.stop();
        p.latencies.push(...(await s.done));
        p.seconds += seconds;
        const lag = await loopDelay(httpPort);
        p.loopMax.push(lag.max);
        p.loopP99.push(lag.p99);
        if (readBytes > 0) p.readerMbps.push(readBytes / 1e6 / seconds);
      };
      for (let round = 1; round <= o.rounds; round++) {
        log(`round ${round}/${o.rounds}: ${phases[0]!.name}, ${o.seconds} s`);
        await runPhase(phases[0]!, async () => {
          await sleep(o.seconds * 1000);
          return 0;
        });
        log(`round ${round}/${o.rounds}: ${phases[1]!.name}`);
        await runPhase(phases[1]!, async () => {
          await readWithKcat(b.bootstrap, 'backlog');
          return r.backlogBytes;
        });
        log(`round ${round}/${o.rounds}: ${phases[2]!.name}`);
        await runPhase(phases[2]!, async () => (await readPaced(b.port, 'backlog', o.pacedMbps)).bytes);
      }
    } finally {
      c.close();
    }
  } finally {
    await b.stop();
  }
  return r;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const load0 = os.loadavg()[0];
  const builds: { name: string; script: string | undefined }[] = [{ name: 'this build', script: o.brokerScript ?? undefined }];
  if (o.before) builds.unshift({ name: 'before', script: o.before });
  const results: { name: string; r: BuildResult }[] = [];
  for (const build of builds) results.push({ name: build.name, r: await runBuild(o, build.script) });
  const perRequest = Math.max(1, Math.round((o.rate * o.intervalMs) / 1000));
  const list = (xs: number[], digits: number): string => xs.map((x) => fixed(x, digits)).join(', ');
  const rows: string[][] = [];
  for (const { name, r } of results) {
    for (const p of r.phases) {
      const xs = p.latencies;
      rows.push([
        builds.length > 1 ? `${name}: ${p.name}` : p.name,
        int((xs.length * perRequest) / p.seconds),
        fixed(percentile(xs, 50), 2),
        fixed(percentile(xs, 99), 2),
        fixed(percentile(xs, 99.9), 2),
        fixed(Math.max(...xs), 1),
        list(p.loopMax, 0),
        p.readerMbps.length > 0 ? list(p.readerMbps, 0) : '—',
      ]);
    }
  }
  const first = results[0]!.r;
  const cached = first.cachedBefore.filter(Number.isFinite);
  const out = [
    `### Cold backlog fetch beside a steady produce (issue 10) — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `Backlog ${fixed(first.backlogBytes / 1e6, 0)} MB of 1 KB records in one partition, read cold ${o.rounds} time(s) per reader and build ` +
      `(${first.how}; cached when a reader started: ${cached.length > 0 ? `at most ${fixed(Math.max(...cached) / 1e6, 1)} MB` : 'unknown (no fincore)'}). ` +
      `Steady producer: ${int(o.rate)} records/s of ${o.recordBytes} B, acks=1, one request every ${o.intervalMs} ms (${perRequest} records), pipelined on one connection; ` +
      `latency from when each request was due to its response, all rounds together. Broker event-loop delay: the max of each run (prom-client, 10 ms resolution). ` +
      `Readers: kcat -C -o beginning -e (librdkafka defaults), and a Fetch loop of 1 MB at ${o.pacedMbps} MB/s; MB/s per run. ` +
      `Node ${process.version}, ${os.cpus().length} cores; load average (1 min) ${load0.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}.` +
      (o.before ? ` "before": ${o.before}.` : ''),
    '',
    table(['phase', 'records/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'max ms', 'event-loop max ms', 'reader MB/s'], rows, [
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]),
  ];
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(`cold-fetch bench failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
