/**
 * Runs the project's `kafka-producer-perf-test` (the compiled dist/, a child
 * process, as a user would) at a fixed rate and reads what it printed:
 * Kafka's total line and, from --print-metrics, the exact record latency
 * percentiles (fractional ms) and the tool's own event-loop delay, so a
 * benchmark can tell a tail the client added from the broker's.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './broker-process.js';

/** One perf-test run as the bench reads it. */
export interface PerfRun {
  records: number;
  recordsPerSec: number;
  /** Kafka's whole-ms percentiles from the total line. */
  kafkaLine: string;
  p50: number;
  p99: number;
  p999: number;
  max: number;
  /** The perf test's own event-loop delay p99 and max (ms, beyond the monitor's timer interval). */
  clientLoopP99: number;
  clientLoopMax: number;
  clientGcMs: number;
  requests: number;
}

/** Options of one run. */
export interface PerfRunOptions {
  bootstrap: string;
  topic: string;
  records: number;
  rate: number;
  recordSize?: number;
  acks: '1' | 'all';
  /** Extra producer properties (k=v). */
  props?: string[];
}

/** Runs the perf test to completion; rejects with its stderr when it fails. */
export function runPerfProducer(o: PerfRunOptions): Promise<PerfRun> {
  const args = [
    path.join(ROOT, 'dist/cli/kafka-producer-perf-test.js'),
    '--topic',
    o.topic,
    '--num-records',
    String(o.records),
    '--record-size',
    String(o.recordSize ?? 100),
    '--throughput',
    String(o.rate),
    '--reporting-interval',
    '600000',
    '--print-metrics',
    '--producer-props',
    `bootstrap.servers=${o.bootstrap}`,
    `acks=${o.acks}`,
    'linger.ms=0',
    ...(o.props ?? []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`kafka-producer-perf-test exited ${code}: ${err || out}`));
      const line = out.split('\n').find((l) => / ms 99\.9th\.$/.test(l));
      const metric = (name: string): number =>
        Number(new RegExp(`:${name.replace(/\./g, '\\.')}:\\{[^}]*\\}\\s+: ([0-9.]+)`).exec(out)?.[1]);
      const total = line ? /^(\d+) records sent, ([0-9.]+) records\/sec/.exec(line) : null;
      if (!line || !total) return reject(new Error(`no total line in the perf test's output:\n${out}`));
      resolve({
        records: Number(total[1]),
        recordsPerSec: Number(total[2]),
        kafkaLine: line,
        p50: metric('record-latency-p50-ms'),
        p99: metric('record-latency-p99-ms'),
        p999: metric('record-latency-p99.9-ms'),
        max: metric('record-latency-max-ms'),
        clientLoopP99: metric('event-loop-delay-p99-ms'),
        clientLoopMax: metric('event-loop-delay-max-ms'),
        clientGcMs: metric('gc-pause-total-ms'),
        requests: metric('request-total'),
      });
    });
  });
}
