#!/usr/bin/env node
/**
 * tributary cluster --brokers 3 [--zookeeper host:port] [--data-dir DIR] [--port 9092]
 *                   [--http-port 9644] [--override key=value]...
 *
 * A multi-broker cluster on this machine in one command: Apache ZooKeeper
 * from Debian's package on 127.0.0.1:2181 (unless --zookeeper names a running
 * one), then brokers 0..N-1 on ports 9092, 9093, ... each with its own
 * server.properties and log dir under the data dir
 * (`<dir>/broker-<id>/server.properties`, `<dir>/broker-<id>/logs`, output in
 * `<dir>/broker-<id>/server.log`; ZooKeeper in `<dir>/zookeeper`). Every
 * broker serves its HTTP API and web console, broker i on
 * http://127.0.0.1:<http-port + i>/ (each console shows the whole cluster);
 * `--override http.listener=none` turns them all off. Prints each broker's
 * addresses and the bootstrap list once every broker has registered. Ctrl-C
 * (SIGINT) or SIGTERM stops the brokers with a controlled shutdown, then
 * ZooKeeper, and exits 0. Restarting with the same data dir brings the same
 * cluster back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTool, ToolError } from './common/tool.js';
import { parseKeyValues, UsageError } from './common/args.js';
import { zooKeeperCommand } from '../broker/cluster/zk/zk-server-command.js';
import { ZkClient } from '../broker/cluster/zk/zk-client.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const c = net.connect({ host, port }, () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });
}

async function waitForPort(host: string, port: number, what: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await portOpen(host, port))) {
    if (child.exitCode !== null || child.signalCode !== null) throw new ToolError(`${what} exited (code ${child.exitCode}); see its log`);
    if (Date.now() > deadline) throw new ToolError(`${what} is not listening on ${host}:${port} after ${timeoutMs} ms`);
    await sleep(100);
  }
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** Waits until `n` brokers are registered under /brokers/ids. */
async function waitForRegistrations(connect: string, n: number, timeoutMs: number): Promise<void> {
  const zk = await ZkClient.connect({ connect, sessionTimeoutMs: 10_000, connectionTimeoutMs: 10_000 });
  try {
    const deadline = Date.now() + timeoutMs;
    while (((await zk.getChildren('/brokers/ids')) ?? []).length < n) {
      if (Date.now() > deadline)
        throw new ToolError(
          `only ${((await zk.getChildren('/brokers/ids')) ?? []).length} of ${n} brokers registered in ZooKeeper after ${timeoutMs} ms`,
        );
      await sleep(100);
    }
  } finally {
    zk.close();
  }
}

