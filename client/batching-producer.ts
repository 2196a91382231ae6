/**
 * BatchingProducer: the Java producer's model on the lean client. `send()`
 * takes one record and returns at once; the record joins the open batch of
 * its partition (the key's murmur2 partition, else the topic's sticky
 * partition, which moves on with every batch sent, as Kafka 2.4's default
 * partitioner does). A batch goes out when its leader's connection has
 * fewer than `maxInFlight` requests outstanding and the batch is ready:
 * full (`batchSize` bytes), or `lingerMs` old — with linger.ms 0, as soon as
 * the code that called send() yields (a microtask later), so records sent in
 * one synchronous stretch share a batch. One Produce request per leader
 * carries the first ready batch of each of its partitions. The callback of
 * each record runs when its request is answered (or fails), with the base
 * offset of its batch plus its index.
 *
 * Failures: a retriable error (or a broken connection) puts the batch back
 * at the head of its partition's queue (metadata refreshed when the error
 * says it is stale) up to `retries` times; then, or for any other error, the
 * records' callbacks get the error. With more than one request in flight a
 * retried batch may land after a later one (Kafka without idempotence does
 * the same).
 *
 * Idempotent and transactional (a `session`, producer-session.ts): every
 * batch carries the session's producer id and epoch and its partition's
 * next sequence number (kept across retries), and goes out only once the
 * session says so (a transactional session first adds the partition to the
 * transaction). A retriable error is retried until `deliveryTimeoutMs`
 * (Kafka's delivery.timeout.ms; retries unbounded by default), after
 * `retryBackoffMs`; DUPLICATE_SEQUENCE_NUMBER counts as written (offset -1);
 * an error the session answers with a new epoch (an idempotent session on
 * OUT_OF_ORDER_SEQUENCE_NUMBER / UNKNOWN_PRODUCER_ID, KIP-360) is retried
 * restamped; other errors go to the session as well as to the callbacks
 * (an idempotent session then bumps its epoch). Departs from
 * Kafka: one batch per partition is in flight at a time (Kafka allows up to
 * five and relies on the broker's sequence checks to keep a retried batch
 * ahead of later ones); requests still carry batches of many partitions.
 *
 * Not for the broker: a client-side component. Allocations per record: the
 * record entry itself (key, value, timestamp, callback), as in Java.
 */
import { ApiKey } from '../protocol/generated/api-keys.js';
import { encodeProduceRequest } from '../protocol/generated/produce-request.js';
import { decodeProduceResponse, type ProduceResponse } from '../protocol/generated/produce-response.js';
import { encodeRecordBatch, type RecordInput } from '../protocol/record-codec.js';
import { ErrorCode, errorName } from '../protocol/generated/errors.js';
import { KafkaClientError, STALE_METADATA_ERRORS } from './errors.js';
import type { KafkaClient } from './kafka-client.js';
import { partitionForKey } from './produce.js';
import { ensureTopic } from './topic-autocreate.js';
import type { TopicPartition } from './kafka-client.js';
import type { ProducerIdAndEpoch, ProducerSession } from './producer-session.js';

/** Called once per record: `err` null and the record's offset (-1 with acks=0), or the error. */
export type SendCallback = (err: Error | null, offset: number) => void;

/** Options of a BatchingProducer (Kafka's producer config names in the comments). */
export interface BatchingProducerOptions {
  /** acks: 0, 1 or -1 (all); default -1. */
  acks?: number;
  /** compression.type as a Compression value; default none. */
  compression?: number;
  /** linger.ms; default 0. */
  lingerMs?: number;
  /** batch.size in bytes of record values and keys; default 16384. */
  batchSize?: number;
  /** max.in.flight.requests.per.connection; default 5. */
  maxInFlight?: number;
  /** request.timeout.ms, the Produce timeout_ms; default 30000. */
  requestTimeoutMs?: number;
  /** retries; default 2. */
  retries?: number;
  /**
   * allow.auto.create.topics (the Java producer's, default true): a topic the
   * cluster does not know is asked for with a Metadata request that lets a
   * broker with auto.create.topics.enable create it.
   */
  allowAutoTopicCreation?: boolean;
  /** max.block.ms: how long the first send to a topic waits for its metadata; default 60000. */
  maxBlockMs?: number;
  /** retry.backoff.ms: the wait before a batch is retried (idempotent or transactional); default 100. */
  retryBackoffMs?: number;
  /** delivery.timeout.ms: a batch not written this long after its first record fails; default 120000. */
  deliveryTimeoutMs?: number;
  /** Makes the producer idempotent or transactional (see the header); retries then default to unbounded. */
  session?: ProducerSession;
}

