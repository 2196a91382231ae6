/**
 * The cluster section of `npm run bench` (issue 6): a real ZooKeeper and three
 * broker processes (the integration tests' TestCluster, Kafka's broker
 * defaults apart from zookeeper.session.timeout.ms), one partition with
 * replication factor 3 and min.insync.replicas=2.
 *
 * - Throughput: kcat produces N x 100 B with acks=all (bench/kcat.ts, the same
 *   flags as the single-broker rows), the median of R runs after an untimed
 *   warm-up, each on a fresh topic whose high watermark must then be N.
 * - Failover: a kafkajs producer sends 100-message batches with acks=all, one
 *   send in flight, while the partition's leader is killed with SIGKILL.
 *   Measured from the kill: (a) until a surviving broker's Metadata names a
 *   different leader, (b) until a send issued after the kill is acknowledged.
 *   The killed broker is then restarted and timed until it is back in the ISR.
 *   Every acknowledged record must be below the new leader's high watermark.
 *
 * Standalone: `node --import tsx bench/cluster.ts [--quick] [--messages N]
 * [--repeats R] [--failovers K] [--session-timeouts 18000,6000]`. Markdown to
 * stdout, progress to stderr. Every ZooKeeper and broker process is killed on
 * exit, on errors and on SIGINT/SIGTERM.
 */
import fs from 'node:fs';
import os from 'node:os';
import { Kafka, logLevel } from 'kafkajs';
import { Connection } from '../client/connection.js';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeListOffsetsRequest } from '../protocol/generated/list-offsets-request.js';
import { decodeListOffsetsResponse } from '../protocol/generated/list-offsets-response.js';
import { encodeMetadataRequest } from '../protocol/generated/metadata-request.js';
import { decodeMetadataResponse } from '../protocol/generated/metadata-response.js';
import { TestCluster, metadataFrom, waitFor } from '../test/integration/cluster-helpers.js';
import { haveKcat, inputFile, kcatProduce } from './kcat.js';
import { fixed, int, mbPerSec, median, msgsPerSec, percentile, table, type Measurement } from './stats.js';

interface Options {
  quick: boolean;
  messages: number;
  repeats: number;
  failovers: number;
  sessionTimeouts: number[];
}

/** Kafka's defaults for what the test cluster shortens (TestCluster's FAST_CLUSTER_CONFIG). */
const KAFKA_DEFAULTS: Record<string, string> = {
  'replica.lag.time.max.ms': '30000',
  'replica.fetch.wait.max.ms': '500',
  'replica.fetch.backoff.ms': '1000',
};
const TOPIC_CONFIG = [{ name: 'min.insync.replicas', value: '2' }];
const BATCH = 100;

const log = (msg: string): void => void process.stderr.write(`[bench cluster] ${msg}\n`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function parseOptions(argv: string[]): Options {
  const o: Options = { quick: process.env.BENCH_QUICK === '1', messages: 0, repeats: 0, failovers: 0, sessionTimeouts: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--messages') o.messages = Number(val());
    else if (a === '--repeats') o.repeats = Number(val());
    else if (a === '--failovers') o.failovers = Number(val());
    else if (a === '--session-timeouts') o.sessionTimeouts = val().split(',').map(Number);
    else throw new Error(`unknown argument ${a}`);
  }
  if (!(o.messages > 0)) o.messages = o.quick ? 100_000 : 1_000_000;
  if (!(o.repeats > 0)) o.repeats = o.quick ? 1 : 3;
  if (!(o.failovers > 0)) o.failovers = o.quick ? 1 : 3;
  if (o.sessionTimeouts.length === 0) o.sessionTimeouts = o.quick ? [6000] : [18000, 6000];
  return o;
}

// ---- cleanup: the one cluster that runs at a time dies with this process

let running: TestCluster | null = null;

async function startCluster(sessionTimeoutMs: number): Promise<TestCluster> {
  log(`starting ZooKeeper and 3 brokers (zookeeper.session.timeout.ms=${sessionTimeoutMs})`);
  const c = await TestCluster.start(3, { ...KAFKA_DEFAULTS, 'zookeeper.session.timeout.ms': String(sessionTimeoutMs) });
  running = c;
  return c;
}

async function stopCluster(c: TestCluster): Promise<void> {
  await c.destroy();
  if (running === c) running = null;
}

/** Synchronous last resort (process 'exit'): SIGKILL whatever still runs and remove the data. */
function killAllNow(): void {
  const c = running;
  if (!c) return;
  running = null;
  for (const b of c.brokers) {
    b.child?.kill('SIGKILL');
    fs.rmSync(b.dataDir, { recursive: true, force: true });
  }
  c.zk.child?.kill('SIGKILL');
  fs.rmSync(c.zk.dataDir, { recursive: true, force: true });
}

process.once('exit', killAllNow);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    log(`${sig}: stopping ZooKeeper and the brokers`);
    killAllNow();
    process.exit(130);
  });
}

