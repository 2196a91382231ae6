/**
 * StreamingContext: the entry point of a streaming job. It holds the batch
 * duration, the configuration (Spark's keys where they exist, checked at
 * construction against the table in streaming-conf.ts), the DStream graph,
 * the sources, the scheduler and the checkpoint directory.
 *
 *   const ssc = new StreamingContext(Seconds(1));
 *   ssc.socketTextStream('localhost', 9999).flatMap(l => l.split(' '))
 *     .map(w => [w, 1] as [string, number]).reduceByKey((a, b) => a + b).print();
 *   await ssc.start();
 *   await ssc.awaitTermination();
 *
 * start() is async (sources connect, Kafka streams join their group, a
 * checkpoint is read). stop(stopSparkContext, stopGracefully) — Spark's
 * signature, or stop({graceful}) — stops: with graceful, receivers stop
 * first and every batch already due (plus one for data still buffered) is
 * processed; without, the running batch finishes and queued ones are dropped.
 * stopSparkContext (default conf spark.streaming.stopSparkContextByDefault,
 * true) also stops the process's SparkContext, which closes the SQL session.
 * With spark.streaming.stopGracefullyOnShutdown=true, SIGTERM and SIGINT stop
 * the context gracefully and then end the process with that signal.
 *
 * As in Spark, one context per process may be active (started and not
 * stopped): start() refuses a second. getActive() returns it,
 * getActiveOrCreate() returns it or makes one.
 *
 * Checkpoints: getOrCreate(dir, factory) always builds the job with
 * `factory` (JavaScript functions cannot be serialized, unlike Spark's
 * graph) and then restores from the checkpoint in `dir`, if there is one,
 * the state of each stateful stream, window buffers and Kafka offsets,
 * matched by stream kind and creation order. So the factory must build the
 * same graph every time: the checkpoint keeps a fingerprint of the graph
 * (state/graph-fingerprint.ts) and start() refuses one that differs
 * (CheckpointGraphMismatchError, listing what changed) unless getOrCreate
 * was given `{ onGraphChange: 'discard' }`, which deletes the checkpoint
 * (state, offsets, receiver logs) and starts fresh.
 */
import { DStreamGraph } from './graph.js';
import { RDD } from './rdd/rdd.js';
import type { DStream, Time } from './dstream/dstream.js';
import { UnionDStream } from './dstream/union.js';
import { TransformedDStream } from './dstream/transform.js';
import { JobScheduler } from './scheduler/job-scheduler.js';
import { ListenerBus, type StreamingListener } from './scheduler/listener.js';
import { RecurringTimer, nextAlignedTime } from './scheduler/job-generator.js';
import { openCheckpoint, type GetOrCreateOptions } from './state/checkpoint-restore.js';
import { parseKeyValue, type ConfigValue } from '../config/config-def.js';
import { checkConf } from './conf-check.js';
import { STREAMING_CONF, STREAMING_CONF_BY_NAME } from './streaming-conf.js';
import type { CheckpointStore } from './state/checkpoint-store.js';
import { QueueInputDStream } from './sources/queue-stream.js';
import { ReceiverInputDStream, type Receiver } from './sources/receiver.js';
import { SocketReceiver } from './sources/socket-text-stream.js';
import { FileInputDStream } from './sources/text-file-stream.js';
import { SparkConf, SparkContext } from './rdd/spark-context.js';
import './dstream/operations.js';
import './rdd/pair-functions.js';
import './rdd/partitioning.js';

/** Configuration values, by Spark's key names. */
export type StreamingConf = Record<string, string | number | boolean>;

/** Options of a context. */
export interface StreamingContextOptions {
  appName?: string;
  conf?: StreamingConf;
}

/** INITIALIZED, then ACTIVE after start(), STOPPED after stop() or a failure. */
export type StreamingContextState = 'INITIALIZED' | 'ACTIVE' | 'STOPPED';

/** stop()'s options (the object form). */
export interface StopOptions {
  /** Process the data received and the batches due before stopping (default false). */
  graceful?: boolean;
  /** Spark's name for `graceful`. */
  stopGracefully?: boolean;
  /** Also stop the SparkContext (default conf spark.streaming.stopSparkContextByDefault, true). */
  stopSparkContext?: boolean;
}

/** The active context (started, not stopped) and when it started. */
let active: { ssc: StreamingContext; since: Date } | null = null;

