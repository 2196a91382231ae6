/**
 * The end-to-end latency reader of bench/latency.ts, in its own process:
 * a long-polling Fetch loop (max_wait 500 ms, min_bytes 1, one fetch at a
 * time, like a consumer that keeps up) on partition 0 of a topic from a
 * given offset, on the leader's connection. Every record's latency is the
 * time it was received here minus its timestamp, which the producer
 * (client/batching-producer.ts) takes at send(): send → acknowledged by the
 * ISR → high watermark → a parked fetch woken → response read. Both ends
 * use the wall clock of this one machine, in whole milliseconds (the
 * record timestamp's unit).
 *
 * As a script: node --import tsx bench/e2e-consumer.ts BOOTSTRAP TOPIC FROM COUNT
 * prints {"records":…,"p50":…,"p99":…,"p999":…,"max":…} (ms) once COUNT
 * records were read, after writing "ready" to stderr once it is fetching.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, type ChildProcess } from 'node:child_process';
import { KafkaClient, scanRecordBatches, type RecordVisitor } from '../client/index.js';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeFetchRequest } from '../protocol/generated/fetch-request.js';
import { decodeFetchResponse } from '../protocol/generated/fetch-response.js';

/** What the reader measured. */
export interface E2eResult {
  records: number;
  p50: number;
  p99: number;
  p999: number;
  max: number;
}

/** A running reader: `ready` once it fetches, `done` with its result. */
export interface E2eReader {
  child: ChildProcess;
  ready: Promise<void>;
  done: Promise<E2eResult>;
}

/** Starts the reader in a child process: COUNT records of `topic`-0 from `from`. */
export function startE2eReader(bootstrap: string, topic: string, from: number, count: number): E2eReader {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self, bootstrap, topic, String(from), String(count)], {
    cwd: path.dirname(self),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let markReady!: () => void;
  const ready = new Promise<void>((r) => (markReady = r));
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => {
    err += d;
    if (err.includes('ready')) markReady();
  });
  const done = new Promise<E2eResult>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as E2eResult) : reject(new Error(`e2e reader exited ${code}: ${err}`)),
    );
  });
  done.catch(() => markReady());
  return { child, ready, done };
}

function pct(sorted: Float64Array, p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function readerMain(bootstrap: string, topic: string, from: number, count: number): Promise<void> {
  const client = new KafkaClient({ brokers: bootstrap, clientId: 'tributary-bench-e2e' });
  await client.connect();
  const c = await client.nodeConnection(await client.leaderFor({ topic, partition: 0 }));
  const latencies = new Float64Array(count);
  let n = 0;
  let now = 0;
  const visitor: RecordVisitor = {
    record(_buf, _offset, timestamp) {
      if (n < count) latencies[n++] = now - timestamp;
    },
  };
  let offset = from;
  process.stderr.write('ready\n');
  while (n < count) {
    const r = await c.send(
      ApiKey.Fetch,
      (w, v) =>
        encodeFetchRequest(w, v, {
          replicaId: -1,
          maxWaitMs: 500,
          minBytes: 1,
          maxBytes: 1 << 20,
          isolationLevel: 0,
          sessionId: 0,
          sessionEpoch: -1,
          topics: [
            {
              topic,
              partitions: [{ partition: 0, fetchOffset: offset, partitionMaxBytes: 1 << 20, currentLeaderEpoch: -1, logStartOffset: -1 }],
            },
          ],
          forgottenTopicsData: [],
          rackId: '',
        }),
      decodeFetchResponse,
      { maxVersion: 11, extraTimeoutMs: 500 },
    );
    now = Date.now();
    const p = r.responses[0]?.partitions[0];
    if (!p || p.errorCode !== 0) throw new Error(`fetch ${topic}@${offset}: error ${p?.errorCode}`);
    if (p.records && p.records.length > 0)
      offset = scanRecordBatches(p.records, offset, Number.MAX_SAFE_INTEGER, visitor, false).nextOffset;
  }
  client.close();
  const sorted = latencies.sort();
  process.stdout.write(
    JSON.stringify({ records: n, p50: pct(sorted, 0.5), p99: pct(sorted, 0.99), p999: pct(sorted, 0.999), max: sorted[n - 1] }),
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [bootstrap, topic, from, count] = process.argv.slice(2);
  readerMain(bootstrap!, topic!, Number(from), Number(count)).catch((err: Error) => {
    process.stderr.write(`${err.stack ?? err.message}\n`);
    process.exit(1);
  });
}