// ---- small protocol helpers

function kafka(c: TestCluster): Kafka {
  // Short retry backoff so the client notices the new leader within ~250 ms of its election.
  return new Kafka({
    clientId: 'bench-cluster',
    brokers: c.bootstrap(),
    logLevel: logLevel.NOTHING,
    requestTimeout: 30_000,
    retry: { retries: 10, initialRetryTime: 50, maxRetryTime: 250 },
  });
}

async function createTopic(c: TestCluster, topic: string): Promise<void> {
  const admin = kafka(c).admin();
  await admin.connect();
  try {
    const ok = await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: 1, replicationFactor: 3, configEntries: TOPIC_CONFIG }],
    });
    if (!ok) throw new Error(`topic ${topic} exists already`);
  } finally {
    await admin.disconnect();
  }
}

/** High watermark of topic-0 as `bootstrap` (its leader) answers ListOffsets latest. */
async function highWatermark(bootstrap: string, topic: string): Promise<number> {
  const [host, port] = bootstrap.split(':');
  const conn = await Connection.connect({ host, port: Number(port), clientId: 'tributary-bench', requestTimeoutMs: 10_000 });
  try {
    const r = await conn.send(
      ApiKey.ListOffsets,
      (w, v) =>
        encodeListOffsetsRequest(w, v, {
          replicaId: -1,
          topics: [{ name: topic, partitions: [{ partitionIndex: 0, timestamp: -1, currentLeaderEpoch: -1 }] }],
        }),
      decodeListOffsetsResponse,
    );
    const p = r.topics[0].partitions[0];
    if (p.errorCode !== 0) throw new Error(`ListOffsets ${topic}-0 on ${bootstrap}: error ${p.errorCode}`);
    return p.offset;
  } finally {
    conn.close();
  }
}

async function controllerId(bootstrap: string): Promise<number> {
  const [host, port] = bootstrap.split(':');
  const conn = await Connection.connect({ host, port: Number(port), connectTimeoutMs: 3000, requestTimeoutMs: 3000 });
  try {
    return (
      await conn.send(ApiKey.Metadata, (w, v) => encodeMetadataRequest(w, v, { topics: [] }), decodeMetadataResponse, { maxVersion: 12 })
    ).controllerId;
  } finally {
    conn.close();
  }
}

async function leaderOf(c: TestCluster, topic: string): Promise<number> {
  const p = (await metadataFrom(c.bootstrap()[0], topic)).partitions[0];
  if (p.leader < 0) throw new Error(`${topic}-0 has no leader`);
  return p.leader;
}

/** CPU time used so far by process `pid`, all threads, in ms (/proc/<pid>/task/<tid>/schedstat). */
function cpuMs(pid: number): number {
  let ns = 0;
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // thread exited
    }
  }
  return ns / 1e6;
}

