/**
 * DirectKafkaInputDStream: Spark's direct stream over Kafka. Per batch it
 * asks the leaders for the latest offsets of its partitions, clamps them by
 * the rate limit (rate-controller.ts), makes one OffsetRange per partition
 * from the current offsets (inclusive) to the clamped latest (exclusive),
 * advances the current offsets and returns a KafkaRDD with those ranges:
 * one batch partition per Kafka partition, read concurrently.
 *
 * Partitions come from the consumer strategy: Subscribe / SubscribePattern
 * join params["group.id"] as a GroupMember (assignment changes take effect
 * at the next batch), Assign names them. A partition's first offset comes
 * from, in order: the checkpoint, the strategy's explicit offsets, the
 * group's committed offset, auto.offset.reset.
 *
 * Batches are read on a fetch thread of the stream's own (conf
 * tributary.streaming.kafka.fetchThread, default true; kafka-rdd.ts), so
 * that the job's work and the reading of its input use two cores.
 *
 * Offsets: commitAsync(ranges) queues; the queue is sent after the batch's
 * outputs succeeded (commit-queue.ts). The current offsets (the last batch's
 * until-offsets) are part of the checkpoint, written atomically with the
 * state of stateful streams, so a restarted job resumes exactly there.
 *
 * Exactly-once output (saveToKafka with exactlyOnce, kafka-output.ts): the
 * output binds the stream (bindExactlyOnceOutput) and commits each batch's
 * offsets to the group inside the Kafka transaction that writes the batch's
 * results. Then the group's committed offsets are the source of truth, not
 * the checkpoint: the checkpoint is written after the batch's transaction
 * committed, so after a kill -9 between the two it still holds the previous
 * batch's offsets, and resuming there would emit that batch a second time;
 * an aborted transaction moved neither. So a bound stream starts every
 * partition at the group's committed offset (read with requireStable, so a
 * transaction still completing is waited for) and refuses commitAsync (a
 * commit outside the transaction). Where the checkpoint's offset is below the
 * committed one, the first batch is a replay of exactly [checkpoint,
 * committed) marked `alreadyCommitted`: stateful streams, windows and other
 * outputs take it in as usual (so their checkpointed state catches up with
 * the committed offsets), and the exactly-once output writes nothing for it
 * (its records were committed by the last transaction). A job that
 * checkpoints but finds no checkpointed offset below a committed one (killed
 * before its first checkpoint) replays from where that run started (the
 * explicit offset, or the log start under auto.offset.reset=earliest). A
 * partition the group has no offset for starts at the checkpoint's, else at
 * the explicit starting offset, else by auto.offset.reset.
 */
import { KafkaClient, tpKey, type TopicPartition } from '../../client/kafka-client.js';
import { ConnectionError } from '../../client/errors.js';
import { WorkerFetcher } from '../../client/worker-fetcher.js';
import { GroupApi } from '../../client/group-api.js';
import { GroupMember } from '../../client/group-member.js';
import type { GroupMetadata } from '../../client/transaction-manager.js';
import { ErrorCode } from '../../protocol/generated/errors.js';
import type { StreamingContext } from '../context.js';
import type { RDD } from '../rdd/rdd.js';
import type { Time } from '../dstream/dstream.js';
import { InputDStream } from '../dstream/input-dstream.js';
import type { ConsumerRecord } from './consumer-record.js';
import { KafkaRDD, type KafkaReadOptions } from './kafka-rdd.js';
import { OffsetRange } from './offset-range.js';
import { CommitQueue, type OffsetCommitCallback } from './commit-queue.js';
import { PIDRateEstimator, maxMessagesPerPartition } from './rate-controller.js';
import type { ConsumerStrategy } from './strategies.js';
import { parseKafkaParams, type KafkaConsumerConfig } from './kafka-params.js';

const groupsInUse = new WeakMap<StreamingContext, Set<string>>();

