/**
 * kcat (librdkafka) as the load generator: `kcat -P -l file` to produce a
 * file of N lines, `kcat -C -e` to read a partition to its end. Produce
 * latency comes from librdkafka's protocol debug log ("Received
 * ProduceResponse (..., rtt X ms)"): the round trip of every Produce request
 * under full load, one request per batch of up to ~1 MB.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Measurement } from './stats.js';

/** Writes (once, kept in the temp dir for later runs) a file of `n` lines of `size` bytes each (newline not counted). */
export function inputFile(n: number, size: number): string {
  const file = path.join(os.tmpdir(), `tributary-bench-${n}x${size}.txt`);
  if (fs.existsSync(file) && fs.statSync(file).size === n * (size + 1)) return file;
  const line = Buffer.alloc(size + 1, 'x'.charCodeAt(0));
  line[size] = 0x0a;
  const perChunk = Math.max(1, Math.floor((4 << 20) / line.length));
  const chunk = Buffer.alloc(perChunk * line.length);
  for (let i = 0; i < perChunk; i++) line.copy(chunk, i * line.length);
  const fd = fs.openSync(file + '.tmp', 'w');
  try {
    for (let left = n; left > 0; left -= perChunk) fs.writeSync(fd, chunk, 0, Math.min(left, perChunk) * line.length);
    // On disk before any timing starts, so its writeback does not compete with the broker's.
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(file + '.tmp', file);
  return file;
}

function run(args: string[], stdout: 'ignore' | 'pipe'): Promise<{ ms: number; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('kcat', args, { stdio: ['ignore', stdout, 'pipe'] });
    let stderr = '';
    let out = '';
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout?.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code, sig) => {
      const ms = performance.now() - t0;
      if (code !== 0) reject(new Error(`kcat ${args.join(' ')} exited with ${code ?? sig}:\n${stderr.slice(-2000)}`));
      else resolve({ ms, stderr, stdout: out });
    });
  });
}

/** Produces every line of `file` to topic-0 with kcat; latency = Produce request RTTs. */
export async function kcatProduce(
  bootstrap: string,
  topic: string,
  file: string,
  n: number,
  size: number,
  acks: 1 | -1,
  /** More kcat flags (e.g. -X security.protocol=SSL). */
  extra: readonly string[] = [],
): Promise<Measurement> {
  const args = [
    ...extra,
    '-P',
    '-b',
    bootstrap,
    '-t',
    topic,
    '-p',
    '0',
    '-X',
    `acks=${acks === -1 ? 'all' : '1'}`,
    '-X',
    'linger.ms=5',
    '-X',
    'batch.num.messages=10000',
    '-X',
    'queue.buffering.max.messages=1000000',
    '-X',
    'queue.buffering.max.kbytes=1048576',
    '-d',
    'protocol',
    '-l',
    file,
  ];
  const r = await run(args, 'ignore');
  const rtts: number[] = [];
  const re = /Received ProduceResponse \([^)]*rtt ([\d.]+)ms\)/g;
  for (let m = re.exec(r.stderr); m !== null; m = re.exec(r.stderr)) rtts.push(Number(m[1]));
  return { messages: n, bytes: n * size, ms: r.ms, latencies: rtts, latencyNote: `Produce request RTT (${rtts.length} requests)` };
}

/**
 * Reads the `n` messages of topic-0 from offset 0 with kcat into
 * /dev/null. `-c n` makes kcat exit at the n-th message, so the run does not
 * end with an empty long poll (fetch.wait.max.ms) as `-e` alone would; `-e`
 * stops it early if fewer are there, which kcat reports and this rejects.
 * `-o 0` rather than `-o beginning` (the same offset on a fresh topic): the
 * logical offset needs a ListOffsets first, and librdkafka 2.0 sometimes
 * schedules that 500 ms late when the partition's leader is not yet known
 * ("no current leader for partition: (re)starting offset query timer"), a
 * client-side delay that would swamp a sub-second run.
 */
export async function kcatConsume(bootstrap: string, topic: string, n: number, size: number, extra: string[]): Promise<Measurement> {
  const args = ['-C', '-b', bootstrap, '-t', topic, '-p', '0', '-o', '0', '-e', '-c', String(n), ...extra];
  const r = await run(args, 'ignore');
  const m = /Reached end of topic .* at offset (\d+)/.exec(r.stderr);
  if (m) throw new Error(`kcat reached the end of ${topic} at offset ${m[1]}, expected ${n} messages:\n${r.stderr.slice(-1000)}`);
  return { messages: n, bytes: n * size, ms: r.ms, latencies: [], latencyNote: '' };
}

/** Whether kcat is on PATH. */
export async function haveKcat(): Promise<boolean> {
  try {
    await run(['-V'], 'pipe');
    return true;
  } catch {
    return false;
  }
}