/** The entry point of a streaming job. */
export class StreamingContext {
  readonly graph = new DStreamGraph();
  readonly listenerBus = new ListenerBus();
  readonly scheduler: JobScheduler;
  readonly appName: string;
  readonly conf: Map<string, string>;
  checkpointDir: string | null = null;
  checkpointStore: CheckpointStore | null = null;
  /** How long generated RDDs are kept (remember()). */
  rememberDuration: Time = 0;
  private stateValue: StreamingContextState = 'INITIALIZED';
  private restoreOnStart: GetOrCreateOptions | null = null;
  private timer: RecurringTimer;
  private terminationResolve!: () => void;
  private terminationReject!: (err: Error) => void;
  private readonly termination: Promise<void>;
  private stopping: Promise<void> | null = null;
  /** The batch time of the checkpoint restored at start, if any. */
  restoredFrom: Time | null = null;
  private shutdownHook: ((signal: NodeJS.Signals) => void) | null = null;

  /** Creates a context with a batch duration in milliseconds. */
  constructor(
    readonly batchDuration: Time,
    options: StreamingContextOptions = {},
  ) {
    if (!(batchDuration > 0) || !Number.isInteger(batchDuration))
      throw new Error(`batch duration must be a positive whole number of milliseconds, got ${batchDuration}`);
    this.appName = options.appName ?? 'tributary-streaming';
    this.conf = new Map(Object.entries(options.conf ?? {}).map(([k, v]) => [k, String(v)]));
    // Unknown, misspelt and invalid keys fail here, naming the key (with a did-you-mean).
    checkConf(this.conf, STREAMING_CONF);
    this.scheduler = new JobScheduler(
      this,
      this.confNumber('spark.task.maxFailures'),
      this.confNumber('tributary.streaming.retryBackoffMs'),
    );
    this.timer = new RecurringTimer(batchDuration, (t) => this.scheduler.submit(t));
    this.termination = new Promise<void>((resolve, reject) => {
      this.terminationResolve = resolve;
      this.terminationReject = reject;
    });
    this.termination.catch(() => undefined);
  }

  /**
   * A configuration value parsed by its key's type (streaming-conf.ts): the
   * value set, else the key's default, else `fallback` (for keys without a
   * default); undefined when none of them exists.
   */
  private confValue(key: string, fallback?: number | boolean): ConfigValue | undefined {
    const def = STREAMING_CONF_BY_NAME.get(key);
    const raw = this.conf.get(key);
    if (!def) {
      if (raw === undefined) return fallback;
      throw new Error(`internal: configuration key ${key} is not in the table of streaming-conf.ts`);
    }
    if (raw !== undefined) return parseKeyValue(def, raw, STREAMING_CONF.source);
    return def.default !== null ? parseKeyValue(def, def.default, STREAMING_CONF.source) : fallback;
  }

  /** A numeric configuration value (its default from the table, else `fallback`). */
  confNumber(key: string, fallback?: number): number {
    const v = this.confValue(key, fallback);
    if (typeof v !== 'number') throw new Error(`configuration ${key} is not set and has no default`);
    return v;
  }

  /** A boolean configuration value (its default from the table, else `fallback`). */
  confBoolean(key: string, fallback?: boolean): boolean {
    const v = this.confValue(key, fallback);
    if (typeof v !== 'boolean') throw new Error(`configuration ${key} is not set and has no default`);
    return v;
  }

  /** The context's state. */
  getState(): StreamingContextState {
    return this.stateValue;
  }

  /** Sets the checkpoint directory (a LevelDB database is kept there). */
  checkpoint(dir: string): void {
    this.checkpointDir = dir;
  }

  /** The process's SparkContext, started with this context's configuration when none runs. */
  get sparkContext(): SparkContext {
    return SparkContext.getOrCreate(new SparkConf(this.conf).setAppName(this.appName));
  }

  /** The active context (started and not stopped), or null. */
  static getActive(): StreamingContext | null {
    return active?.ssc ?? null;
  }

  /**
   * The active context, else one from `factory` — through getOrCreate(checkpointPath,
   * factory) when a checkpoint path is given.
   */
  static async getActiveOrCreate(
    checkpointPathOrFactory: string | (() => StreamingContext | Promise<StreamingContext>),
    factory?: () => StreamingContext | Promise<StreamingContext>,
  ): Promise<StreamingContext> {
    if (active) return active.ssc;
    if (typeof checkpointPathOrFactory === 'function') return checkpointPathOrFactory();
    if (!factory) throw new Error('getActiveOrCreate(checkpointPath, factory): the factory is missing');
    return StreamingContext.getOrCreate(checkpointPathOrFactory, factory);
  }