/** A direct stream of ConsumerRecords. */
export class DirectKafkaInputDStream<K = string, V = string> extends InputDStream<ConsumerRecord<K, V>> {
  readonly client: KafkaClient;
  readonly groupId: string | undefined;
  private member: GroupMember | null = null;
  private groupApi: GroupApi | null = null;
  /** Next offset to read per partition key (after the last generated batch). */
  private current = new Map<string, TopicPartition & { offset: number }>();
  private restored = new Map<string, number>();
  /** Bound stream: partitions whose checkpointed offset is below the committed one → that offset (the next batch replays from it). */
  private readonly replayFrom = new Map<string, number>();
  private readonly commitQueue = new CommitQueue();
  /** The checked kafkaParams. */
  readonly config: KafkaConsumerConfig;
  private readonly readOptions: KafkaReadOptions;
  private readonly estimator: PIDRateEstimator | null;
  private estimatedRate: number | undefined;
  /** The exactly-once output bound to this stream (its description), if any. */
  private exactlyOnceOutput: string | null = null;

  /**
   * Creates the stream. Throws on bad kafkaParams (unknown or misspelt keys,
   * bad values, enable.auto.commit=true; kafka-params.ts) and on a group
   * already used by another stream of the context.
   */
  constructor(
    ssc: StreamingContext,
    readonly strategy: ConsumerStrategy,
  ) {
    super(ssc);
    const c = parseKafkaParams(strategy.params);
    this.config = c;
    this.groupId = c.groupId;
    if (strategy.kind !== 'Assign' && !this.groupId) throw new Error(`ConsumerStrategies.${strategy.kind} needs group.id in kafkaParams`);
    if (this.groupId) {
      let used = groupsInUse.get(ssc);
      if (!used) groupsInUse.set(ssc, (used = new Set()));
      if (used.has(this.groupId))
        throw new Error(
          `group.id ${this.groupId} is already used by another direct stream of this context; each stream needs its own group`,
        );
      used.add(this.groupId);
    }
    this.client = new KafkaClient({ brokers: c.bootstrapServers, clientId: c.clientId, requestTimeoutMs: c.requestTimeoutMs });
    this.readOptions = {
      keyDeserializer: c.keyDeserializer,
      valueDeserializer: c.valueDeserializer,
      maxBytes: c.maxPartitionFetchBytes,
      fetchMaxBytes: c.fetchMaxBytes,
      maxWaitMs: c.fetchMaxWaitMs,
      checkCrcs: c.checkCrcs,
      timeoutMs: c.requestTimeoutMs,
      isolationLevel: c.isolationLevel,
    };
    this.estimator = ssc.confBoolean('spark.streaming.backpressure.enabled')
      ? new PIDRateEstimator(
          ssc.batchDuration,
          ssc.confNumber('spark.streaming.backpressure.pid.proportional'),
          ssc.confNumber('spark.streaming.backpressure.pid.integral'),
          ssc.confNumber('spark.streaming.backpressure.pid.derived'),
          ssc.confNumber('spark.streaming.backpressure.pid.minRate'),
        )
      : null;
    if (this.estimator) {
      const initial = ssc.confNumber('spark.streaming.backpressure.initialRate', 0);
      if (initial > 0) this.estimatedRate = initial;
      ssc.addStreamingListener({
        onBatchCompleted: ({ batchInfo: b }) => {
          if (b.failureReason) return;
          const n = b.streamIdToNumRecords[this.id] ?? 0;
          const r = this.estimator!.compute(b.processingEndTime ?? b.batchTime, n, b.processingDelay ?? 0, b.schedulingDelay ?? 0);
          if (r !== undefined) this.estimatedRate = r;
        },
      });
    }
  }

  /** The rate the backpressure estimator currently allows (records/s), if any. */
  get currentRate(): number | undefined {
    return this.estimatedRate;
  }

  /** Typed foreachRDD: the batch RDD is a KafkaRDD with offsetRanges. */
  override foreachRDD(fn: (rdd: KafkaRDD<K, V>, time: Time) => void | Promise<void>): void {
    super.foreachRDD(fn as (rdd: RDD<ConsumerRecord<K, V>>, time: Time) => void | Promise<void>);
  }