interface Batch {
  records: RecordInput[];
  callbacks: SendCallback[];
  bytes: number;
  /** performance.now() when the first record joined. */
  createdAt: number;
  attempts: number;
  /** performance.now() before which a retried batch waits. */
  retryAt: number;
  /** The sequence number of its first record (-1: not assigned yet). */
  baseSequence: number;
  /** The producer id and epoch the sequence belongs to ("pid:epoch"). */
  sequenceOf: string;
}

interface PartitionQueue {
  topic: string;
  partition: number;
  batches: Batch[];
  /** A batch of this partition is in flight (with a session: one at a time). */
  busy: boolean;
  /** The next sequence number and the "pid:epoch" it counts for. */
  nextSequence: number;
  sequenceOf: string;
}

interface TopicState {
  partitions: number[];
  sticky: number;
  /** Records sent before the partition count was known. */
  waiting: { key: Buffer | null; value: Buffer | null; timestamp: number; cb: SendCallback }[] | null;
}

/** The producer id and epoch a sequenced batch was stamped with. */
function stampOf(b: Batch): ProducerIdAndEpoch {
  const i = b.sequenceOf.indexOf(':');
  return { producerId: Number(b.sequenceOf.slice(0, i)), producerEpoch: Number(b.sequenceOf.slice(i + 1)) };
}

/** A Java-style asynchronous producer (see the header). */
export class BatchingProducer {
  private readonly acks: number;
  private readonly compression: number | undefined;
  private readonly lingerMs: number;
  private readonly batchSize: number;
  private readonly maxInFlight: number;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly autoCreate: boolean;
  private readonly maxBlockMs: number;
  private readonly retryBackoffMs: number;
  private readonly deliveryTimeoutMs: number;
  private readonly session: ProducerSession | null;
  private readonly topics = new Map<string, TopicState>();
  private readonly queues = new Map<string, PartitionQueue>();
  private readonly inFlight = new Map<number, number>();
  private drainScheduled = false;
  private lingerTimer: NodeJS.Timeout | null = null;
  private outstanding = 0;
  private idle: (() => void)[] = [];
  private closed = false;
  /** Produce requests sent so far. */
  requests = 0;
  /** Records acknowledged so far. */
  acknowledged = 0;