  /** Keeps generated RDDs at least this long. */
  remember(duration: Time): void {
    this.rememberDuration = duration;
  }

  /** Adds a batch listener. */
  addStreamingListener(l: StreamingListener): void {
    this.listenerBus.add(l);
  }

  /** Removes a batch listener. */
  removeStreamingListener(l: StreamingListener): void {
    this.listenerBus.remove(l);
  }

  /**
   * Builds the job with `factory` and, when `dir` holds a checkpoint, restores
   * state and offsets from it at start() — provided the job's DStream graph is
   * the one that wrote it; else start() throws, or with `{ onGraphChange:
   * 'discard' }` deletes the checkpoint and starts fresh.
   */
  static async getOrCreate(
    dir: string,
    factory: () => StreamingContext | Promise<StreamingContext>,
    options: GetOrCreateOptions = {},
  ): Promise<StreamingContext> {
    const ssc = await factory();
    ssc.checkpoint(dir);
    ssc.restoreOnStart = options;
    return ssc;
  }

  // ---- sources ---------------------------------------------------------

  /** Lines from a TCP server (see SocketReceiver). */
  socketTextStream(host: string, port: number): ReceiverInputDStream<string> {
    return new ReceiverInputDStream(this, new SocketReceiver(host, port));
  }

  /** Lines of files that appear in `directory`. */
  textFileStream(directory: string): FileInputDStream {
    return new FileInputDStream(this, directory);
  }

  /** Batches from a queue the caller fills. */
  queueStream<T>(queue: (RDD<T> | T[])[], oneAtATime = true, defaultRDD?: RDD<T>): QueueInputDStream<T> {
    return new QueueInputDStream(this, queue, oneAtATime, defaultRDD);
  }

  /** Records stored by a user-written receiver. */
  receiverStream<T>(receiver: Receiver<T>): ReceiverInputDStream<T> {
    return new ReceiverInputDStream(this, receiver);
  }

  /** The union of streams with one slide duration. */
  union<T>(streams: DStream<T>[]): DStream<T> {
    return new UnionDStream(streams);
  }

  /** A stream computed per batch from several streams' RDDs. */
  transform<U>(streams: DStream<any>[], fn: (rdds: RDD<any>[], time: Time) => RDD<U> | Promise<RDD<U>>): DStream<U> {
    return new TransformedDStream(streams, fn);
  }

  /** An RDD over in-memory records (Spark's sparkContext.parallelize), e.g. a static lookup list. */
  parallelize<T>(items: T[], numSlices = 1): RDD<T> {
    return RDD.parallelize(items, numSlices);
  }

  /** Batch input: the lines of files (sparkContext.textFile; paths as in rdd/text-files.ts). */
  textFile(path: string, minPartitions?: number): RDD<string> {
    return this.sparkContext.textFile(path, minPartitions);
  }

  /** Batch input: [file URI, content] per file (sparkContext.wholeTextFiles). */
  wholeTextFiles(path: string, minPartitions?: number): RDD<[string, string]> {
    return this.sparkContext.wholeTextFiles(path, minPartitions);
  }

  // ---- life cycle ------------------------------------------------------

  /** Starts the sources and the batch timer. */
  async start(): Promise<void> {
    if (this.stateValue === 'ACTIVE') throw new Error('StreamingContext has already been started');
    if (this.stateValue === 'STOPPED') throw new Error('StreamingContext has already been stopped');
    if (active) {
      throw new Error(
        `Only one StreamingContext may be started in this process. Currently running StreamingContext (${active.ssc.appName}) was started at ${active.since.toISOString()}`,
      );
    }
    if (this.graph.checkpointRequired.length > 0 && !this.checkpointDir) {
      throw new Error(
        'The checkpoint directory has not been set. Please set it by StreamingContext.checkpoint() (needed by updateStateByKey and mapWithState)',
      );
    }
    if (this.graph.outputStreams.length === 0) throw new Error('No output operations registered, so nothing to execute');
    this.stateValue = 'ACTIVE';
    active = { ssc: this, since: new Date() };
    void this.sparkContext;
    try {
      if (this.checkpointDir) {
        const opened = await openCheckpoint(this.checkpointDir, this.graph, this.restoreOnStart);
        this.checkpointStore = opened.store;
        this.restoredFrom = opened.restoredFrom;
      }
      // Outputs first: an exactly-once Kafka output fences the job's previous instance
      // (and waits for its open transaction to end) before a source reads committed offsets.
      for (const o of this.graph.outputStreams) await o.start();
      for (const s of this.graph.inputStreams) await s.start();
      const startTime = nextAlignedTime(Date.now(), this.batchDuration);
      this.graph.start(startTime - this.batchDuration);
      this.timer.start(startTime);
      this.listenerBus.post('onStreamingStarted', { time: startTime });
      if (this.confBoolean('spark.streaming.stopGracefullyOnShutdown')) this.installShutdownHook();
    } catch (err) {
      this.stateValue = 'STOPPED';
      await this.shutdown();
      this.terminationReject(err as Error);
      throw err;
    }
  }