  /**
   * Connects, joins the group (Subscribe), and finds the starting offsets.
   * When no broker of bootstrap.servers answers (after the client's retries),
   * rejects with one line that names the address.
   */
  override async start(): Promise<void> {
    try {
      await this.client.connect();
    } catch (err) {
      if (!(err instanceof ConnectionError)) throw err;
      const cause = err.cause instanceof Error ? err.cause.message : err.message;
      throw new Error(`could not connect to the broker at ${this.config.bootstrapServers.join(',')}: ${cause}`, { cause: err });
    }
    // Started beside the group join and offset lookups; null (fetch on this thread) when it cannot start.
    const fetcher = this.ssc.confBoolean('tributary.streaming.kafka.fetchThread')
      ? WorkerFetcher.start({
          brokers: this.config.bootstrapServers,
          clientId: this.config.clientId,
          requestTimeoutMs: this.config.requestTimeoutMs,
        })
      : Promise.resolve(null);
    try {
      if (this.groupId) this.groupApi = new GroupApi(this.client, this.groupId);
      const s = this.strategy;
      if (s.kind !== 'Assign') {
        const c = this.config;
        this.member = new GroupMember(this.client, {
          groupId: this.groupId!,
          subscription: s.kind === 'Subscribe' ? s.topics : s.pattern,
          sessionTimeoutMs: c.sessionTimeoutMs,
          heartbeatIntervalMs: c.heartbeatIntervalMs,
          rebalanceTimeoutMs: c.maxPollIntervalMs,
          metadataMaxAgeMs: c.metadataMaxAgeMs,
          assignors: c.assignors,
        });
        await this.member.join();
      }
      await this.syncAssignment();
    } catch (err) {
      void fetcher.then((f) => f?.close());
      throw err;
    }
    this.readOptions.fetcher = await fetcher;
  }

  private assigned(): TopicPartition[] {
    return this.strategy.kind === 'Assign' ? this.strategy.topicPartitions : (this.member?.assignment ?? []);
  }

  /** Adds newly assigned partitions (with their starting offsets) and drops revoked ones. */
  private async syncAssignment(): Promise<void> {
    const tps = this.assigned();
    const keys = new Set(tps.map(tpKey));
    for (const k of [...this.current.keys()]) if (!keys.has(k)) this.current.delete(k);
    const fresh = tps.filter((tp) => !this.current.has(tpKey(tp)));
    if (fresh.length === 0) return;
    const start = new Map<string, number>();
    const explicit = this.strategy.offsets;
    let unknown: TopicPartition[] = [];
    if (this.exactlyOnceOutput !== null) {
      // Exactly-once: the committed offsets first; a checkpoint behind them is caught up by a replay (see the header).
      const committed = await this.stableCommittedOffsets(fresh);
      const noCheckpoint: TopicPartition[] = [];
      for (const tp of fresh) {
        const k = tpKey(tp);
        const c = committed.get(k);
        const r = this.restored.get(k);
        if (c !== undefined && r !== undefined && r < c) this.replayFrom.set(k, r);
        if (c !== undefined && r === undefined && this.ssc.checkpointDir !== null) noCheckpoint.push(tp);
        const o = c ?? r ?? explicit.get(k);
        if (o !== undefined) start.set(k, o);
        else unknown.push(tp);
      }
      await this.replayFromOrigin(noCheckpoint, committed);
    } else {
      for (const tp of fresh) {
        const k = tpKey(tp);
        const o = this.restored.get(k) ?? explicit.get(k);
        if (o !== undefined) start.set(k, o);
        else unknown.push(tp);
      }
      if (unknown.length > 0 && this.groupApi) {
        const committed = await this.groupApi.offsetFetch(unknown);
        for (const [k, o] of committed) start.set(k, o);
        unknown = unknown.filter((tp) => !start.has(tpKey(tp)));
      }
    }
    if (unknown.length > 0) {
      const reset = this.config.autoOffsetReset;
      if (reset === 'none') throw new Error(`no committed offset for ${unknown.map(tpKey).join(', ')} and auto.offset.reset is none`);
      const found = await this.client.listOffsets(unknown, reset, this.config.isolationLevel);
      for (const [k, o] of found) start.set(k, o);
    }
    for (const tp of fresh) this.current.set(tpKey(tp), { topic: tp.topic, partition: tp.partition, offset: start.get(tpKey(tp))! });
  }