  /** A producer over `client` (which it does not close). */
  constructor(
    private readonly client: KafkaClient,
    options: BatchingProducerOptions = {},
  ) {
    this.acks = options.acks ?? -1;
    this.compression = options.compression;
    this.lingerMs = options.lingerMs ?? 0;
    this.batchSize = options.batchSize ?? 16384;
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 5);
    this.timeoutMs = options.requestTimeoutMs ?? 30_000;
    this.session = options.session ?? null;
    this.retries = options.retries ?? (this.session !== null ? Infinity : 2);
    this.retryBackoffMs = options.retryBackoffMs ?? 100;
    this.deliveryTimeoutMs = options.deliveryTimeoutMs ?? 120_000;
    this.autoCreate = options.allowAutoTopicCreation ?? true;
    this.maxBlockMs = options.maxBlockMs ?? 60_000;
  }

  /** Records sent and not yet answered. */
  get pending(): number {
    return this.outstanding;
  }

  /**
   * Sends one record to `topic` (partition by key, else sticky); returns at
   * once. `cb` runs once, when the record is acknowledged or has failed.
   */
  send(topic: string, key: Buffer | null, value: Buffer | null, cb: SendCallback): void {
    if (this.closed) {
      cb(new KafkaClientError(-1, 'producer is closed', false), -1);
      return;
    }
    this.outstanding++;
    const timestamp = Date.now();
    let t = this.topics.get(topic);
    if (t === undefined) {
      t = { partitions: [], sticky: 0, waiting: [] };
      this.topics.set(topic, t);
      void this.loadTopic(topic, t);
    }
    if (t.waiting !== null) {
      t.waiting.push({ key, value, timestamp, cb });
      return;
    }
    this.append(topic, t, key, value, timestamp, cb);
  }

  private async loadTopic(topic: string, t: TopicState): Promise<void> {
    let err: Error | null = null;
    try {
      if (this.autoCreate) await ensureTopic(this.client, topic, this.maxBlockMs);
      t.partitions = await this.client.partitionsFor(topic);
      if (t.partitions.length === 0) throw new KafkaClientError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, `topic ${topic} has no partitions`);
      t.sticky = Math.floor(Math.random() * t.partitions.length);
    } catch (e) {
      err = e as Error;
      this.topics.delete(topic);
    }
    const waiting = t.waiting!;
    t.waiting = null;
    for (const w of waiting) {
      if (err !== null) this.complete(w.cb, err, -1);
      else this.append(topic, t, w.key, w.value, w.timestamp, w.cb);
    }
  }

  private append(topic: string, t: TopicState, key: Buffer | null, value: Buffer | null, timestamp: number, cb: SendCallback): void {
    const partition = key !== null ? t.partitions[partitionForKey(key, t.partitions.length)]! : t.partitions[t.sticky]!;
    const qk = `${topic}\u0000${partition}`;
    let q = this.queues.get(qk);
    if (q === undefined) {
      q = { topic, partition, batches: [], busy: false, nextSequence: 0, sequenceOf: '' };
      this.queues.set(qk, q);
    }
    const size = (key?.length ?? 0) + (value?.length ?? 0);
    let b = q.batches[q.batches.length - 1];
    if (b === undefined || b.attempts > 0 || (b.bytes + size > this.batchSize && b.records.length > 0)) {
      b = { records: [], callbacks: [], bytes: 0, createdAt: performance.now(), attempts: 0, retryAt: 0, baseSequence: -1, sequenceOf: '' };
      q.batches.push(b);
    }
    b.records.push({ key, value, timestamp });
    b.callbacks.push(cb);
    b.bytes += size;
    this.scheduleDrain();
  }

  private scheduleDrain(): void {
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    queueMicrotask(() => {
      this.drainScheduled = false;
      this.drain();
    });
  }

  /** Sends every ready batch whose leader has room for another request. */
  private drain(): void {
    if (this.lingerTimer !== null) {
      clearTimeout(this.lingerTimer);
      this.lingerTimer = null;
    }
    const now = performance.now();
    let nextReady = Infinity;
    const byNode = new Map<number, PartitionQueue[]>();
    for (const q of this.queues.values()) {
      const b = q.batches[0];
      if (b === undefined || (q.busy && this.session !== null)) continue;
      if (b.retryAt > now) {
        nextReady = Math.min(nextReady, b.retryAt);
        continue;
      }
      const ready = this.lingerMs <= 0 || q.batches.length > 1 || b.bytes >= this.batchSize || now - b.createdAt >= this.lingerMs;
      if (!ready) {
        nextReady = Math.min(nextReady, b.createdAt + this.lingerMs);
        continue;
      }
      const leader = this.client.topics.get(q.topic)?.leaders.get(q.partition) ?? -1;
      let list = byNode.get(leader);
      if (list === undefined) byNode.set(leader, (list = []));
      list.push(q);
    }
    for (const [node, qs] of byNode) {
      if ((this.inFlight.get(node) ?? 0) >= this.maxInFlight) continue;
      const sending: PartitionQueue[] = [];
      const batches: Batch[] = [];
      for (const q of qs) {
        const b = q.batches.shift()!;
        q.busy = true;
        sending.push(q);
        batches.push(b);
        // The sticky partition moves on once its batch is closed (Kafka 2.4's default partitioner).
        const t = this.topics.get(q.topic);
        if (t !== undefined && t.partitions[t.sticky] === q.partition && t.partitions.length > 1) {
          t.sticky = (t.sticky + 1 + Math.floor(Math.random() * (t.partitions.length - 1))) % t.partitions.length;
        }
      }
      this.inFlight.set(node, (this.inFlight.get(node) ?? 0) + 1);
      void this.sendRequest(node, sending, batches);
    }
    if (nextReady !== Infinity && !this.closed) {
      this.lingerTimer = setTimeout(() => this.drain(), Math.max(0, nextReady - now));
    }
  }

  private async sendRequest(node: number, qs: PartitionQueue[], batches: Batch[]): Promise<void> {
    let res: ProduceResponse | null = null;
    let failure: Error | null = null;
    try {
      if (node < 0) {
        await this.client.refreshMetadata(null);
        throw new KafkaClientError(ErrorCode.LEADER_NOT_AVAILABLE, `no leader known for ${qs[0]!.topic}-${qs[0]!.partition}`);
      }
      const id = this.session !== null ? await this.session.prepare(qs as readonly TopicPartition[]) : null;
      const topics = new Map<string, { index: number; records: Buffer }[]>();
      for (let i = 0; i < qs.length; i++) {
        const q = qs[i]!;
        let list = topics.get(q.topic);
        if (list === undefined) topics.set(q.topic, (list = []));
        list.push({ index: q.partition, records: this.encode(q, batches[i]!, id) });
      }
      const topicData = [...topics].map(([name, partitionData]) => ({ name, partitionData }));
      const c = await this.client.nodeConnection(node);
      this.requests++;
      res = await c.send(
        ApiKey.Produce,
        (w, v) =>
          encodeProduceRequest(w, v, {
            transactionalId: this.session?.transactionalId ?? null,
            acks: this.acks,
            timeoutMs: this.timeoutMs,
            topicData,
          }),
        decodeProduceResponse,
        { expectResponse: this.acks !== 0 },
      );
    } catch (err) {
      failure = err as Error;
    }
    this.inFlight.set(node, (this.inFlight.get(node) ?? 1) - 1);
    let refresh = false;
    const now = performance.now();
    for (let i = 0; i < qs.length; i++) {
      const q = qs[i]!;
      const b = batches[i]!;
      q.busy = false;
      let err: Error | null = failure;
      let baseOffset = -1;
      if (err === null && this.acks !== 0) {
        const p = res!.responses.find((t) => t.name === q.topic)?.partitionResponses.find((x) => x.index === q.partition);
        if (p === undefined) err = new KafkaClientError(-1, `no answer for ${q.topic}-${q.partition}`, true);
        else if (p.errorCode === ErrorCode.DUPLICATE_SEQUENCE_NUMBER && this.session !== null) baseOffset = -1;
        else if (p.errorCode !== 0)
          err = new KafkaClientError(
            p.errorCode,
            `Produce ${q.topic}-${q.partition}: ${errorName(p.errorCode)}${p.errorMessage ? ` (${p.errorMessage})` : ''}`,
          );
        else baseOffset = p.baseOffset;
      }
      const canRetry = b.attempts < this.retries && now - b.createdAt < this.deliveryTimeoutMs && !this.closed;
      if (
        err !== null &&
        canRetry &&
        err instanceof KafkaClientError &&
        b.baseSequence >= 0 &&
        this.session?.retryWithNewEpoch?.(err, stampOf(b)) === true
      ) {
        // Restamped with the session's new epoch when sent again.
        b.attempts++;
        b.baseSequence = -1;
        b.retryAt = now + this.retryBackoffMs;
        q.batches.unshift(b);
        continue;
      }
      if (err !== null && (err as KafkaClientError).retriable === true && canRetry) {
        b.attempts++;
        if (this.session !== null) b.retryAt = now + this.retryBackoffMs;
        q.batches.unshift(b);
        if (STALE_METADATA_ERRORS.has((err as KafkaClientError).errorCode) || (err as KafkaClientError).errorCode === -1) refresh = true;
        continue;
      }
      // A batch the session refused (never sent) is not the session's failure.
      if (err !== null && this.session !== null && b.baseSequence >= 0) this.session.batchFailed(err as KafkaClientError, stampOf(b));
      for (let k = 0; k < b.callbacks.length; k++)
        this.complete(b.callbacks[k]!, err, err !== null || baseOffset < 0 ? -1 : baseOffset + k);
    }
    if (refresh) await this.client.refreshMetadata(null).catch(() => undefined);
    this.drain();
  }

  /** The batch's bytes, stamped with the session's id, epoch and the partition's sequence when there is a session. */
  private encode(q: PartitionQueue, b: Batch, id: ProducerIdAndEpoch | null): Buffer {
    if (id === null) return encodeRecordBatch({ records: b.records, compression: this.compression });
    const of = `${id.producerId}:${id.producerEpoch}`;
    if (b.baseSequence < 0 || b.sequenceOf !== of) {
      if (q.sequenceOf !== of) {
        q.sequenceOf = of;
        q.nextSequence = 0;
      }
      b.baseSequence = q.nextSequence;
      b.sequenceOf = of;
      // Sequences wrap at 2^31 - 1 (Kafka's DefaultRecordBatch.incrementSequence).
      q.nextSequence = (q.nextSequence + b.records.length) % 0x80000000;
    }
    return encodeRecordBatch({
      records: b.records,
      compression: this.compression,
      producerId: id.producerId,
      producerEpoch: id.producerEpoch,
      baseSequence: b.baseSequence,
      transactional: this.session!.transactionalId !== null,
    });
  }

  /**
   * Fails every record not yet sent (queued batches and records waiting for
   * their topic's metadata) with `err`; batches in flight finish on their
   * own. A transaction's abort drops what it has not sent. Returns whether
   * a dropped batch had a sequence number (sent before, waiting for a retry).
   */
  failUnsent(err: Error): boolean {
    let sequenced = false;
    for (const t of this.topics.values()) if (t.waiting !== null) for (const w of t.waiting.splice(0)) this.complete(w.cb, err, -1);
    for (const q of this.queues.values())
      for (const b of q.batches.splice(0)) {
        if (b.baseSequence >= 0) sequenced = true;
        for (let k = 0; k < b.callbacks.length; k++) this.complete(b.callbacks[k]!, err, -1);
      }
    return sequenced;
  }

  private complete(cb: SendCallback, err: Error | null, offset: number): void {
    this.outstanding--;
    if (err === null) this.acknowledged++;
    try {
      cb(err, offset);
    } finally {
      if (this.outstanding === 0) for (const r of this.idle.splice(0)) r();
    }
  }

  /** Resolves once every record sent so far is answered (Kafka's flush()). */
  flush(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Flushes, then refuses further sends (the client stays open). */
  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.lingerTimer !== null) clearTimeout(this.lingerTimer);
  }
}
