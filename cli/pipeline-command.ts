/**
 * `tributary pipeline`: the log analytics pipeline of the course in one
 * command, on this machine:
 *
 *   generator ──▶ access.log ──▶ agent (tail -F → memory → Kafka sink) ──▶ broker, topic access-log
 *        ──▶ streaming job (direct stream, per-day counts) ──▶ LevelDB ──▶ page with live charts
 *
 * Under the data directory (default ./tributary-pipeline):
 *   access.log          the generated access log (a previous run's is renamed access-<time>.log)
 *   agent.conf          the agent's configuration (pipeline/agent-config.ts)
 *   broker/             the broker's log dir          store/   the job's LevelDB store
 *   logs/               broker.log, agent.log, job.log
 *
 * The broker runs inside this process (embedded); the agent (`tributary
 * agent`) and the job (`tributary pipeline job`) are child processes in
 * their own process groups, so Ctrl-C reaches only this process, which stops
 * everything in order: the generator, the agent, the job (gracefully: the
 * batches due are written), the broker; then it exits 0. A job that dies is
 * started again on the same page port (its store makes that safe: nothing is
 * counted twice), at most 5 times a minute; an agent that dies stops the
 * pipeline with an error (its exec source cannot resume where it was).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBroker, type RunningBroker } from '../broker/index.js';
import type { Logger } from '../broker/logger.js';
import { KafkaClient } from '../client/index.js';
import { pipelineAgentConfig } from '../pipeline/agent-config.js';
import { LogWriter } from '../pipeline/log-writer.js';
import { errorMessage, runTool, ToolError } from './common/tool.js';
import { UsageError, type ParsedArgs } from './common/args.js';
import { generatorOptions, GENERATOR_OPTIONS } from './pipeline-options.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RESTARTS_PER_MINUTE = 5;

function port(args: ParsedArgs, name: string, fallback: number): number {
  const p = args.int(name) ?? fallback;
  if (p < 0 || p > 65535) throw new UsageError(`--${name} must be between 0 and 65535`);
  return p;
}

/** A logger appending Kafka-style lines to a file (the embedded broker's log). */
function fileLogger(file: string): Logger & { close(): void } {
  const out = fs.createWriteStream(file, { flags: 'a' });
  const line = (label: string) => (m: string) => out.write(`[${new Date().toISOString()}] ${label} ${m} (tributary)\n`);
  return { debug: () => undefined, info: line('INFO'), warn: line('WARN'), error: line('ERROR'), close: () => out.end() };
}

/** The last `n` lines of a file (for an error message), or ''. */
function tailOf(file: string, n = 5): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}

/** Renames a non-empty access log out of the way, so that the agent reads only this run's lines. */
function rotate(file: string): string | null {
  const st = fs.statSync(file, { throwIfNoEntry: false });
  if (!st || st.size === 0) return null;
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let to = path.join(path.dirname(file), `access-${stamp}.log`);
  for (let i = 1; fs.existsSync(to); i++) to = path.join(path.dirname(file), `access-${stamp}-${i}.log`);
  fs.renameSync(file, to);
  return to;
}

/** Signals a child's process group (the child leads it: spawned detached). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** Stops a child: `signal` to its group, SIGKILL after `timeoutMs`; resolves when it exited. */
function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, 'SIGKILL'); // whatever it left behind in its group
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      signalGroup(child, 'SIGKILL');
      resolve();
    });
    signalGroup(child, signal);
  });
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `code ${code}`;
}

/** Starts `tributary pipeline job` and resolves with the child and its page URL once it is ready. */
function startJob(jobArgs: string[], logFile: string): Promise<{ child: ChildProcess; url: string }> {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [path.join(HERE, 'tributary-pipeline.js'), 'job', ...jobArgs], {
    stdio: ['ignore', out, out, 'ipc'],
    detached: true,
  });
  fs.closeSync(out);
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null, sig: NodeJS.Signals | null): void =>
      reject(new ToolError(`the streaming job exited while starting (${describeExit(code, sig)}):\n${tailOf(logFile)}\n(see ${logFile})`));
    child.once('exit', onExit);
    child.on('message', (m: { type?: string; url?: string }) => {
      if (m?.type !== 'ready' || !m.url) return;
      child.off('exit', onExit);
      resolve({ child, url: m.url });
    });
  });
}

