/**
 * Agent throughput: the log collection agent as a process (`node
 * dist/cli/tributary-agent.js`), reading N access-log lines and writing them
 * to a topic on a broker process, in the agent configurations that matter:
 *
 *   exec (`cat FILE`) → file channel → kafka sink
 *   taildir (FILE)    → file channel → kafka sink
 *   exec (`cat FILE`) → memory channel → kafka sink      (for comparison: what durability costs)
 *   taildir (FILE)    → file channel → null sink         (the channel without Kafka)
 *
 * Timed from the source's start (its log line) until the topic's log end
 * offset reaches N (or, for the null sink, the sink's drain counter, read from
 * the agent's monitoring endpoint). CPU: the agent process's CPU time over
 * the same interval (/proc/<pid>/task/<tid>/schedstat), per event.
 *
 * Usage: node --import tsx bench/agent-throughput.ts [--events N] [--quick] (npm run bench runs it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KafkaClient, sleep } from '../client/index.js';
import { BenchBroker, ROOT, freePort } from './broker-process.js';
import { fixed, int, table } from './stats.js';

const log = (msg: string): void => void process.stderr.write(`[bench agent] ${msg}\n`);

function cpuMs(pid: number): number {
  let ns = 0;
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // The thread ended meanwhile.
    }
  }
  return ns / 1e6;
}

/** N access-log lines of about 90 bytes; returns their total size. */
function writeLog(file: string, n: number): number {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const line = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255} - - [10/Oct/2024:13:55:36 +0000] "GET /class/${i % 500}.html HTTP/1.1" 200 ${1000 + (i % 9000)} "-"\n`;
    chunk += line;
    bytes += line.length;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  return bytes;
}

interface Scenario {
  name: string;
  source: 'exec' | 'taildir';
  channel: 'file' | 'memory';
  sink: 'kafka' | 'null';
}

interface Result {
  scenario: Scenario;
  seconds: number;
  cpuMs: number;
}

function config(s: Scenario, dir: string, file: string, bootstrap: string, topic: string, n: number): string {
  const lines = ['a1.sources = r1', 'a1.channels = c1', 'a1.sinks = k1', 'a1.sources.r1.channels = c1', 'a1.sinks.k1.channel = c1'];
  if (s.source === 'exec') lines.push('a1.sources.r1.type = exec', `a1.sources.r1.command = cat ${file}`, 'a1.sources.r1.batchSize = 1000');
  else
    lines.push(
      'a1.sources.r1.type = taildir',
      'a1.sources.r1.filegroups = f1',
      `a1.sources.r1.filegroups.f1 = ${file}`,
      `a1.sources.r1.positionFile = ${dir}/position.json`,
      'a1.sources.r1.batchSize = 1000',
    );
  if (s.channel === 'file')
    lines.push(
      'a1.channels.c1.type = file',
      `a1.channels.c1.checkpointDir = ${dir}/checkpoint`,
      `a1.channels.c1.dataDirs = ${dir}/data`,
      `a1.channels.c1.capacity = ${Math.max(n, 1000)}`,
      'a1.channels.c1.transactionCapacity = 10000',
      'a1.channels.c1.minimumRequiredSpace = 0',
    );
  else
    lines.push(
      'a1.channels.c1.type = memory',
      `a1.channels.c1.capacity = ${Math.max(n, 1000)}`,
      'a1.channels.c1.transactionCapacity = 10000',
    );
  if (s.sink === 'kafka')
    lines.push(
      'a1.sinks.k1.type = kafka',
      `a1.sinks.k1.kafka.bootstrap.servers = ${bootstrap}`,
      `a1.sinks.k1.kafka.topic = ${topic}`,
      'a1.sinks.k1.flumeBatchSize = 1000',
      'a1.sinks.k1.kafka.producer.acks = 1',
    );
  else lines.push('a1.sinks.k1.type = null', 'a1.sinks.k1.batchSize = 1000');
  return lines.join('\n') + '\n';
}

async function runScenario(s: Scenario, broker: BenchBroker, client: KafkaClient, file: string, n: number): Promise<Result> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-agent-'));
  const topic = `agent-${s.name.replace(/\W+/g, '-')}-${Date.now()}`;
  if (s.sink === 'kafka') await client.createTopics([{ topic, numPartitions: 1 }]);
  const conf = path.join(dir, 'agent.conf');
  fs.writeFileSync(conf, config(s, dir, file, broker.bootstrap, topic, n));
  const monitor = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(ROOT, 'dist/cli/tributary-agent.js'),
      '--conf-file',
      conf,
      '--name',
      'a1',
      '-Dflume.root.logger=WARN,console',
      '-Dflume.monitoring.type=http',
      `-Dflume.monitoring.port=${monitor}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  try {
    // The monitoring server answers once the agent (source included) started.
    let t0 = 0;
    let cpu0 = 0;
    for (let i = 0; i < 400 && t0 === 0; i++) {
      try {
        await fetch(`http://127.0.0.1:${monitor}/metrics`);
        t0 = performance.now();
        cpu0 = cpuMs(child.pid!);
      } catch {
        await sleep(25);
      }
    }
    if (t0 === 0) throw new Error(`agent did not start:\n${err}`);
    const done = async (): Promise<boolean> => {
      if (s.sink === 'kafka') return ((await client.listOffsets([{ topic, partition: 0 }], 'latest')).get(`${topic}-0`) ?? 0) >= n;
      const m = (await (await fetch(`http://127.0.0.1:${monitor}/metrics`)).json()) as Record<string, Record<string, string>>;
      return Number(m['SINK.k1'].EventDrainSuccessCount) >= n;
    };
    const deadline = Date.now() + 600_000;
    while (!(await done())) {
      if (child.exitCode !== null) throw new Error(`agent exited:\n${err}`);
      if (Date.now() > deadline) throw new Error(`timed out:\n${err}`);
      await sleep(20);
    }
    return { scenario: s, seconds: (performance.now() - t0) / 1000, cpuMs: cpuMs(child.pid!) - cpu0 };
  } finally {
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const i = argv.indexOf('--events');
  const n = i >= 0 ? Number(argv[i + 1]) : quick ? 50_000 : 500_000;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-agent-log-'));
  const file = path.join(tmp, 'access.log');
  const bytes = writeLog(file, n);
  const broker = new BenchBroker();
  await broker.start();
  const client = new KafkaClient({ brokers: broker.bootstrap });
  await client.connect();
  const scenarios: Scenario[] = [
    { name: 'exec → file → kafka', source: 'exec', channel: 'file', sink: 'kafka' },
    { name: 'taildir → file → kafka', source: 'taildir', channel: 'file', sink: 'kafka' },
    { name: 'exec → memory → kafka', source: 'exec', channel: 'memory', sink: 'kafka' },
    { name: 'taildir → file → null', source: 'taildir', channel: 'file', sink: 'null' },
  ];
  const results: Result[] = [];
  try {
    for (const s of scenarios) {
      log(`${s.name}: ${n} events`);
      results.push(await runScenario(s, broker, client, file, n));
    }
  } finally {
    client.close();
    await broker.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  const out: string[] = [];
  out.push(`### Agent throughput (issue 15)`);
  out.push('');
  out.push(
    `${int(n)} access-log lines of ${Math.round(bytes / n)} B, the agent as a process, one broker process, one partition, acks=1; batch sizes 1000 (source, sink), file channel transactionCapacity 10000. Load average at the end ${os.loadavg()[0].toFixed(2)}.`,
  );
  out.push('');
  out.push(
    table(
      ['configuration', 'events/s', 'MB/s', 'seconds', 'agent CPU s', 'CPU µs/event'],
      results.map((r) => [
        r.scenario.name,
        int(n / r.seconds),
        fixed(bytes / r.seconds / 1e6, 1),
        fixed(r.seconds, 2),
        fixed(r.cpuMs / 1000, 2),
        fixed((r.cpuMs * 1000) / n, 1),
      ]),
      [false, true, true, true, true, true],
    ),
  );
  console.log(out.join('\n'));
}

main().catch((err) => {
  console.error(`agent bench failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
