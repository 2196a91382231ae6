/**
 * saveToKafka: the output operation that writes every batch's records to a
 * Kafka topic, at least once or — with `exactlyOnce: true`, for a stream
 * read from Kafka by direct streams — exactly once (consume-transform-produce,
 * Kafka's KIP-98 recipe):
 *
 *   for each batch: beginTransaction; send the batch's records;
 *   sendOffsetsToTransaction(the batch's until-offsets, the group);
 *   commitTransaction
 *
 * so the results and the input offsets they cover become visible together
 * (to read_committed consumers) or not at all. The transactional id is
 * stable per job (producerParams transactional.id, default
 * tributary-streaming-<group.id>): when the context starts, the output's
 * InitProducerId fences the job's previous instance (a zombie's later
 * writes and commits are refused with PRODUCER_FENCED) and aborts the
 * transaction it left open, and only then do the sources read the group's
 * committed offsets (direct-stream.ts: those, not the checkpoint's, are
 * where a bound stream resumes).
 *
 * Records: an element that is a two-element array [key, value] becomes a
 * record with that key and value; any other element is the value (null
 * key). key.serializer / value.serializer turn them into bytes
 * (producer-params.ts).
 *
 * Refused when declared (exactlyOnce), with the reason: a stream that is not
 * computed from direct Kafka streams only (a socket or queue source cannot
 * be replayed from committed offsets), a stream below a window or a
 * stateful stream (their state lives in the checkpoint, outside the
 * transaction, so after a restart it would not match the committed
 * offsets; use ExactlyOnceStore), a direct stream without group.id, a
 * second exactly-once output on the same direct stream, and producer params
 * that contradict transactions (acks other than all, enable.idempotence=false).
 *
 * Failures: a batch whose records or offsets fail is aborted (nothing of it
 * is visible to read_committed readers) and the error goes to the scheduler,
 * which runs the output again with the same offset ranges. A commit whose
 * outcome is unknown (EndTxn not answered within max.block.ms) is resumed on
 * the next attempt, never redone as a new transaction. Fencing is fatal: the
 * error names the transactional id and says another instance took over.
 */
import { BatchingProducer, type SendCallback } from '../../client/batching-producer.js';
import { ConnectionError, type KafkaClientError } from '../../client/errors.js';
import { KafkaClient } from '../../client/kafka-client.js';
import type { OffsetAndMetadata } from '../../client/group-api.js';
import { IdempotentSession } from '../../client/producer-session.js';
import { TransactionalProducer } from '../../client/transactional-producer.js';
import type { DStream, Time } from '../dstream/dstream.js';
import { ForEachDStream, type OutputLifecycle } from '../dstream/for-each.js';
import { InputDStream } from '../dstream/input-dstream.js';
import type { RDD } from '../rdd/rdd.js';
import { DirectKafkaInputDStream } from './direct-stream.js';
import { offsetRangesOf } from './offset-range.js';
import { parseProducerParams, type ProducerConfig } from './producer-params.js';
import type { KafkaParams } from './strategies.js';

/** Options of saveToKafka. */
export interface SaveToKafkaOptions {
  /**
   * Write each batch's records and commit its input offsets in one Kafka
   * transaction (default false: records are written at least once, and the
   * stream's offsets are the caller's business, e.g. commitAsync).
   */
  exactlyOnce?: boolean;
  /** Kafka producer config (Java names, producer-params.ts); bootstrap.servers defaults to the source direct stream's. */
  producerParams?: KafkaParams;
}

/** The direct streams `stream` is computed from; throws (exactly-once rules) naming what breaks them. */
export function exactlyOnceSources(stream: DStream<unknown>, what: string): DirectKafkaInputDStream<unknown, unknown>[] {
  const sources: DirectKafkaInputDStream<unknown, unknown>[] = [];
  const seen = new Set<DStream<unknown>>();
  const visit = (s: DStream<unknown>): void => {
    if (seen.has(s)) return;
    seen.add(s);
    if (s instanceof DirectKafkaInputDStream) {
      sources.push(s as DirectKafkaInputDStream<unknown, unknown>);
      return;
    }
    if (s instanceof InputDStream)
      throw new Error(
        `${what}: exactly-once needs a stream read from Kafka by direct streams only, but it is computed from ${s.checkpointKey}, whose input cannot be replayed from committed Kafka offsets; use exactlyOnce: false (at least once)`,
      );
    if (s.materialize || s.snapshot)
      throw new Error(
        `${what}: exactly-once cannot cover ${s.checkpointKey}: a window or stateful stream keeps data across batches in the checkpoint, outside the Kafka transaction, so after a restart it would not match the committed offsets; write per-batch results, or keep state and offsets together with ExactlyOnceStore`,
      );
    for (const d of s.dependencies) visit(d);
  };
  visit(stream);
  if (sources.length === 0) throw new Error(`${what}: exactly-once needs a stream read from Kafka by a direct stream`);
  return sources;
}