runTool({
  name: 'tributary pipeline',
  summary:
    'Run the log analytics pipeline: a log generator, a broker, an agent (tail -F → memory → Kafka), the course-statistics streaming job (LevelDB) and its page with live charts. Ctrl-C stops it all.',
  options: [
    {
      name: 'data-dir',
      arg: 'required',
      metavar: 'DIR',
      desc: 'Where the log, broker data, store and logs go.',
      default: './tributary-pipeline',
    },
    { name: 'port', arg: 'required', metavar: 'PORT', desc: 'Kafka port of the broker (0: any free port).', default: '9092' },
    { name: 'http-port', arg: 'required', metavar: 'PORT', desc: 'Port of the page (0: any free port).', default: '8090' },
    { name: 'http-host', arg: 'required', metavar: 'HOST', desc: 'Address of the page.', default: '127.0.0.1' },
    { name: 'topic', arg: 'required', metavar: 'TOPIC', desc: 'The topic the agent writes the lines to.', default: 'access-log' },
    { name: 'partitions', arg: 'required', metavar: 'N', desc: 'Partitions of the topic when it is created.', default: '3' },
    { name: 'batch-ms', arg: 'required', metavar: 'MS', desc: "The streaming job's batch interval.", default: '2000' },
    ...GENERATOR_OPTIONS,
  ],
  run: async (args) => {
    const dataDir = path.resolve(args.value('data-dir') ?? './tributary-pipeline');
    const kafkaPort = port(args, 'port', 9092);
    let httpPort = port(args, 'http-port', 8090);
    const httpHost = args.value('http-host') ?? '127.0.0.1';
    const topic = args.value('topic') ?? 'access-log';
    const partitions = args.int('partitions') ?? 3;
    if (partitions < 1) throw new UsageError('--partitions must be at least 1');
    const batchMs = args.int('batch-ms') ?? 2000;
    if (batchMs < 1) throw new UsageError('--batch-ms must be at least 1');
    const gen = generatorOptions(args);

    const logsDir = path.join(dataDir, 'logs');
    fs.mkdirSync(logsDir, { recursive: true });
    const accessLog = path.join(dataDir, 'access.log');
    const storeDir = path.join(dataDir, 'store');
    const files = { broker: path.join(logsDir, 'broker.log'), agent: path.join(logsDir, 'agent.log'), job: path.join(logsDir, 'job.log') };
    const rotated = rotate(accessLog);

    let broker: RunningBroker | null = null;
    let agent: ChildProcess | null = null;
    let job: ChildProcess | null = null;
    let writer: LogWriter | null = null;
    let stopping = false;
    const brokerLog = fileLogger(files.broker);
    let fail: (err: Error) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (fail = reject));
    failed.catch(() => undefined);

    const stopAll = async (): Promise<void> => {
      stopping = true;
      process.stdout.write('stopping: generator, agent, job, broker...\n');
      await writer?.stop().catch(() => undefined);
      if (agent) await stopChild(agent, 'SIGTERM', 15_000);
      if (job) await stopChild(job, 'SIGTERM', 30_000);
      await broker?.stop().catch((err: unknown) => brokerLog.error(`stop failed: ${errorMessage(err)}`));
      brokerLog.close();
      process.stdout.write('stopped\n');
    };
    const signals = new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });

    try {
      try {
        broker = await startBroker({
          port: kafkaPort,
          dataDir: path.join(dataDir, 'broker'),
          logger: brokerLog,
          config: { 'num.partitions': String(partitions), 'group.initial.rebalance.delay.ms': '0' },
        });
      } catch (err) {
        const hint = /EADDRINUSE/.test(errorMessage(err)) ? ` (port ${kafkaPort} is in use: is a broker running? use --port)` : '';
        throw new ToolError(`the broker did not start: ${errorMessage(err)}${hint}`);
      }
      const client = new KafkaClient({ brokers: broker.brokers, clientId: 'tributary-pipeline' });
      try {
        await client.createTopics([{ topic, numPartitions: partitions, replicationFactor: 1 }]);
      } finally {
        client.close();
      }

      const confFile = path.join(dataDir, 'agent.conf');
      fs.writeFileSync(confFile, pipelineAgentConfig({ agent: 'a1', logFile: accessLog, brokers: broker.brokers, topic }));
      const agentOut = fs.openSync(files.agent, 'a');
      agent = spawn(
        process.execPath,
        [path.join(HERE, 'tributary-agent.js'), '--conf-file', confFile, '--name', 'a1', '-Dflume.root.logger=INFO,console'],
        { stdio: ['ignore', agentOut, agentOut], detached: true },
      );
      fs.closeSync(agentOut);
      agent.once('exit', (code, sig) => {
        if (!stopping) fail(new ToolError(`the agent exited (${describeExit(code, sig)}):\n${tailOf(files.agent)}\n(see ${files.agent})`));
      });

      const jobArgs = (): string[] => [
        '--bootstrap-server',
        broker!.brokers,
        '--topic',
        topic,
        '--store',
        storeDir,
        '--batch-ms',
        String(batchMs),
        '--http-host',
        httpHost,
        '--http-port',
        String(httpPort),
      ];
      const started = await Promise.race([startJob(jobArgs(), files.job), failed]);
      job = started.child;
      const url = started.url;
      httpPort = Number(new URL(url).port);
      const restarts: number[] = [];
      const watchJob = (child: ChildProcess): void => {
        child.once('exit', (code, sig) => {
          if (stopping) return;
          const now = Date.now();
          while (restarts.length > 0 && restarts[0] < now - 60_000) restarts.shift();
          if (restarts.length >= RESTARTS_PER_MINUTE) {
            fail(
              new ToolError(
                `the streaming job keeps exiting (${describeExit(code, sig)}), ${RESTARTS_PER_MINUTE} restarts in a minute:\n${tailOf(files.job)}\n(see ${files.job})`,
              ),
            );
            return;
          }
          restarts.push(now);
          process.stdout.write(`job exited (${describeExit(code, sig)}); restarting it\n`);
          startJob(jobArgs(), files.job).then(
            (s) => {
              job = s.child;
              if (stopping) return void stopChild(s.child, 'SIGTERM', 30_000);
              process.stdout.write(`job restarted: pid ${s.child.pid}\n`);
              watchJob(s.child);
            },
            (err: Error) => fail(err),
          );
        });
      };
      watchJob(job);

      writer = new LogWriter({ ...gen, file: accessLog });
      await writer.start();
      const w = writer;
      writer.done.then(
        () => {
          if (!stopping && gen.count > 0) process.stdout.write(`generator: wrote ${w.written} lines\n`);
        },
        (err: Error) => fail(new ToolError(`the generator failed: ${err.message}`)),
      );

      const clock = gen.startTime ? `simulated clock from ${args.value('start-time')}` : 'wall clock';
      process.stdout.write(
        [
          `Log analytics pipeline (data in ${dataDir})`,
          `  generator  ${gen.rate} lines/s${gen.count ? `, ${gen.count} lines` : ''}, seed ${gen.seed}, ${clock} → ${accessLog}` +
            (rotated ? ` (previous log kept as ${path.basename(rotated)})` : ''),
          `  agent      pid ${agent.pid}: tail -F → memory → Kafka (${confFile}; log ${files.agent})`,
          `  broker     ${broker.brokers}, topic ${topic} (${partitions} partitions; embedded, log ${files.broker})`,
          `  job        pid ${job.pid}: direct stream, ${batchMs} ms batches → LevelDB ${storeDir} (log ${files.job})`,
          `Course statistics: ${url}`,
          'Press Ctrl-C to stop.',
          '',
        ].join('\n'),
      );
      const why = await Promise.race([signals, failed]);
      process.stdout.write(`${why} received\n`);
    } finally {
      await stopAll();
    }
    return 0;
  },
});
