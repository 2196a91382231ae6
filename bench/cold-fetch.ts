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
 * taken from the moment the request was due to go out until its response
 * (so a stall of the broker or of this process counts in full, no
 * coordinated omission).
 *
 * A round: steady produce alone for `--seconds`; then, caches dropped
 * again, steady produce while `kcat -C -o beginning -e` reads the whole
 * backlog into /dev/null (as long as the reader takes). `--rounds` rounds
 * (default 3), their latencies pooled. Printed: one table row per phase
 * with the produce latency p50/p99/p99.9/max and the reader's MB/s.
 * `--before DIR/dist/cli/kafka-server-start.js` runs another build first
 * (e.g. one with synchronous segment reads) for a comparison under the same
 * conditions.
 *
 * Standalone: node --import tsx bench/cold-fetch.ts [--quick] [--backlog-mb N]
 *   [--rate R] [--record-bytes B] [--interval-ms I] [--seconds S] [--rounds K]
 *   [--before SCRIPT] [--broker-script SCRIPT]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, execSync, spawn } from 'node:child_process';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeProduceRequest } from '../protocol/generated/produce-request.js';
import { decodeProduceResponse } from '../protocol/generated/produce-response.js';
import { encodeRecordBatch } from '../protocol/record-codec.js';
import type { Connection } from '../client/index.js';
import { BenchBroker } from './broker-process.js';
import { fixed, int, percentile, table } from './stats.js';

interface Options {
  backlogMb: number;
  rate: number;
  recordBytes: number;
  intervalMs: number;
  seconds: number;
  rounds: number;
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
    else if (a === '--before') o.before = path.resolve(argv[++i] ?? '');
    else if (a === '--broker-script') o.brokerScript = path.resolve(argv[++i] ?? '');
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

const log = (msg: string): void => void process.stderr.write(`[cold-fetch] ${msg}\n`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function produce(c: Connection, topic: string, batch: Buffer): Promise<number> {
  return c
    .send(
      ApiKey.Produce,
      (w, v) =>
        encodeProduceRequest(w, v, {
          transactionalId: null,
          acks: 1,
          timeoutMs: 30_000,
          topicData: [{ name: topic, partitionData: [{ index: 0, records: batch }] }],
        }),
      decodeProduceResponse,
    )
    .then((r) => r.responses[0].partitionResponses[0].errorCode);
}

/** Writes `mb` MB of 1 KB records to `topic`, 1 MB per request, 4 in flight. */
async function fillBacklog(b: BenchBroker, topic: string, mb: number): Promise<void> {
  const value = Buffer.alloc(1000, 'b');
  const batch = encodeRecordBatch({ records: Array.from({ length: 1000 }, () => ({ value })) });
  const c = await b.connect();
  try {
    let left = mb;
    const worker = async (): Promise<void> => {
      while (left-- > 0) {
        const code = await produce(c, topic, batch);
        if (code !== 0) throw new Error(`backlog produce failed: error ${code}`);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  } finally {
    c.close();
  }
}

/** Drops the backlog from the page cache; returns how. */
function dropCache(files: string[]): string {
  execSync('sync');
  try {
    fs.writeFileSync('/proc/sys/vm/drop_caches', '1');
    return 'echo 1 > /proc/sys/vm/drop_caches';
  } catch {
    // not root, or /proc/sys read-only: evict the backlog's own pages
  }
  try {
    const py =
      'import os,sys\nfor f in sys.argv[1:]:\n  d=os.open(f,os.O_RDONLY); os.fsync(d); os.posix_fadvise(d,0,0,os.POSIX_FADV_DONTNEED); os.close(d)';
    execFileSync('python3', ['-c', py, ...files]);
    return 'posix_fadvise(POSIX_FADV_DONTNEED) of the backlog segments';
  } catch {
    return 'NOT dropped (no root, no python3): the backlog may be warm';
  }
}

/** Bytes of `files` in the page cache (fincore), or NaN when fincore is missing. */
function cachedBytes(files: string[]): number {
  try {
    const out = execFileSync('fincore', ['--bytes', '--noheadings', '--output', 'RES', ...files], { encoding: 'utf8' });
    return out
      .split('\n')
      .filter((l) => l.trim() !== '')
      .reduce((n, l) => n + Number(l.trim()), 0);
  } catch {
    return NaN;
  }
}

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
      pending.push(
        produce(c, topic, batch).then((code) => {
          if (code !== 0) throw new Error(`steady produce failed: error ${code}`);
          latencies.push(performance.now() - due);
        }),
      );
    }
    await Promise.all(pending);
    return latencies;
  })();
  return { stop: () => (stopped = true), done };
}