runTool({
  name: 'tributary cluster',
  summary: 'Start ZooKeeper and N brokers on this machine (ports 9092, 9093, ...); Ctrl-C stops them all.',
  options: [
    { name: 'brokers', arg: 'required', metavar: 'N', desc: 'Number of brokers.', default: '3' },
    { name: 'zookeeper', arg: 'required', metavar: 'host:port', desc: 'Use this running ZooKeeper instead of starting one.' },
    {
      name: 'data-dir',
      arg: 'required',
      metavar: 'DIR',
      desc: 'Where configs, logs and ZooKeeper data go.',
      default: './tributary-cluster',
    },
    { name: 'port', arg: 'required', metavar: 'PORT', desc: 'Port of broker 0; broker i listens on PORT+i.', default: '9092' },
    { name: 'zookeeper-port', arg: 'required', metavar: 'PORT', desc: 'Port of the started ZooKeeper.', default: '2181' },
    {
      name: 'http-port',
      arg: 'required',
      metavar: 'PORT',
      desc: 'HTTP API and web console port of broker 0; broker i uses PORT+i.',
      default: '9644',
    },
    { name: 'override', arg: 'required', metavar: 'key=value', desc: 'A server.properties key for every broker (repeatable).' },
    { name: 'help', desc: 'Print usage information.' },
  ],
  run: async (args) => {
    const n = args.int('brokers') ?? 3;
    if (n < 1 || n > 100) throw new UsageError('--brokers must be between 1 and 100');
    const basePort = args.int('port') ?? 9092;
    const dataDir = path.resolve(args.value('data-dir') ?? './tributary-cluster');
    const overrides = parseKeyValues(args.values('override'), '--override');
    const httpBase = args.int('http-port') ?? 9644;
    if (httpBase < 1 || httpBase + n - 1 > 65535) throw new UsageError(`--http-port must leave room for ${n} ports below 65536`);
    const httpOverride = overrides.get('http.listener');
    // One listener for every broker would collide: only `none` (no console anywhere) makes sense.
    if (httpOverride !== undefined && httpOverride !== 'none')
      throw new UsageError('--override http.listener would give every broker the same HTTP port: use --http-port (or http.listener=none)');
    const withHttp = httpOverride === undefined;
    fs.mkdirSync(dataDir, { recursive: true });
    const children: { name: string; child: ChildProcess }[] = [];
    let zkChild: ChildProcess | null = null;
    let stopping = false;

    const stopAll = async (): Promise<void> => {
      if (stopping) return;
      stopping = true;
      process.stdout.write('stopping brokers (controlled shutdown)...\n');
      // One at a time, so leaderships can move to the brokers still running.
      for (const c of [...children].reverse()) await stopChild(c.child, 'SIGTERM', 30_000);
      if (zkChild) await stopChild(zkChild, 'SIGTERM', 10_000);
      process.stdout.write('stopped\n');
    };

    let connect = args.value('zookeeper');
    if (!connect) {
      const zkPort = args.int('zookeeper-port') ?? 2181;
      if (await portOpen('127.0.0.1', zkPort))
        throw new ToolError(`port ${zkPort} is in use: is a ZooKeeper already running? (use --zookeeper 127.0.0.1:${zkPort} to join it)`);
      const zkDir = path.join(dataDir, 'zookeeper');
      fs.mkdirSync(zkDir, { recursive: true });
      const { command, args: zkArgs } = zooKeeperCommand(zkDir, zkPort);
      const out = fs.openSync(path.join(zkDir, 'zookeeper.log'), 'a');
      zkChild = spawn(command, zkArgs, { stdio: ['ignore', out, out], detached: true });
      connect = `127.0.0.1:${zkPort}`;
      await waitForPort('127.0.0.1', zkPort, 'ZooKeeper', zkChild, 30_000);
      process.stdout.write(`ZooKeeper on ${connect} (data in ${zkDir})\n`);
    }

    const signals = new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    try {
      const bootstrap: string[] = [];
      const lines: string[] = [];
      for (let id = 0; id < n; id++) {
        const dir = path.join(dataDir, `broker-${id}`);
        fs.mkdirSync(dir, { recursive: true });
        const port = basePort + id;
        const httpPort = httpBase + id;
        if (await portOpen('127.0.0.1', port)) throw new ToolError(`port ${port} is in use: is another broker running? (use --port)`);
        if (withHttp && (await portOpen('127.0.0.1', httpPort)))
          throw new ToolError(`HTTP port ${httpPort} is in use: is another broker running? (use --http-port)`);
        const props: Record<string, string> = {
          'broker.id': String(id),
          listeners: `PLAINTEXT://localhost:${port}`,
          'log.dirs': path.join(dir, 'logs'),
          'zookeeper.connect': connect,
          'offsets.topic.replication.factor': String(Math.min(3, n)),
          'default.replication.factor': '1',
          'group.initial.rebalance.delay.ms': '0',
          'http.listener': withHttp ? `http://127.0.0.1:${httpPort}` : 'none',
          ...Object.fromEntries(overrides),
        };
        const file = path.join(dir, 'server.properties');
        fs.writeFileSync(
          file,
          `# written by tributary cluster\n${Object.entries(props)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n')}\n`,
        );
        const out = fs.openSync(path.join(dir, 'server.log'), 'a');
        const child = spawn(process.execPath, [path.join(HERE, 'kafka-server-start.js'), file], {
          stdio: ['ignore', out, out],
          detached: true,
        });
        children.push({ name: `broker ${id}`, child });
        child.once('exit', (code, sig) => {
          if (!stopping) process.stderr.write(`broker ${id} exited (code ${code}, signal ${sig}); see ${path.join(dir, 'server.log')}\n`);
        });
        bootstrap.push(`localhost:${port}`);
        lines.push(`  broker ${id}: localhost:${port}${withHttp ? `  console http://127.0.0.1:${httpPort}/` : ''}`);
      }
      for (let id = 0; id < n; id++) await waitForPort('127.0.0.1', basePort + id, `broker ${id}`, children[id].child, 60_000);
      await waitForRegistrations(connect, n, 60_000);
      // The HTTP listener opens after the Kafka one: the consoles are up once these answer.
      if (withHttp)
        for (let id = 0; id < n; id++) await waitForPort('127.0.0.1', httpBase + id, `broker ${id}'s console`, children[id].child, 60_000);
      process.stdout.write(
        `${n} broker(s) running; data in ${dataDir}\n${lines.join('\n')}\nbootstrap servers: ${bootstrap.join(',')}\nPress Ctrl-C to stop.\n`,
      );
      const why = await signals;
      process.stdout.write(`${why} received\n`);
    } finally {
      await stopAll();
    }
    return 0;
  },
});
