/**
 * KafkaRDD: a batch of a direct stream. Partition i holds exactly the records
 * of offsetRanges[i] (fromOffset inclusive, untilOffset exclusive).
 *
 * The first partition asked for starts one fetch of the whole batch
 * (client/fetch-ranges.ts): one Fetch request per leader for all of its
 * ranges at a time, leaders in parallel — on the stream's fetch thread when
 * it has one (client/worker-fetcher.ts), else on this thread. Each partition is ready as soon as
 * its own range is complete, so work on it starts while other ranges are
 * still being read. Records are made straight from the fetched bytes, one
 * lazily decoded ConsumerRecord each (consumer-record.ts). When the fetch
 * fails, the partitions not yet complete fail with it; computing them again
 * (a retried batch) fetches only their ranges again.
 */
import { fetchRanges, type FetchRangesOptions } from '../../client/fetch-ranges.js';
import type { KafkaClient } from '../../client/kafka-client.js';
import type { RecordVisitor } from '../../client/record-scanner.js';
import type { WorkerFetcher } from '../../client/worker-fetcher.js';
import { RDD } from '../rdd/rdd.js';
import { KafkaConsumerRecord, type ConsumerRecord, type Deserializer } from './consumer-record.js';
import type { HasOffsetRanges, OffsetRange } from './offset-range.js';

/**
 * The most bytes a batch asks for in one Fetch response (less when
 * fetch.max.bytes is lower). Departs from the Java consumer, which asks for
 * fetch.max.bytes (50 MiB): a response is one buffer, and buffers that large
 * are mapped fresh from the OS every time (they are above glibc's mmap
 * threshold), so the first touch of every byte costs a page fault — measured
 * here at about 4x the CPU per byte of 6 MiB responses, whose memory is
 * reused. With the next request sent while a response is decoded, smaller
 * responses cost no throughput.
 */
export const MAX_RESPONSE_BYTES = 8 << 20;

/** Options of the reads. */
export interface KafkaReadOptions {
  keyDeserializer: Deserializer<unknown>;
  valueDeserializer: Deserializer<unknown>;
  /** max.partition.fetch.bytes. */
  maxBytes: number;
  /** fetch.max.bytes; default 50 MiB. */
  fetchMaxBytes?: number;
  /** fetch.max.wait.ms; default 500. */
  maxWaitMs?: number;
  /** check.crcs; default true. */
  checkCrcs?: boolean;
  timeoutMs: number;
  /** isolation.level: 0 read_uncommitted (default), 1 read_committed (aborted transactions' records dropped). */
  isolationLevel?: number;
  /** The stream's fetch thread, if it has one (else batches are fetched on this thread). */
  fetcher?: WorkerFetcher | null;
}

/** Collects the records of one range as ConsumerRecords. */
class RangeCollector<K, V> implements RecordVisitor {
  records: ConsumerRecord<K, V>[] = [];

  constructor(
    private readonly range: OffsetRange,
    private readonly options: KafkaReadOptions,
  ) {}

  record(
    buf: Buffer,
    offset: number,
    timestamp: number,
    keyStart: number,
    keyLength: number,
    valueStart: number,
    valueLength: number,
    headersStart: number,
    headerCount: number,
  ): void {
    this.records.push(
      new KafkaConsumerRecord<K, V>(
        this.range.topic,
        this.range.partition,
        offset,
        timestamp,
        buf,
        keyStart,
        keyLength,
        buf,
        valueStart,
        valueLength,
        headersStart,
        headerCount,
        this.options.keyDeserializer,
        this.options.valueDeserializer,
      ),
    );
  }
}

/** The fetch of one batch, shared by its partitions. */
class BatchFetch<K, V> {
  private readonly ready: (ConsumerRecord<K, V>[] | null)[];
  private readonly waiters = new Map<number, { resolve: (r: ConsumerRecord<K, V>[]) => void; reject: (e: unknown) => void }[]>();
  private running = false;

  constructor(
    private readonly client: KafkaClient,
    private readonly ranges: readonly OffsetRange[],
    private readonly options: KafkaReadOptions,
  ) {
    this.ready = ranges.map((r) => (r.count() === 0 ? [] : null));
  }

  /** The records of range `i`, once read. */
  partition(i: number): Promise<ConsumerRecord<K, V>[]> {
    const done = this.ready[i];
    if (done) return Promise.resolve(done);
    const p = new Promise<ConsumerRecord<K, V>[]>((resolve, reject) => {
      let list = this.waiters.get(i);
      if (!list) this.waiters.set(i, (list = []));
      list.push({ resolve, reject });
    });
    if (!this.running) this.start();
    return p;
  }

  private start(): void {
    this.running = true;
    // Only the ranges not read yet (a retried batch re-reads what failed).
    const todo: number[] = [];
    for (let i = 0; i < this.ranges.length; i++) if (!this.ready[i]) todo.push(i);
    const collectors = todo.map((i) => new RangeCollector<K, V>(this.ranges[i], this.options));
    const ranges = todo.map((i) => this.ranges[i]);
    const visitorFor = (j: number): RecordVisitor => collectors[j];
    const options: FetchRangesOptions = {
      partitionMaxBytes: this.options.maxBytes,
      maxBytes: Math.min(this.options.fetchMaxBytes ?? MAX_RESPONSE_BYTES, MAX_RESPONSE_BYTES),
      maxWaitMs: this.options.maxWaitMs,
      timeoutMs: this.options.timeoutMs,
      checkCrcs: this.options.checkCrcs,
      isolationLevel: this.options.isolationLevel,
      // The lowest partitions complete first, and their work starts while the others are read.
      inOrder: true,
    };
    const fetcher = this.options.fetcher;
    const read = fetcher?.usable ? fetcher.fetch.bind(fetcher) : fetchRanges.bind(null, this.client);
    read(ranges, visitorFor, options, (j) => {
      const i = todo[j];
      this.ready[i] = collectors[j].records;
      for (const w of this.waiters.get(i) ?? []) w.resolve(collectors[j].records);
      this.waiters.delete(i);
    }).then(
      () => {
        this.running = false;
      },
      (err: unknown) => {
        this.running = false;
        for (const list of this.waiters.values()) for (const w of list) w.reject(err);
        this.waiters.clear();
      },
    );
  }
}

/** The RDD of one direct-stream batch. */
export class KafkaRDD<K, V> extends RDD<ConsumerRecord<K, V>> implements HasOffsetRanges {
  /** Creates the RDD; nothing is read until a partition is computed. */
  constructor(
    client: KafkaClient,
    readonly offsetRanges: readonly OffsetRange[],
    options: KafkaReadOptions,
    /**
     * True for the replay batch of a stream bound to an exactly-once output:
     * these ranges were already written and committed by the last
     * transaction of the previous run (direct-stream.ts).
     */
    readonly alreadyCommitted = false,
  ) {
    const fetch = new BatchFetch<K, V>(client, offsetRanges, options);
    super(offsetRanges.length, (i) => fetch.partition(i));
  }
}