/**
 * Declares the output (the DStream method saveToKafka). Throws at once on
 * bad params and on a stream it cannot be exactly-once for (see the header).
 */
export function saveToKafka<T>(stream: DStream<T>, topic: string, options: SaveToKafkaOptions = {}): void {
  if (typeof topic !== 'string' || topic === '') throw new Error('saveToKafka: the topic must be a non-empty string');
  const what = `saveToKafka(${topic})`;
  const config = parseProducerParams(options.producerParams ?? {});
  const exactlyOnce = options.exactlyOnce === true;
  let sources: DirectKafkaInputDStream<unknown, unknown>[] = [];
  if (exactlyOnce) {
    if (config.acks !== -1)
      throw new Error(`${what}: exactlyOnce needs acks=all in producerParams (Kafka refuses other acks with transactions)`);
    if (!config.enableIdempotence) throw new Error(`${what}: exactlyOnce needs enable.idempotence=true (transactions are idempotent)`);
    sources = exactlyOnceSources(stream as DStream<unknown>, what);
    for (const s of sources)
      if (!s.groupId)
        throw new Error(`${what} needs group.id in the direct stream's kafkaParams: each batch's offsets are committed to it`);
    for (const s of sources) s.bindExactlyOnceOutput(what);
    config.transactionalId ??= `tributary-streaming-${sources.map((s) => s.groupId).join('+')}`;
  } else if (config.transactionalId !== null) {
    throw new Error(`${what}: transactional.id is set but exactlyOnce is not; pass { exactlyOnce: true } to write in transactions`);
  }
  if (config.bootstrapServers.length === 0) {
    const source = sources[0] ?? findDirectSource(stream as DStream<unknown>);
    if (!source) throw new Error(`${what}: producerParams must contain bootstrap.servers (the stream is not read from Kafka)`);
    config.bootstrapServers = source.config.bootstrapServers;
  }
  const output = new KafkaOutput(topic, config, sources, what);
  new ForEachDStream(stream, (rdd, time) => output.write(rdd as RDD<unknown>, time), 'saveToKafka', output);
}

function findDirectSource(s: DStream<unknown>): DirectKafkaInputDStream<unknown, unknown> | undefined {
  if (s instanceof DirectKafkaInputDStream) return s as DirectKafkaInputDStream<unknown, unknown>;
  for (const d of s.dependencies) {
    const f = findDirectSource(d);
    if (f) return f;
  }
  return undefined;
}

/** The producer side of one saveToKafka output. */
class KafkaOutput implements OutputLifecycle {
  private client: KafkaClient | null = null;
  private txn: TransactionalProducer | null = null;
  private plain: BatchingProducer | null = null;
  /** The batch whose commit was sent and not known to have ended (resumed on the next attempt). */
  private committing: Time | null = null;
  private sendError: Error | null = null;
  /** One callback for every record (no closure per record): keeps the first failure. */
  private readonly onSent: SendCallback = (err) => {
    if (err && this.sendError === null) this.sendError = err;
  };

  constructor(
    private readonly topic: string,
    private readonly config: ProducerConfig,
    /** The direct streams whose offsets each transaction commits (empty: at least once). */
    private readonly sources: DirectKafkaInputDStream<unknown, unknown>[],
    private readonly what: string,
  ) {}

