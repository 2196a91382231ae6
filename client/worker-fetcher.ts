/**
 * WorkerFetcher: fetchRanges run on a fetch thread (fetch-worker.ts). Same
 * contract as fetchRanges (visitors per range, onRangeDone), but the fetch
 * thread receives the responses, checks their CRCs and scans their records;
 * the main thread gets each response's buffers (transferred, not copied) with
 * the positions of its records and only hands them to the visitors. So a
 * job's own work and the fetching of its input run on two cores, as a
 * Spark executor's task and the Kafka consumer's network thread do.
 *
 * Fetches may overlap (the thread runs each on its own, sharing its
 * client). start() resolves with null when no thread can be started here
 * (e.g. the TypeScript sources without tsx installed, or no broker
 * answering), and the caller then fetches on its own thread; so does it
 * once the thread has died (`usable` false).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { KafkaClientError } from './errors.js';
import type { FetchRange } from './fetch-range.js';
import type { FetchRangesOptions } from './fetch-ranges.js';
import type { KafkaClientOptions } from './kafka-client.js';
import type { RecordVisitor } from './record-scanner.js';
import { RECORD_FIELDS, type WorkerReply, type WorkerRequest } from './fetch-worker-protocol.js';

/** A fetch in progress. */
interface Current {
  visitors: RecordVisitor[];
  onRangeDone?: (index: number) => void;
  resolve: () => void;
  reject: (err: Error) => void;
}

/** A fetch thread with a client of its own. */
export class WorkerFetcher {
  private nextId = 1;
  private readonly current = new Map<number, Current>();
  private closed = false;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (m: WorkerReply) => this.onMessage(m));
    worker.on('error', (err) => {
      if (!this.closed) console.error(`fetch thread failed (${err.message}); fetching on the main thread from now on`);
      this.closed = true;
      this.failAll(new KafkaClientError(-1, `fetch thread failed: ${err.message}`, true, { cause: err }));
    });
    worker.on('exit', (code) => {
      if (!this.closed) console.error(`fetch thread exited (code ${code}); fetching on the main thread from now on`);
      this.closed = true;
      this.failAll(new KafkaClientError(-1, 'fetch thread exited', true));
    });
  }

  /** False once the thread is closed or died: fetch on the caller's thread instead. */
  get usable(): boolean {
    return !this.closed;
  }

  /** Starts a fetch thread connected to the cluster of `options`; null when no thread can run here. */
  static start(options: KafkaClientOptions): Promise<WorkerFetcher | null> {
    let worker: Worker;
    try {
      worker = spawnFetchWorker(options);
    } catch {
      return Promise.resolve(null);
    }
    return new Promise((resolve) => {
      // Only these listeners are removed afterwards: Worker's removeAllListeners() also stops its message port.
      const fail = (): void => {
        off();
        void worker.terminate().catch(() => undefined);
        resolve(null);
      };
      const onMessage = (m: WorkerReply): void => {
        off();
        if (m.type !== 'ready') {
          void worker.terminate().catch(() => undefined);
          resolve(null);
          return;
        }
        resolve(new WorkerFetcher(worker));
      };
      const off = (): void => {
        worker.off('error', fail);
        worker.off('exit', fail);
        worker.off('message', onMessage);
      };
      worker.on('error', fail);
      worker.on('exit', fail);
      worker.on('message', onMessage);
    });
  }

  /** Reads `ranges` on the fetch thread; visitors and onRangeDone are called on this one, in order. */
  fetch(
    ranges: readonly FetchRange[],
    visitorFor: (index: number) => RecordVisitor,
    options: FetchRangesOptions = {},
    onRangeDone?: (index: number) => void,
  ): Promise<void> {
    if (this.closed) return Promise.reject(new KafkaClientError(-1, 'fetch thread is closed', true));
    const id = this.nextId++;
    const visitors = ranges.map((_, i) => visitorFor(i));
    return new Promise<void>((resolve, reject) => {
      this.current.set(id, { visitors, onRangeDone, resolve, reject });
      const { onResponse: _ignored, ...plain } = options;
      this.worker.postMessage({ type: 'fetch', id, ranges: ranges.map((r) => ({ ...r })), options: plain } satisfies WorkerRequest);
    });
  }

  private onMessage(m: WorkerReply): void {
    if (m.type === 'ready') return;
    const c = this.current.get(m.id);
    if (!c) return;
    switch (m.type) {
      case 'records': {
        const bufs = m.buffers.map((ab) => Buffer.from(ab));
        const r = m.records;
        for (let i = 0; i < r.length; i += RECORD_FIELDS)
          c.visitors[r[i]].record(bufs[r[i + 1]], r[i + 2], r[i + 3], r[i + 4], r[i + 5], r[i + 6], r[i + 7], r[i + 8], r[i + 9]);
        return;
      }
      case 'done':
        c.onRangeDone?.(m.range);
        return;
      case 'end':
        this.current.delete(m.id);
        c.resolve();
        return;
      case 'error':
        this.current.delete(m.id);
        c.reject(new KafkaClientError(m.errorCode, m.message, m.retriable));
        return;
    }
  }

  private failAll(err: Error): void {
    const all = [...this.current.values()];
    this.current.clear();
    for (const c of all) c.reject(err);
  }

  /** Stops the thread (fetches in progress fail). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.failAll(new KafkaClientError(-1, 'fetch thread closed', true));
    this.worker.postMessage({ type: 'close' } satisfies WorkerRequest);
    await this.worker.terminate().catch(() => undefined);
  }
}

/**
 * The fetch thread: compiled, fetch-worker.js next to this file. From the
 * TypeScript sources (tests, benchmarks), fetch-worker.ts loaded through
 * tsx's loader, registered in the thread first (Node 20 threads do not
 * inherit `--import tsx`); throws when tsx cannot be found.
 */
function spawnFetchWorker(options: KafkaClientOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./fetch-worker.js', import.meta.url), { workerData: options });
  // tsx's ESM API (its `import` export; require.resolve would give the CommonJS build).
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsx = pathToFileURL(path.join(path.dirname(pkg), 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./fetch-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: options });
}
