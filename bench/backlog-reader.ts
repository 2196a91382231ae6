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
 * As a script: node --import tsx bench/backlog-reader.ts PORT TOPIC MBPS
 * (prints {"ms":…,"bytes":…} when it reached the end of partition 0).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Connection } from '../client/index.js';
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeFetchRequest } from '../protocol/generated/fetch-request.js';
import { decodeFetchResponse } from '../protocol/generated/fetch-response.js';
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