  /** Connects; exactly-once: InitProducerId, which fences the previous instance and ends its open transaction. */
  async start(): Promise<void> {
    const c = this.config;
    const client = new KafkaClient({
      brokers: c.bootstrapServers,
      clientId: c.clientId ?? `tributary-streaming-output-${this.topic}`,
      requestTimeoutMs: c.requestTimeoutMs,
    });
    this.client = client;
    try {
      await client.connect();
    } catch (err) {
      if (!(err instanceof ConnectionError)) throw err;
      throw new Error(`${this.what}: could not connect to the broker at ${c.bootstrapServers.join(',')}: ${err.message}`, { cause: err });
    }
    const producerOptions = {
      acks: c.acks,
      compression: c.compression,
      lingerMs: c.lingerMs,
      batchSize: c.batchSize,
      requestTimeoutMs: c.requestTimeoutMs,
      maxBlockMs: c.maxBlockMs,
      deliveryTimeoutMs: c.deliveryTimeoutMs,
      retryBackoffMs: c.retryBackoffMs,
    };
    if (this.sources.length === 0) {
      this.plain = new BatchingProducer(client, {
        ...producerOptions,
        session: c.enableIdempotence ? new IdempotentSession(client) : undefined,
      });
      return;
    }
    this.txn = new TransactionalProducer(client, {
      ...producerOptions,
      transactionalId: c.transactionalId!,
      transactionTimeoutMs: c.transactionTimeoutMs,
    });
    try {
      await this.txn.initTransactions();
    } catch (err) {
      throw new Error(`${this.what}: initTransactions for transactional.id ${c.transactionalId} failed: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  /** Aborts a transaction left open by a failed batch, then closes the producer and the client. */
  async stop(): Promise<void> {
    const p = this.txn;
    if (p && (p.state === 'IN_TRANSACTION' || p.state === 'ABORTABLE_ERROR')) await p.abortTransaction().catch(() => undefined);
    await (p ?? this.plain)?.close().catch(() => undefined);
    this.client?.close();
  }

  /** Writes the batch at `time` (see the header). */
  async write(rdd: RDD<unknown>, time: Time): Promise<void> {
    if (this.txn === null) return this.writePlain(rdd);
    const p = this.txn;
    try {
      if (this.committing === time && p.state === 'COMMITTING_TRANSACTION') {
        await p.commitTransaction();
        this.committing = null;
        return;
      }
      this.committing = null;
      if (p.state === 'IN_TRANSACTION' || p.state === 'ABORTABLE_ERROR' || p.state === 'ABORTING_TRANSACTION') await p.abortTransaction();
      const offsets = await this.batchOffsets(time);
      p.beginTransaction();
      this.sendError = null;
      await this.sendAll(rdd, p);
      for (const o of offsets) if (o.offsets.length > 0) await p.sendOffsetsToTransaction(o.offsets, o.source.groupMetadata());
      // Flushed by commitTransaction; a record refused before it was sent is only known here.
      if (this.sendError) throw this.sendError;
      this.committing = time;
      await p.commitTransaction();
      this.committing = null;
    } catch (err) {
      throw await this.failed(err as Error);
    }
  }

  /** The error to throw for a failed batch, after aborting its transaction when that is safe. */
  private async failed(err: Error): Promise<Error> {
    const p = this.txn!;
    if (p.state === 'FATAL_ERROR') {
      const code = (err as KafkaClientError).code ?? '';
      const fenced = /FENCED|INVALID_PRODUCER_EPOCH/.test(code) || /FENCED|INVALID_PRODUCER_EPOCH/.test(err.message);
      return new Error(
        fenced
          ? `${this.what}: this job instance was fenced: another instance started with transactional.id ${this.config.transactionalId}, so this one's transactions are refused and it must stop (${err.message})`
          : `${this.what}: the transactional producer failed for good: ${err.message}`,
        { cause: err },
      );
    }
    // The commit may have happened: the next attempt resumes it instead of writing the batch again.
    if (p.state === 'COMMITTING_TRANSACTION') return err;
    this.committing = null;
    if (p.state !== 'READY') await p.abortTransaction().catch(() => undefined);
    return err;
  }

  /** Per source direct stream: the until-offsets of its ranges in the batch at `time`. */
  private async batchOffsets(time: Time): Promise<{ source: DirectKafkaInputDStream<unknown, unknown>; offsets: OffsetAndMetadata[] }[]> {
    const out = [];
    for (const source of this.sources) {
      const rdd = await source.rememberedRDD(time);
      if (!rdd) throw new Error(`${this.what}: the direct stream of group ${source.groupId} has no batch at ${time}`);
      const offsets: OffsetAndMetadata[] = [];
      for (const r of offsetRangesOf(rdd))
        if (r.count() > 0) offsets.push({ topic: r.topic, partition: r.partition, offset: r.untilOffset });
      out.push({ source, offsets });
    }
    return out;
  }

  /** Sends every record of the batch, a partition at a time (each is read and computed only when its turn comes). */
  private async sendAll(
    rdd: RDD<unknown>,
    p: { send(topic: string, key: Buffer | null, value: Buffer | null, cb: SendCallback): void },
  ): Promise<void> {
    const { keySerializer, valueSerializer } = this.config;
    for (let i = 0; i < rdd.numPartitions; i++) {
      const items = await rdd.partition(i);
      for (const item of items) {
        if (Array.isArray(item) && item.length === 2) p.send(this.topic, keySerializer(item[0]), valueSerializer(item[1]), this.onSent);
        else p.send(this.topic, null, valueSerializer(item), this.onSent);
      }
    }
  }

  private async writePlain(rdd: RDD<unknown>): Promise<void> {
    const p = this.plain!;
    this.sendError = null;
    await this.sendAll(rdd, p);
    await p.flush();
    if (this.sendError) throw this.sendError;
  }
}
