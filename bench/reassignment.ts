/**
 * Partition reassignment of a large partition (issue 13): three brokers with
 * Debian's ZooKeeper (bench/latency.ts's cluster: Kafka's replica defaults,
 * HTTP console on), a one-partition topic on brokers {0,1} filled with
 * `--mb` MB of 1 KB records (1 MB produce requests, acks=1, to the leader),
 * then moved to {1,2} with the project's `kafka-reassign-partitions
 * --execute`, once without a throttle and once with `--throttle`
 * (`--throttle-mbps`). Broker 2 copies the whole partition from the leader.
 *
 * While it moves, `kafka-producer-perf-test` produces to another topic led
 * by broker 0 (replicas 0,1,2, min.insync.replicas 2, acks=all) at
 * `--rate` records/s of 100 B, in back-to-back runs of `--window` seconds
 * until the move ends; a baseline of the same runs with nothing moving
 * comes first. Columns: the move's duration (from --execute to the moment
 * ListPartitionReassignments no longer lists it), its copy rate, and the
 * perf runs' p50/p99/max (the median of the runs' p50 and p99, the max of
 * their max).
 *
 * Standalone: node --import tsx bench/reassignment.ts [--mb 1024]
 *   [--throttle-mbps 5] [--rate 2000] [--window 5] [--quick] (--quick: 128 MB)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Connection, KafkaClient } from '../client/index.js';
import { encodeRecordBatch } from '../protocol/record-codec.js';
import { TestCluster } from '../test/integration/cluster-helpers.js';
import { listReassignments } from '../cli/common/partition-admin.js';
import { produce } from './backlog-reader.js';
import { ROOT } from './broker-process.js';
import { runPerfProducer, type PerfRun } from './perf-producer.js';
import { fixed, median, table } from './stats.js';

interface Options {
  mb: number;
  throttleMbps: number;
  rate: number;
  windowS: number;
}

function parseOptions(argv: string[]): Options {
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const o: Options = { mb: quick ? 128 : 1024, throttleMbps: 5, rate: 2000, windowS: 5 };
  for (let i = 0; i < argv.length; i++) {
    const next = (): number => Number(argv[++i]);
    if (argv[i] === '--mb') o.mb = next();
    else if (argv[i] === '--throttle-mbps') o.throttleMbps = next();
    else if (argv[i] === '--rate') o.rate = next();
    else if (argv[i] === '--window') o.windowS = next();
  }
  return o;
}

const log = (m: string): void => void process.stderr.write(`[reassignment] ${m}\n`);

let running: TestCluster | null = null;
process.once('exit', () => {
  for (const b of running?.brokers ?? []) b.child?.kill('SIGKILL');
  running?.zk.child?.kill('SIGKILL');
});

async function createTopic(c: TestCluster, topic: string, replicas: number[], configs: Record<string, string> = {}): Promise<void> {
  const admin = c.kafka().admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: [
        {
          topic,
          replicaAssignment: [{ partition: 0, replicas }],
          configEntries: Object.entries(configs).map(([name, value]) => ({ name, value })),
        },
      ],
    });
  } finally {
    await admin.disconnect();
  }
}

/** `mb` MB of 1 KB records to partition 0 of `topic` on its leader, broker 0; 4 requests in flight. */
async function fill(c: TestCluster, topic: string, mb: number): Promise<void> {
  const value = Buffer.alloc(1000, 'r');
  const batch = encodeRecordBatch({ records: Array.from({ length: 1000 }, () => ({ value })) });
  const conn = await Connection.connect({ host: '127.0.0.1', port: c.brokers[0].port, requestTimeoutMs: 60_000 });
  try {
    let left = mb;
    const worker = async (): Promise<void> => {
      while (left-- > 0) {
        const code = await produce(conn, topic, batch);
        if (code !== 0) throw new Error(`fill failed: error ${code}`);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  } finally {
    conn.close();
  }
}

/** The project's kafka-reassign-partitions (compiled), as a user runs it. */
function tool(args: string[]): string {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/kafka-reassign-partitions.js'), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`kafka-reassign-partitions ${args.join(' ')} failed: ${r.stderr}${r.stdout}`);
  return r.stdout;
}

/** Back-to-back perf runs of `windowS` seconds while `busy()` holds (at least one). */
async function perfWhile(c: TestCluster, topic: string, o: Options, busy: () => boolean): Promise<PerfRun[]> {
  const runs: PerfRun[] = [];
  do {
    runs.push(await runPerfProducer({ bootstrap: c.bootstrap().join(','), topic, records: o.rate * o.windowS, rate: o.rate, acks: 'all' }));
  } while (busy());
  return runs;
}

interface Row {
  what: string;
  seconds: number | null;
  runs: PerfRun[];
}

async function moveOnce(c: TestCluster, o: Options, seq: number, throttleBps: number | null, steady: string, tmp: string): Promise<Row> {
  const topic = `big-${seq}`;
  await createTopic(c, topic, [0, 1]);
  log(`filling ${topic} with ${o.mb} MB`);
  const f0 = Date.now();
  await fill(c, topic, o.mb);
  log(`filled in ${((Date.now() - f0) / 1000).toFixed(1)} s`);
  const plan = path.join(tmp, `${topic}.json`);
  fs.writeFileSync(plan, JSON.stringify({ version: 1, partitions: [{ topic, partition: 0, replicas: [1, 2] }] }));
  const bootstrap = c.bootstrap().join(',');
  const admin = new KafkaClient({ brokers: bootstrap, clientId: 'bench-reassignment' });
  await admin.connect();
  try {
    let done = false;
    const t0 = Date.now();
    tool([
      '--bootstrap-server',
      bootstrap,
      '--execute',
      '--reassignment-json-file',
      plan,
      ...(throttleBps ? ['--throttle', String(throttleBps)] : []),
    ]);
    const watch = (async () => {
      while ((await listReassignments(admin, [{ topic, partition: 0 }])).length > 0) await new Promise((r) => setTimeout(r, 200));
      done = true;
    })();
    const perf = perfWhile(c, steady, o, () => !done);
    await watch;
    const seconds = (Date.now() - t0) / 1000;
    log(`${topic} moved in ${seconds.toFixed(1)} s`);
    const runs = await perf;
    // Clears the throttles, as an operator does.
    tool(['--bootstrap-server', bootstrap, '--verify', '--reassignment-json-file', plan]);
    return { what: throttleBps ? `move, --throttle ${throttleBps}` : 'move, no throttle', seconds, runs };
  } finally {
    admin.close();
  }
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-bench-reassign-'));
  log('starting ZooKeeper and 3 brokers');
  const c = await TestCluster.start(3, {
    'replica.lag.time.max.ms': '30000',
    'replica.fetch.wait.max.ms': '500',
    'replica.fetch.backoff.ms': '1000',
    'http.listener': 'http://127.0.0.1:0',
  });
  running = c;
  try {
    await createTopic(c, 'steady', [0, 1, 2], { 'min.insync.replicas': '2' });
    log('baseline perf runs');
    const baseline: Row = { what: 'nothing moving', seconds: null, runs: [] };
    for (let i = 0; i < 3; i++) baseline.runs.push(...(await perfWhile(c, 'steady', o, () => false)));
    const rows = [
      baseline,
      await moveOnce(c, o, 1, null, 'steady', tmp),
      await moveOnce(c, o, 2, o.throttleMbps * 1_000_000, 'steady', tmp),
    ];
    const loadavg = os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(', ');
    console.log(`\n#### Reassignment of a ${o.mb} MB partition {0,1} → {1,2} (load average at the end: ${loadavg})\n`);
    console.log(
      table(
        ['during', 'move s', 'copy MB/s', 'perf runs', 'produce p50 ms', 'produce p99 ms', 'produce max ms'],
        rows.map((r) => [
          r.what,
          r.seconds === null ? '' : fixed(r.seconds, 1),
          r.seconds === null ? '' : fixed(o.mb / r.seconds, 1),
          String(r.runs.length),
          fixed(median(r.runs.map((x) => x.p50)), 1),
          fixed(median(r.runs.map((x) => x.p99)), 1),
          fixed(Math.max(...r.runs.map((x) => x.max)), 1),
        ]),
        [false, true, true, true, true, true, true],
      ),
    );
    console.log(
      `\nproduce: kafka-producer-perf-test at ${o.rate} records/s of 100 B, acks=all, to a topic on brokers 0,1,2 (leader 0), runs of ${o.windowS} s`,
    );
  } finally {
    await c.destroy();
    running = null;
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