function readBacklog(bootstrap: string, topic: string): Promise<{ ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('kcat', ['-C', '-b', bootstrap, '-t', topic, '-p', '0', '-o', 'beginning', '-e', '-q'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve({ ms: performance.now() - t0 }) : reject(new Error(`kcat exited ${code}: ${err}`))));
  });
}

interface BuildResult {
  alone: number[];
  beside: number[];
  aloneSeconds: number;
  readerSeconds: number;
  readerMbPerSec: number[];
  backlogBytes: number;
  cachedBefore: number[];
  how: string;
}

/** One broker build: backlog, warm-up, then `rounds` of (produce alone, produce beside the cold reader). */
async function runBuild(o: Options, script: string | undefined): Promise<BuildResult> {
  const b = new BenchBroker([], {}, script);
  await b.start();
  const r: BuildResult = {
    alone: [],
    beside: [],
    aloneSeconds: 0,
    readerSeconds: 0,
    readerMbPerSec: [],
    backlogBytes: 0,
    cachedBefore: [],
    how: '',
  };
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
      let s = steadyProduce(c, 'steady', batch, o.intervalMs);
      await sleep(5000);
      s.stop();
      await s.done;
      for (let round = 1; round <= o.rounds; round++) {
        r.how = dropCache(segments);
        log(`round ${round}/${o.rounds}: steady produce alone, ${o.seconds} s`);
        s = steadyProduce(c, 'steady', batch, o.intervalMs);
        await sleep(o.seconds * 1000);
        s.stop();
        r.alone.push(...(await s.done));
        r.aloneSeconds += o.seconds;

        dropCache(segments);
        r.cachedBefore.push(cachedBytes(segments));
        log(`round ${round}/${o.rounds}: steady produce while kcat reads the backlog`);
        s = steadyProduce(c, 'steady', batch, o.intervalMs);
        const reader = await readBacklog(b.bootstrap, 'backlog');
        s.stop();
        r.beside.push(...(await s.done));
        r.readerSeconds += reader.ms / 1000;
        r.readerMbPerSec.push(r.backlogBytes / 1e6 / (reader.ms / 1000));
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
  const rows: string[][] = [];
  for (const { name, r } of results) {
    const row = (phase: string, xs: number[], seconds: number, reader: string): string[] => [
      builds.length > 1 ? `${name}: ${phase}` : phase,
      int(xs.length / seconds),
      int((xs.length * perRequest) / seconds),
      fixed(percentile(xs, 50), 2),
      fixed(percentile(xs, 99), 2),
      fixed(percentile(xs, 99.9), 2),
      fixed(Math.max(...xs), 1),
      reader,
    ];
    const mbs = r.readerMbPerSec.map((x) => fixed(x, 0)).join(', ');
    rows.push(row('steady produce alone', r.alone, r.aloneSeconds, '—'));
    rows.push(row('steady produce + cold backlog reader', r.beside, r.readerSeconds, `${mbs} MB/s`));
  }
  const first = results[0]!.r;
  const cached = first.cachedBefore.filter(Number.isFinite);
  const out = [
    `### Cold backlog fetch beside a steady produce (issue 10) — ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    '',
    `Backlog ${fixed(first.backlogBytes / 1e6, 0)} MB of 1 KB records in one partition, read ${o.rounds} time(s) per build from a cold cache ` +
      `(${first.how}; cached when the reader started: ${cached.length > 0 ? `${cached.map((x) => fixed(x / 1e6, 1)).join(', ')} MB` : 'unknown (no fincore)'}). ` +
      `Steady producer: ${int(o.rate)} records/s of ${o.recordBytes} B, acks=1, one request every ${o.intervalMs} ms (${perRequest} records), pipelined on one connection; ` +
      `latency from the due time to the response, all rounds together. Reader: kcat -C -o beginning -e (librdkafka defaults); its MB/s per round. ` +
      `Node ${process.version}, ${os.cpus().length} cores; load average (1 min) ${load0.toFixed(2)} → ${os.loadavg()[0].toFixed(2)}.` +
      (o.before ? ` "before": ${o.before}.` : ''),
    '',
    table(['phase', 'requests/s', 'records/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'max ms', 'backlog read'], rows, [
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