function clusterCpuMs(c: TestCluster): number {
  let ms = 0;
  for (const b of c.brokers) if (b.child?.pid) ms += cpuMs(b.child.pid);
  return ms;
}

// ---- throughput

/** The kcat acks=all runs on one cluster, in run order. */
async function throughput(c: TestCluster, o: Options): Promise<Measurement[]> {
  const bootstrap = c.bootstrap().join(',');
  const warm = Math.min(200_000, o.messages);
  await createTopic(c, 'cluster-warmup');
  log(`warm-up: kcat ${int(warm)} x 100 B acks=all (untimed)`);
  await kcatProduce(bootstrap, 'cluster-warmup', inputFile(warm, 100), warm, 100, -1);
  const file = inputFile(o.messages, 100);
  const runs: Measurement[] = [];
  for (let rep = 0; rep < o.repeats; rep++) {
    const topic = `cluster-kcat-100-all-${rep}`;
    await createTopic(c, topic);
    const leader = await leaderOf(c, topic);
    log(`kcat produce ${int(o.messages)} x 100 B acks=all, leader broker ${leader} (run ${rep + 1}/${o.repeats})`);
    const cpu0 = clusterCpuMs(c);
    const m = await kcatProduce(bootstrap, topic, file, o.messages, 100, -1);
    m.brokerCpuMs = clusterCpuMs(c) - cpu0;
    const hw = await highWatermark(c.brokers[leader].bootstrap, topic);
    if (hw !== o.messages) throw new Error(`${topic}: high watermark ${hw} after producing ${o.messages}`);
    log(`  ${int(msgsPerSec(m))} msgs/s, high watermark ${int(hw)}`);
    runs.push(m);
  }
  return runs;
}

// ---- failover

interface Failover {
  victim: number;
  wasController: boolean;
  newLeader: number;
  /** kill → a survivor's Metadata names another leader. */
  electedMs: number;
  /** kill → the first acknowledgement of a send issued after the kill. */
  firstAckMs: number;
  /** restart of the killed broker → it is back in the ISR. */
  rejoinMs: number;
  acked: number;
  highWatermark: number;
}

/** kafkajs sends of BATCH x 100 B, acks=all, one at a time, until `stop`; records send start and ack times. */
class ProducerLoop {
  readonly starts: number[] = [];
  readonly acks: number[] = [];
  ackedMessages = 0;
  stop = false;
  private done: Promise<void> = Promise.resolve();
  private readonly messages = Array.from({ length: BATCH }, () => ({ partition: 0, value: Buffer.alloc(100, 'x') }));

  constructor(
    private readonly kafkaClient: Kafka,
    private readonly topic: string,
  ) {}

  async start(): Promise<void> {
    const producer = this.kafkaClient.producer({ maxInFlightRequests: 1 });
    await producer.connect();
    this.done = (async () => {
      try {
        while (!this.stop) {
          const t = performance.now();
          try {
            await producer.send({ topic: this.topic, acks: -1, messages: this.messages });
            this.starts.push(t);
            this.acks.push(performance.now());
            this.ackedMessages += BATCH;
          } catch {
            await sleep(10); // not acknowledged (retries exhausted): send the next batch
          }
        }
      } finally {
        await producer.disconnect();
      }
    })();
  }

  /** The first ack of a send issued at or after `t`, or NaN. */
  firstAckOfSendAfter(t: number): number {
    for (let i = 0; i < this.starts.length; i++) if (this.starts[i] >= t) return this.acks[i];
    return NaN;
  }

  async finish(): Promise<void> {
    this.stop = true;
    await this.done;
  }
}

