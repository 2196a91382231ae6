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
 * State and windows: their state lives in the checkpoint, written after the
 * batch's transaction committed. After a kill between the two, the direct
 * stream's first batch replays the committed part the checkpoint misses
 * (`alreadyCommitted`): the state takes it in, this output writes nothing
 * for it. So a stream below updateStateByKey, mapWithState or a window is
 * exactly-once too, given a checkpoint directory (checked at start).
 *
 * Refused when declared (exactlyOnce), with the reason: a stream that is not
 * computed from exactly one direct Kafka stream (a socket or queue source
 * cannot be replayed from committed offsets), a direct stream without
 * group.id, a second exactly-once output on the same direct stream, and
 * producer params that contradict transactions (acks other than all,
 * enable.idempotence=false). At start: state or windows without a
 * checkpoint directory.
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
import type { StreamingContext } from '../context.js';
import { DirectKafkaInputDStream } from './direct-stream.js';
import type { KafkaRDD } from './kafka-rdd.js';
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

/** What an exactly-once output reads: its direct stream, and the first stream of its lineage that keeps state (or null). */
export interface ExactlyOnceLineage {
  source: DirectKafkaInputDStream<unknown, unknown>;
  stateful: string | null;
}

/** The direct stream `stream` is computed from; throws (exactly-once rules) naming what breaks them. */
export function exactlyOnceLineage(stream: DStream<unknown>, what: string): ExactlyOnceLineage {
  const sources: DirectKafkaInputDStream<unknown, unknown>[] = [];
  let stateful: string | null = null;
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
    if (s.materialize || s.snapshot) stateful ??= s.checkpointKey;
    for (const d of s.dependencies) visit(d);
  };
  visit(stream);
  if (sources.length === 0) throw new Error(`${what}: exactly-once needs a stream read from Kafka by a direct stream`);
  // One transaction commits one group's offsets per batch; a replay batch (see the header) is per stream.
  if (sources.length > 1)
    throw new Error(
      `${what}: exactly-once needs a stream computed from one direct stream, but it reads ${sources.length}; subscribe one direct stream to all the topics instead`,
    );
  return { source: sources[0], stateful };
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
  let lineage: ExactlyOnceLineage | null = null;
  if (exactlyOnce) {
    if (config.acks !== -1)
      throw new Error(`${what}: exactlyOnce needs acks=all in producerParams (Kafka refuses other acks with transactions)`);
    if (!config.enableIdempotence) throw new Error(`${what}: exactlyOnce needs enable.idempotence=true (transactions are idempotent)`);
    lineage = exactlyOnceLineage(stream as DStream<unknown>, what);
    lineage.source.bindExactlyOnceOutput(what);
    config.transactionalId ??= `tributary-streaming-${lineage.source.groupId}`;
  } else if (config.transactionalId !== null) {
    throw new Error(`${what}: transactional.id is set but exactlyOnce is not; pass { exactlyOnce: true } to write in transactions`);
  }
  if (config.bootstrapServers.length === 0) {
    const source = lineage?.source ?? findDirectSource(stream as DStream<unknown>);
    if (!source) throw new Error(`${what}: producerParams must contain bootstrap.servers (the stream is not read from Kafka)`);
    config.bootstrapServers = source.config.bootstrapServers;
  }
  const output = new KafkaOutput(stream.ssc, topic, config, lineage, what);
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
    private readonly ssc: StreamingContext,
    private readonly topic: string,
    private readonly config: ProducerConfig,
    /** The direct stream whose offsets each transaction commits (null: at least once). */
    private readonly lineage: ExactlyOnceLineage | null,
    private readonly what: string,
  ) {}

  /** Connects; exactly-once: InitProducerId, which fences the previous instance and ends its open transaction. */
  async start(): Promise<void> {
    const c = this.config;
    if (this.lineage?.stateful && !this.ssc.checkpointDir)
      throw new Error(
        `${this.what}: exactly-once over ${this.lineage.stateful} (state or a window) needs a checkpoint directory (ssc.checkpoint(dir) or StreamingContext.getOrCreate): after a restart its state must be restored to match the committed offsets`,
      );
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
    if (this.lineage === null) {
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
      const source = this.lineage!.source;
      const input = await source.rememberedRDD(time);
      if (!input) throw new Error(`${this.what}: the direct stream of group ${source.groupId} has no batch at ${time}`);
      if ((input as KafkaRDD<unknown, unknown>).alreadyCommitted) {
        process.stderr.write(
          `INFO ${this.what}: batch ${time} replays ${offsetRangesOf(input)
            .filter((r) => r.count() > 0)
            .join(', ')}, committed by the previous run's last transaction after its last checkpoint; its records are not written again\n`,
        );
        return;
      }
      const offsets: OffsetAndMetadata[] = [];
      for (const r of offsetRangesOf(input))
        if (r.count() > 0) offsets.push({ topic: r.topic, partition: r.partition, offset: r.untilOffset });
      p.beginTransaction();
      this.sendError = null;
      await this.sendAll(rdd, p);
      if (offsets.length > 0) await p.sendOffsetsToTransaction(offsets, source.groupMetadata());
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