  /**
   * Committed offsets with no checkpointed offset behind them, in a job that
   * checkpoints: a run killed after its first transactions committed but
   * before its first checkpoint was written. Its state (and windows) saw
   * those batches and lost them with it, so the first batch replays the
   * input from where that run started — the explicit starting offset, else
   * the log start under auto.offset.reset=earliest — up to the committed
   * offset, without output. Under auto.offset.reset=latest that start is not
   * known any more, and the job resumes at the committed offset without the
   * replay (the README says so).
   */
  private async replayFromOrigin(tps: TopicPartition[], committed: Map<string, number>): Promise<void> {
    if (tps.length === 0) return;
    const explicit = this.strategy.offsets;
    const fromLogStart = tps.filter((tp) => explicit.get(tpKey(tp)) === undefined);
    const logStart =
      fromLogStart.length > 0 && this.config.autoOffsetReset === 'earliest'
        ? await this.client.listOffsets(fromLogStart, 'earliest', this.config.isolationLevel)
        : new Map<string, number>();
    for (const tp of tps) {
      const k = tpKey(tp);
      const origin = explicit.get(k) ?? logStart.get(k);
      if (origin !== undefined && origin < committed.get(k)!) this.replayFrom.set(k, origin);
    }
  }

  /**
   * The group's committed offsets of `tps`, asked with requireStable: while a
   * transaction that commits offsets of one of them is still completing the
   * coordinator answers UNSTABLE_OFFSET_COMMIT, and the call is repeated
   * (for up to request.timeout.ms), so the offsets of a transaction that
   * committed are never missed.
   */
  private async stableCommittedOffsets(tps: TopicPartition[]): Promise<Map<string, number>> {
    const deadline = Date.now() + this.config.requestTimeoutMs;
    for (;;) {
      try {
        return await this.groupApi!.offsetFetch(tps, { requireStable: true });
      } catch (err) {
        if ((err as { errorCode?: number }).errorCode !== ErrorCode.UNSTABLE_OFFSET_COMMIT || Date.now() > deadline) throw err;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  protected async compute(time: Time): Promise<KafkaRDD<K, V>> {
    if (this.member?.lastError) throw this.member.lastError;
    await this.syncAssignment();
    const tps = [...this.current.values()].sort((a, b) => (a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1));
    if (this.replayFrom.size > 0) {
      // The part of the input the last committed transaction covered but the checkpoint does not (see the header).
      const ranges = tps.map((tp) => OffsetRange.create(tp.topic, tp.partition, this.replayFrom.get(tpKey(tp)) ?? tp.offset, tp.offset));
      this.replayFrom.clear();
      this.reportRecords(
        time,
        ranges.reduce((a, r) => a + r.count(), 0),
      );
      return new KafkaRDD<K, V>(this.client, ranges, this.readOptions, true);
    }
    // Under read_committed the last stable offset: a batch never reads into a transaction still open.
    const latest = tps.length > 0 ? await this.client.listOffsets(tps, 'latest', this.config.isolationLevel) : new Map<string, number>();
    const lags = new Map<string, number>();
    for (const tp of tps) lags.set(tpKey(tp), (latest.get(tpKey(tp)) ?? tp.offset) - tp.offset);
    const limits = maxMessagesPerPartition(lags, {
      batchMs: this.ssc.batchDuration,
      maxRatePerPartition: this.ssc.confNumber('spark.streaming.kafka.maxRatePerPartition'),
      minRatePerPartition: this.ssc.confNumber('spark.streaming.kafka.minRatePerPartition'),
      estimatedRate: this.estimatedRate,
    });
    const ranges: OffsetRange[] = [];
    let total = 0;
    for (const tp of tps) {
      const k = tpKey(tp);
      let until = latest.get(k) ?? tp.offset;
      if (until < tp.offset) {
        throw new Error(
          `the latest offset ${until} of ${k} is below the next offset to read ${tp.offset}: the partition was truncated or recreated`,
        );
      }
      const max = limits?.get(k);
      if (max !== undefined) until = Math.min(until, tp.offset + max);
      ranges.push(OffsetRange.create(tp.topic, tp.partition, tp.offset, until));
      total += until - tp.offset;
    }
    for (const r of ranges) this.current.set(tpKey(r), { topic: r.topic, partition: r.partition, offset: r.untilOffset });
    this.reportRecords(time, total);
    return new KafkaRDD<K, V>(this.client, ranges, this.readOptions);
  }

  /**
   * Queues offsets for commit to the group; they are sent after the current
   * batch's outputs succeed. The callback gets the committed offsets or the error.
   * Throws on a stream bound to an exactly-once output (its transactions commit the offsets).
   */
  commitAsync(offsetRanges: readonly OffsetRange[], callback?: OffsetCommitCallback): void {
    if (!this.groupId) throw new Error('commitAsync needs group.id in kafkaParams');
    if (this.exactlyOnceOutput !== null)
      throw new Error(
        `commitAsync on the direct stream of group ${this.groupId}: its offsets are committed by ${this.exactlyOnceOutput} inside each batch's transaction; a commit outside it would break exactly-once (remove the commitAsync call)`,
      );
    this.commitQueue.add(offsetRanges, callback);
  }

  /** Sends the queued commits. */
  override async afterCheckpoint(): Promise<void> {
    if (this.commitQueue.isEmpty || !this.groupApi) return;
    const { offsets, callbacks } = this.commitQueue.drain();
    const committed = new Map<string, number>();
    for (const [k, o] of offsets) committed.set(k, o.offset);
    let error: Error | undefined;
    try {
      if (offsets.size > 0) await this.groupApi.offsetCommit([...offsets.values()], this.member?.identity);
    } catch (err) {
      error = err as Error;
    }
    for (const cb of callbacks) {
      try {
        cb(committed, error);
      } catch (err) {
        console.error('commitAsync callback threw:', err);
      }
    }
    if (error && callbacks.length === 0) console.error(`commitAsync to group ${this.groupId} failed:`, error.message);
  }

  /**
   * Makes the group's committed offsets this stream's only resume point and
   * refuses commitAsync (see the header); called by an exactly-once output
   * when it is declared. Throws without group.id or when another
   * exactly-once output is bound already.
   */
  bindExactlyOnceOutput(description: string): void {
    if (!this.groupId)
      throw new Error(
        `${description} needs group.id in the direct stream's kafkaParams: each batch's offsets are committed to that group in the batch's transaction`,
      );
    if (this.exactlyOnceOutput !== null)
      throw new Error(
        `${description}: the direct stream of group ${this.groupId} already has an exactly-once output (${this.exactlyOnceOutput}); one transaction per batch commits its offsets, so only one exactly-once output can read it — write every topic from one output, or give each output its own direct stream and group`,
      );
    this.exactlyOnceOutput = description;
  }

  /** The exactly-once output bound to this stream, or null. */
  get boundOutput(): string | null {
    return this.exactlyOnceOutput;
  }

  /** The group and this member's generation (Kafka's consumer.groupMetadata()), for sendOffsetsToTransaction. */
  groupMetadata(): GroupMetadata {
    if (!this.groupId) throw new Error('groupMetadata needs group.id in kafkaParams');
    return this.member ? { groupId: this.groupId, ...this.member.identity } : { groupId: this.groupId };
  }

  /** The current offsets ([topic, partition, offset]) for the checkpoint. */
  override snapshot(): unknown {
    return [...this.current.values()].map((c) => [c.topic, c.partition, c.offset]);
  }

  /**
   * Offsets from the checkpoint: they win over every other starting offset —
   * except on a stream bound to an exactly-once output, which resumes at the
   * group's committed offsets (see the header).
   */
  override restore(data: unknown): void {
    for (const [topic, partition, offset] of data as [string, number, number][]) this.restored.set(tpKey({ topic, partition }), offset);
  }

  /** Leaves the group, stops the fetch thread and closes the client. */
  override async stop(): Promise<void> {
    if (this.member) await this.member.leave().catch(() => undefined);
    await this.readOptions.fetcher?.close();
    this.client.close();
  }
}