async function failoverOnce(c: TestCluster, topic: string): Promise<Failover> {
  await createTopic(c, topic);
  const victim = await leaderOf(c, topic);
  const wasController = (await controllerId(c.bootstrap()[0])) === victim;
  const loop = new ProducerLoop(kafka(c), topic);
  await loop.start();
  try {
    await waitFor('2,000 acknowledged records before the kill', 30_000, () => loop.ackedMessages >= 2000);
    const t0 = performance.now();
    await c.brokers[victim].kill('SIGKILL');
    const tDead = performance.now(); // sends issued from here on cannot reach the old leader
    const survivors = c.brokers.filter((b) => b.child !== null);
    let newLeader = -1;
    let electedMs = NaN;
    while (performance.now() - t0 < 120_000) {
      try {
        const p = (await metadataFrom(survivors[0].bootstrap, topic)).partitions[0];
        if (p.leader >= 0 && p.leader !== victim) {
          electedMs = performance.now() - t0;
          newLeader = p.leader;
          break;
        }
      } catch {
        // the survivor is busy with the election; ask again
      }
      await sleep(20);
    }
    if (newLeader < 0) throw new Error(`no new leader for ${topic} within 120 s of killing broker ${victim}\n${c.output()}`);
    await waitFor('an acknowledgement of a send issued after the kill', 60_000, () => Number.isFinite(loop.firstAckOfSendAfter(tDead)));
    const firstAckMs = loop.firstAckOfSendAfter(tDead) - t0;
    await loop.finish();
    const acked = loop.ackedMessages;
    const hw = await highWatermark(c.brokers[newLeader].bootstrap, topic);
    if (hw < acked) throw new Error(`${topic}: ${acked} records acknowledged but the new leader's high watermark is ${hw}`);

    const t1 = performance.now();
    await c.brokers[victim].start();
    await waitFor(`broker ${victim} back in the ISR of ${topic}`, 120_000, async () =>
      (await metadataFrom(survivors[0].bootstrap, topic)).partitions[0].isr.includes(victim),
    );
    const rejoinMs = performance.now() - t1;
    await c.ready();
    return { victim, wasController, newLeader, electedMs, firstAckMs, rejoinMs, acked, highWatermark: hw };
  } finally {
    await loop.finish();
  }
}

// ---- report

function throughputTable(runs: Measurement[], o: Options): string {
  const m = [...runs].sort((a, b) => msgsPerSec(a) - msgsPerSec(b))[Math.floor((runs.length - 1) / 2)];
  return table(
    [
      'brokers',
      'RF',
      'min.insync',
      'acks',
      'messages',
      'produce msgs/s',
      'produce MB/s',
      'each run, msgs/s',
      'latency p50 ms',
      'latency p99 ms',
      'CPU ms, 3 brokers',
      'target',
      'met',
    ],
    [
      [
        '3',
        '3',
        '2',
        'all',
        int(m.messages),
        int(msgsPerSec(m)),
        fixed(mbPerSec(m), 1),
        runs.map((r) => int(msgsPerSec(r))).join(' / '),
        fixed(percentile(m.latencies, 50), 2),
        fixed(percentile(m.latencies, 99), 2),
        fixed(m.brokerCpuMs ?? NaN, 0),
        o.messages === 1_000_000 ? '≥ 400,000' : '(≥ 400,000 at 1,000,000)',
        o.messages !== 1_000_000 ? '' : msgsPerSec(m) >= 400_000 ? 'yes' : 'NO',
      ],
    ],
    [true, true, true, false, true, true, true, true, true, true, true, true, false],
  );
}

