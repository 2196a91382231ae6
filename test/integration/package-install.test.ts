/**
 * The packed package runs from what it ships: `npm pack` (bin/, dist/ with
 * the web UIs' files, config/*.properties), installed into an empty
 * directory with no source tree around it; from there `npx
 * kafka-server-start` starts a broker whose console and /metrics answer,
 * the package's CLIs create a topic and produce to it, and a small streaming
 * job importing `tributary/streaming` counts the words and serves its UI.
 *
 * The install is offline from npm's cache: `npm install <tarball>` would
 * need the registry's package documents (npm's cache keeps the tarballs of
 * what `npm ci` installed, not the documents), so the test writes the empty
 * project's package-lock.json from the repository's own lock (its non-dev
 * entries: the versions this repository tests) plus the tarball, and runs
 * `npm ci --offline`. Where the cache lacks a tarball it retries with
 * `--prefer-offline` (the registry then fills the gap) and says so.
 * Needs `npm run build` first (the package ships dist/; packing skips the
 * prepack build so that dist/ is not rewritten under other tests).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, freePort, waitForPort } from './harness.js';
import { waitFor } from './groups-helpers.js';

interface LockEntry {
  dev?: boolean;
  link?: boolean;
  [k: string]: unknown;
}

let dir: string;
let broker: ChildProcess | null = null;
let brokerOutput = '';
const installLog: string[] = [];

/** Runs a command to completion; resolves with its exit code and output. */
function run(cmd: string, args: string[], cwd: string, input?: string, timeoutMs = 120_000): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
    child.stdin.end(input ?? '');
  });
}

