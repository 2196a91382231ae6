/**
 * The backlog readers of bench/cold-fetch.ts, each in its own process so
 * that its CPU does not disturb the timing of the steady producer:
 *
 * - kcat: `kcat -C -o beginning -e` into /dev/null, as fast as librdkafka
 *   goes (its defaults: 1 MB per partition per fetch, prefetching);
 * - paced: this file run as a script, a Fetch loop over the lean client
 *   (1 MB per fetch, one fetch at a time) that keeps to `--mbps` MB/s, so
 *   the broker's CPU is not saturated and what remains is the cost of the
 *   reads themselves.
 *
 * Also the backlog's making (fillBacklog: 1 KB records, 1 MB requests) and
 * cache handling (dropCache, cachedBytes), shared with bench/latency.ts.
 *
 * As a script: node --import tsx bench/backlog-reader.ts PORT TOPIC MBPS
 * (prints {"ms":…,"bytes":…} when it reached the end of partition 0).
 */
import fs from 'node:fs';
import { execFileSync, execSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Connection } from '../client/index.js';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeFetchRequest } from '../protocol/generated/fetch-request.js';
import { decodeFetchResponse } from '../protocol/generated/fetch-response.js';
import { encodeProduceRequest } from '../protocol/generated/produce-request.js';
import { decodeProduceResponse } from '../protocol/generated/produce-response.js';
import { encodeRecordBatch } from '../protocol/record-codec.js';
import type { BenchBroker } from './broker-process.js';
import { BATCH_LENGTH_OFFSET, LAST_OFFSET_DELTA_OFFSET, LOG_OVERHEAD, readInt64 } from '../protocol/record-batch.js';

/** How long a reader took and how many bytes it read. */
export interface ReadRun {
  ms: number;
  bytes: number;
}

/** Reads partition 0 of `topic` with kcat as fast as it goes; `bytes` is the caller's to fill in. */
export function readWithKcat(bootstrap: string, topic: string): Promise<ReadRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn('kcat', ['-C', '-b', bootstrap, '-t', topic, '-p', '0', '-o', 'beginning', '-e', '-q'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve({ ms: performance.now() - t0, bytes: NaN }) : reject(new Error(`kcat exited ${code}: ${err}`)),
    );
  });
}

/** Reads partition 0 of `topic` at `mbps` MB/s in a child process (this file as a script). */
export function readPaced(port: number, topic: string, mbps: number): Promise<ReadRun> {
  return new Promise((resolve, reject) => {
    const self = fileURLToPath(import.meta.url);
    const child = spawn(process.execPath, ['--import', 'tsx', self, String(port), topic, String(mbps)], {
      cwd: path.dirname(self),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as ReadRun) : reject(new Error(`paced reader exited ${code}: ${err}`)),
    );
  });
}

/** One acks=1 Produce of `batch` to partition 0 of `topic`; resolves with its error code. */
export function produce(c: Connection, topic: string, batch: Buffer): Promise<number> {
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
export async function fillBacklog(b: BenchBroker, topic: string, mb: number): Promise<void> {
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
export function dropCache(files: string[]): string {
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
export function cachedBytes(files: string[]): number {
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

/** One past the last offset of the last whole batch in `records`, or -1 when there is none. */
function nextOffsetAfter(records: Buffer): number {
  let next = -1;
  for (let p = 0; p + LOG_OVERHEAD <= records.length;) {
    const size = LOG_OVERHEAD + records.readInt32BE(p + BATCH_LENGTH_OFFSET);
    if (p + size > records.length) break;
    next = readInt64(records, p) + records.readInt32BE(p + LAST_OFFSET_DELTA_OFFSET) + 1;
    p += size;
  }
  return next;
}

async function pacedMain(port: number, topic: string, mbps: number): Promise<void> {
  const c = await Connection.connect({ host: '127.0.0.1', port, clientId: 'tributary-bench-reader' });
  try {
    let offset = 0;
    let bytes = 0;
    const t0 = performance.now();
    for (;;) {
      const r = await c.send(
        ApiKey.Fetch,
        (w, v) =>
          encodeFetchRequest(w, v, {
            replicaId: -1,
            maxWaitMs: 0,
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
        { maxVersion: 11 },
      );
      const p = r.responses[0]?.partitions[0];
      if (!p || p.errorCode !== 0) throw new Error(`fetch ${topic}@${offset}: error ${p?.errorCode}`);
      const records = p.records ?? Buffer.alloc(0);
      const next = nextOffsetAfter(records);
      if (next < 0) {
        if (offset >= p.highWatermark) break;
        throw new Error(`fetch ${topic}@${offset}: no whole batch below the high watermark ${p.highWatermark}`);
      }
      offset = next;
      bytes += records.length;
      // Keep to the pace: the next fetch goes out when the bytes so far are due.
      const due = t0 + (bytes / (mbps * 1e6)) * 1000;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((res) => setTimeout(res, wait));
    }
    process.stdout.write(JSON.stringify({ ms: performance.now() - t0, bytes }));
  } finally {
    c.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [port, topic, mbps] = process.argv.slice(2);
  pacedMain(Number(port), topic!, Number(mbps)).catch((err: Error) => {
    process.stderr.write(`${err.stack ?? err.message}\n`);
    process.exit(1);
  });
}