function failoverTable(rows: { sessionMs: number; runs: Failover[] }[]): string {
  const span = (xs: number[]): string =>
    `${fixed(median(xs) / 1000, 2)} (${fixed(Math.min(...xs) / 1000, 2)}-${fixed(Math.max(...xs) / 1000, 2)})`;
  return table(
    [
      'zookeeper.session.timeout.ms',
      'runs',
      'kill → new leader in Metadata, s',
      'kill → first ack, s',
      'restart → back in ISR, s',
      'leader was controller',
      'acked ≤ HW',
    ],
    rows.map((r) => [
      int(r.sessionMs),
      String(r.runs.length),
      span(r.runs.map((f) => f.electedMs)),
      span(r.runs.map((f) => f.firstAckMs)),
      span(r.runs.map((f) => f.rejoinMs)),
      `${r.runs.filter((f) => f.wasController).length} of ${r.runs.length}`,
      r.runs.every((f) => f.highWatermark >= f.acked) ? 'yes' : 'NO',
    ]),
    [true, true, true, true, true, false, false],
  );
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (!(await haveKcat())) throw new Error('kcat not found (apt-get install kcat)');
  process.env.LOG_LEVEL ??= 'warn'; // the brokers' log level, as for the single-broker rows
  const loadStart = os.loadavg()[0];
  let runs: Measurement[] | null = null;
  const failovers: { sessionMs: number; runs: Failover[] }[] = [];
  for (const sessionMs of o.sessionTimeouts) {
    const c = await startCluster(sessionMs);
    try {
      if (runs === null) runs = await throughput(c, o);
      const kills: Failover[] = [];
      for (let i = 0; i < o.failovers; i++) {
        log(`failover ${i + 1}/${o.failovers} (zookeeper.session.timeout.ms=${sessionMs}): kill -9 of the leader under acks=all`);
        const f = await failoverOnce(c, `failover-${sessionMs}-${i}`);
        log(
          `  broker ${f.victim}${f.wasController ? ' (controller)' : ''} → ${f.newLeader}: elected after ${int(f.electedMs)} ms, first ack after ${int(f.firstAckMs)} ms, back in the ISR ${int(f.rejoinMs)} ms after its restart`,
        );
        kills.push(f);
      }
      failovers.push({ sessionMs, runs: kills });
    } finally {
      await stopCluster(c);
    }
  }
  const out: string[] = [];
  out.push(`### Cluster: 3 brokers, ZooKeeper, RF=3, min.insync.replicas=2, acks=all (issue 6)${o.quick ? ' (--quick)' : ''}`);
  out.push('');
  out.push(
    `${os.cpus().length} cores, all processes on this machine (Debian ZooKeeper, 3 broker processes, the client), loopback. ` +
      `Load average (1 min) at start ${loadStart.toFixed(2)}, at end ${os.loadavg()[0].toFixed(2)}.`,
  );
  out.push('');
  if (runs) out.push(throughputTable(runs, o));
  out.push('');
  out.push(failoverTable(failovers));
  out.push('');
  out.push(
    `- Throughput: the median of ${o.repeats} kcat run(s) after an untimed warm-up, same flags as the single-broker kcat rows, bootstrap = all 3 brokers, one fresh topic per run; ` +
      "the leader's high watermark is checked to equal the message count. Latency = Produce request RTT under that load: kcat has the whole file queued with many requests in flight, so an RTT includes time queued behind earlier requests. CPU = all threads of the 3 broker processes during the run. " +
      "Brokers run with Kafka's defaults (replica.lag.time.max.ms=30000, replica.fetch.wait.max.ms=500) apart from zookeeper.session.timeout.ms (18000 is Kafka's default). Apache Kafka 2.4 on the same kind of machine: about 285,000 msgs/s.",
  );
  out.push(
    `- Failover: median (min-max) of ${o.failovers} run(s). A kafkajs producer sends ${BATCH} x 100 B per send, acks=all, one send in flight (retry backoff 50-250 ms); the leader of a fresh RF=3 topic is killed with SIGKILL after 2,000 acknowledged records. ` +
      '"new leader": a surviving broker\'s Metadata (polled every 20 ms) names another leader. "first ack": a send issued after the kill is acknowledged. ' +
      'The killed broker is then restarted and timed until the ISR includes it again. "acked ≤ HW": every acknowledged record is below the new leader\'s high watermark.',
  );
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(`bench cluster failed: ${(err as Error).stack ?? err}`);
  killAllNow();
  process.exit(1);
});