  /** SIGTERM / SIGINT stop gracefully, then the signal is raised again to end the process. */
  private installShutdownHook(): void {
    const hook = (signal: NodeJS.Signals): void => {
      void this.stop(true, true).finally(() => {
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    };
    this.shutdownHook = hook;
    process.once('SIGTERM', hook);
    process.once('SIGINT', hook);
  }

  /**
   * Stops the context: stop(stopSparkContext?, stopGracefully?) as in Spark,
   * or stop({graceful, stopSparkContext}). Graceful: stop receiving, then
   * process every batch due and the data already received; otherwise finish
   * the running batch only. Idempotent.
   */
  stop(stopSparkContextOrOptions: boolean | StopOptions = {}, stopGracefully?: boolean): Promise<void> {
    if (this.stopping) return this.stopping;
    const options: StopOptions =
      typeof stopSparkContextOrOptions === 'boolean'
        ? { stopSparkContext: stopSparkContextOrOptions, graceful: stopGracefully ?? false }
        : stopSparkContextOrOptions;
    const graceful = options.graceful ?? options.stopGracefully ?? false;
    const stopSparkContext = options.stopSparkContext ?? this.confBoolean('spark.streaming.stopSparkContextByDefault');
    this.stopping = (async () => {
      if (this.stateValue !== 'ACTIVE') {
        this.stateValue = 'STOPPED';
        if (stopSparkContext) await SparkContext.getActive()?.stop();
        this.terminationResolve();
        return;
      }
      this.stateValue = 'STOPPED';
      if (graceful) {
        for (const s of this.graph.inputStreams) if (s instanceof ReceiverInputDStream) await s.stopReceiving();
        await this.scheduler.whenIdle();
        const lastTick = this.timer.stop();
        if (this.graph.inputStreams.some((s) => s.hasPendingData())) {
          this.scheduler.submit(Math.max(lastTick + this.batchDuration, nextAlignedTime(Date.now(), this.batchDuration)));
        }
        await this.scheduler.whenIdle();
      } else {
        this.timer.stop();
      }
      this.scheduler.halt();
      await this.scheduler.whenIdle();
      await this.shutdown();
      if (stopSparkContext) await SparkContext.getActive()?.stop();
      this.terminationResolve();
    })();
    return this.stopping;
  }

  private async shutdown(): Promise<void> {
    if (active?.ssc === this) active = null;
    if (this.shutdownHook) {
      process.removeListener('SIGTERM', this.shutdownHook);
      process.removeListener('SIGINT', this.shutdownHook);
      this.shutdownHook = null;
    }
    this.timer.stop();
    for (const s of this.graph.inputStreams) await Promise.resolve(s.stop()).catch(() => undefined);
    for (const o of this.graph.outputStreams) await o.stop().catch(() => undefined);
    if (this.checkpointStore) {
      await this.checkpointStore.close().catch(() => undefined);
      this.checkpointStore = null;
    }
  }

  /** @internal a batch failed for good: stop and make awaitTermination reject. */
  fail(err: Error): void {
    if (this.stopping) return;
    this.stateValue = 'STOPPED';
    this.stopping = (async () => {
      this.timer.stop();
      this.scheduler.halt();
      await this.shutdown();
      this.terminationReject(err);
    })();
  }

  /** Resolves when the context stops; rejects with the error that stopped it. */
  awaitTermination(): Promise<void> {
    return this.termination;
  }

  /** Like awaitTermination, but gives up after `timeoutMs`; true if it terminated. */
  async awaitTerminationOrTimeout(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs)));
    try {
      return await Promise.race([this.termination.then(() => true), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
