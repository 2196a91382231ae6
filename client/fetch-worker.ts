/**
 * The fetch thread of a direct stream (worker_threads): it owns a
 * KafkaClient of its own and runs fetchRanges (fetch-ranges.ts) for the
 * batches the main thread asks for, so that receiving the responses (and
 * the page faults of their fresh memory), checking CRCs and scanning the
 * records happen on another core while the main thread runs the job.
 * worker-fetcher.ts is the main thread's side.
 *
 * Protocol (structured-clone messages on the worker's port; types in
 * fetch-worker-protocol.ts):
 *   main → worker   {type: 'fetch', id, ranges: FetchRange[], options: FetchRangesOptions}
 *                   {type: 'close'}
 *   worker → main   {type: 'ready'} once connected (or {type: 'error', id: 0, ...})
 *                   {type: 'records', id, buffers: ArrayBuffer[], records: Float64Array}
 *                     after each response: its buffers (transferred, not copied)
 *                     and RECORD_FIELDS numbers per record: range index,
 *                     buffer index, offset, timestamp, key start, key length,
 *                     value start, value length, headers start, header count
 *                     (starts are byte offsets into the buffer; lengths -1: null)
 *                   {type: 'done', id, range}           a range is complete
 *                   {type: 'end', id}                    every range is complete
 *                   {type: 'error', id, message, errorCode, retriable}
 *
 * The records of one response go in one message, after every partition of
 * it was scanned, so no buffer is needed again once it is transferred.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { KafkaClient, type KafkaClientOptions } from './kafka-client.js';
import { fetchRanges } from './fetch-ranges.js';
import type { RecordVisitor } from './record-scanner.js';
import type { KafkaClientError } from './errors.js';
import { RECORD_FIELDS, type WorkerReply, type WorkerRequest } from './fetch-worker-protocol.js';
import { exclusiveFrameBuffers } from './frame-reader.js';

/** Collects the records of the responses of one fetch, message by message. */
class Outbox {
  private buffers: ArrayBuffer[] = [];
  private readonly bufferIndex = new Map<ArrayBuffer, number>();
  private records = new Float64Array(1024 * RECORD_FIELDS);
  private count = 0;

  constructor(private readonly id: number) {}

  /** The visitor of range `range`. */
  visitor(range: number): RecordVisitor {
    return {
      record: (buf, offset, timestamp, keyStart, keyLength, valueStart, valueLength, headersStart, headerCount) => {
        const b = this.bufferOf(buf);
        const base = buf.byteOffset;
        if ((this.count + 1) * RECORD_FIELDS > this.records.length) {
          const bigger = new Float64Array(this.records.length * 2);
          bigger.set(this.records);
          this.records = bigger;
        }
        const r = this.records;
        let i = this.count * RECORD_FIELDS;
        r[i++] = range;
        r[i++] = b.index;
        r[i++] = offset;
        r[i++] = timestamp;
        r[i++] = keyStart + base - b.shift;
        r[i++] = keyLength;
        r[i++] = valueStart + base - b.shift;
        r[i++] = valueLength;
        r[i++] = headersStart + base - b.shift;
        r[i] = headerCount;
        this.count++;
      },
    };
  }

  private lastBuf: Buffer | null = null;
  private last = { index: 0, shift: 0 };

  /**
   * The index of the buffer `buf` is sent in, and by how much its positions
   * shift: a frame read in place is sent whole (transferred: positions are
   * offsets into its ArrayBuffer); anything else (a small frame in Node's
   * shared pool, a decompressed batch) is copied first.
   */
  private bufferOf(buf: Buffer): { index: number; shift: number } {
    if (buf === this.lastBuf) return this.last;
    let ab = buf.buffer as ArrayBuffer;
    let shift = 0;
    if (!exclusiveFrameBuffers.has(ab)) {
      const copy = new Uint8Array(buf.length);
      copy.set(buf);
      ab = copy.buffer;
      shift = buf.byteOffset;
    }
    let index = this.bufferIndex.get(ab);
    if (index === undefined) {
      index = this.buffers.length;
      this.buffers.push(ab);
      this.bufferIndex.set(ab, index);
    }
    this.lastBuf = buf;
    this.last = { index, shift };
    return this.last;
  }

  /** Sends what was collected (buffers transferred). */
  flush(): void {
    if (this.count === 0) return;
    const records = this.records.slice(0, this.count * RECORD_FIELDS);
    const buffers = this.buffers;
    parentPort!.postMessage({ type: 'records', id: this.id, buffers, records } satisfies WorkerReply, [...buffers, records.buffer]);
    this.buffers = [];
    this.bufferIndex.clear();
    this.lastBuf = null;
    this.count = 0;
  }
}

async function main(): Promise<void> {
  const client = new KafkaClient(workerData as KafkaClientOptions);
  try {
    await client.connect();
  } catch (err) {
    const e = err as KafkaClientError;
    parentPort!.postMessage({
      type: 'error',
      id: 0,
      message: e.message,
      errorCode: e.errorCode ?? -1,
      retriable: !!e.retriable,
    } satisfies WorkerReply);
    return;
  }
  parentPort!.on('message', (req: WorkerRequest) => {
    if (req.type === 'close') {
      client.close();
      parentPort!.close();
      return;
    }
    const out = new Outbox(req.id);
    fetchRanges(
      client,
      req.ranges,
      (i) => out.visitor(i),
      { ...req.options, onResponse: () => out.flush() },
      (i) => parentPort!.postMessage({ type: 'done', id: req.id, range: i } satisfies WorkerReply),
    ).then(
      () => {
        parentPort!.postMessage({ type: 'end', id: req.id } satisfies WorkerReply);
      },
      (err: unknown) => {
        const e = err as KafkaClientError;
        parentPort!.postMessage({
          type: 'error',
          id: req.id,
          message: e.message,
          errorCode: e.errorCode ?? -1,
          retriable: !!e.retriable,
        } satisfies WorkerReply);
      },
    );
  });
  parentPort!.postMessage({ type: 'ready' } satisfies WorkerReply);
}

void main();