/** package-lock.json of a project that depends on the tarball only, from the repository's lock. */
function lockFor(tarball: string, projectName: string): object {
  const repoLock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const spec = `file:${path.basename(tarball)}`;
  const integrity = `sha512-${crypto.createHash('sha512').update(fs.readFileSync(tarball)).digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name: projectName, dependencies: { [pkg.name]: spec } },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: spec,
      integrity,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [where, entry] of Object.entries(repoLock.packages)) {
    if (where === '' || entry.dev === true || entry.link === true || where === `node_modules/${pkg.name}`) continue;
    packages[where] = entry;
  }
  return { name: projectName, lockfileVersion: 3, requires: true, packages };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tributary-pack-'));
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT);
  expect(packed.code, packed.out).toBe(0);
  const info = JSON.parse(packed.out.slice(packed.out.indexOf('['))) as { filename: string; size: number; entryCount: number }[];
  const tarball = path.join(dir, info[0].filename);
  installLog.push(`tarball ${info[0].filename}: ${(info[0].size / 1e6).toFixed(2)} MB, ${info[0].entryCount} files`);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'pack-test', private: true, type: 'module', dependencies: { tributary: `file:${info[0].filename}` } }),
  );
  fs.writeFileSync(path.join(dir, 'package-lock.json'), JSON.stringify(lockFor(tarball, 'pack-test'), null, 2));
  const started = Date.now();
  let install = await run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], dir, undefined, 300_000);
  if (install.code !== 0 && /ENOTCACHED/.test(install.out)) {
    installLog.push(`npm ci --offline: a tarball is not in npm's cache; retrying with --prefer-offline`);
    install = await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], dir, undefined, 300_000);
  }
  expect(install.code, install.out).toBe(0);
  installLog.push(`npm ci: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  installLog.push(install.out);
  console.log(installLog.slice(0, -1).join('\n'));
}, 400_000);

afterAll(async () => {
  if (broker && broker.exitCode === null && broker.signalCode === null) {
    const exited = new Promise((r) => broker!.once('exit', r));
    process.kill(-broker.pid!, 'SIGKILL');
    await exited;
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('installs without engine warnings and holds no source tree', () => {
    expect(installLog.at(-1)).not.toMatch(/EBADENGINE/);
    const installed = path.join(dir, 'node_modules/tributary');
    expect(fs.existsSync(path.join(installed, 'dist/broker/http/public/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'dist/streaming/ui/public/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'config/server.properties'))).toBe(true);
    for (const source of ['broker', 'streaming', 'http-common', 'protocol', 'test', 'tsconfig.json']) {
      expect(fs.existsSync(path.join(installed, source)), source).toBe(false);
    }
  });

  it('starts a broker with npx kafka-server-start; the console, /metrics, the CLIs and a streaming job work from there', async () => {
    const [port, httpPort] = [await freePort(), await freePort()];
    const props = path.join(dir, 'server.properties');
    fs.writeFileSync(
      props,
      [
        'broker.id=0',
        `listeners=PLAINTEXT://127.0.0.1:${port}`,
        `log.dirs=${path.join(dir, 'data')}`,
        'offsets.topic.replication.factor=1',
        'group.initial.rebalance.delay.ms=0',
        `http.listener=http://127.0.0.1:${httpPort}`,
      ].join('\n') + '\n',
    );
    // Its own process group: npx runs the broker as a child, and the group is killed at the end.
    broker = spawn('npx', ['--no-install', 'kafka-server-start', props], { cwd: dir, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    broker.stdout!.on('data', (d) => (brokerOutput += d));
    broker.stderr!.on('data', (d) => (brokerOutput += d));
    const exited = new Promise<never>((_, reject) =>
      broker!.once('exit', (code) => reject(new Error(`the broker exited (code ${code}):\n${brokerOutput}`))),
    );
    await Promise.race([Promise.all([waitForPort(port, 90_000), waitForPort(httpPort, 90_000)]), exited]);

    const page = await fetch(`http://127.0.0.1:${httpPort}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/i);
    const metrics = await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
    expect(metrics).toMatch(/^# TYPE tributary_/m);

    const bootstrap = `127.0.0.1:${port}`;
    const created = await run(
      'npx',
      ['--no-install', 'kafka-topics', '--bootstrap-server', bootstrap, '--create', '--topic', 'words', '--partitions', '2'],
      dir,
    );
    expect(created.code, created.out).toBe(0);
    const produced = await run(
      'npx',
      ['--no-install', 'kafka-console-producer', '--bootstrap-server', bootstrap, '--topic', 'words'],
      dir,
      'to be or not to be\nto stream\n',
    );
    expect(produced.code, produced.out).toBe(0);

    // A streaming job as a user writes it, importing the package by name.
    fs.writeFileSync(
      path.join(dir, 'job.mjs'),
      `import { StreamingContext, KafkaUtils, LocationStrategies, ConsumerStrategies, StreamingUi } from 'tributary/streaming';
const [brokers] = process.argv.slice(2);
const ssc = new StreamingContext(200, { appName: 'pack-test' });
const stream = KafkaUtils.createDirectStream(ssc, LocationStrategies.PreferConsistent, ConsumerStrategies.Subscribe(['words'], {
  'bootstrap.servers': brokers, 'group.id': 'pack-test', 'key.deserializer': 'string', 'value.deserializer': 'string',
  'auto.offset.reset': 'earliest', 'enable.auto.commit': false,
}));
const totals = new Map();
stream.flatMap((r) => (r.value ?? '').split(' ').filter((w) => w)).map((w) => [w, 1]).reduceByKey((a, b) => a + b)
  .foreachRDD(async (rdd) => {
    for (const [w, n] of await rdd.collect()) totals.set(w, (totals.get(w) ?? 0) + n);
    if ((totals.get('to') ?? 0) >= 3) {
      const ui = await (await fetch(ui$.url)).text();
      console.log('ui ' + (/<html/i.test(ui) ? 'ok' : 'missing'));
      console.log('counts ' + JSON.stringify(Object.fromEntries([...totals].sort())));
      void ssc.stop({ graceful: false }).then(() => process.exit(0));
    }
  });
const ui$ = await StreamingUi.start(ssc, { port: 0 });
await ssc.start();
setTimeout(() => { console.log('timed out: ' + JSON.stringify([...totals])); process.exit(1); }, 90_000);
await ssc.awaitTermination();
`,
    );
    const job = await run(process.execPath, ['job.mjs', bootstrap], dir, undefined, 120_000);
    expect(job.code, job.out).toBe(0);
    expect(job.out).toContain('ui ok');
    const counts = JSON.parse(/^counts (.*)$/m.exec(job.out)![1]);
    expect(counts).toEqual({ be: 2, not: 1, or: 1, stream: 1, to: 3 });

    // A clean stop: SIGTERM to npx's group; the broker writes its checkpoints and exits.
    exited.catch(() => undefined);
    process.kill(-broker.pid!, 'SIGTERM');
    // npx itself exits at once; the broker (its child, same pipes) logs when it has stopped.
    await waitFor(() => /Tributary broker 0 stopped/.test(brokerOutput) || null, 60_000, `the broker to stop:\n${brokerOutput}`);
  });
});
