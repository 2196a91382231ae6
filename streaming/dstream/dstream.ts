/**
 * DStream<T>: a discretized stream, one RDD per batch time. The contract is
 * small: the streams it depends on, its slide duration, and compute(time),
 * which returns the RDD of a batch (or undefined when the stream has no RDD
 * at that time, e.g. a window between two slides). getOrCompute caches the
 * result per batch time, so every output of a batch sees one RDD per stream.
 *
 * Transformations and outputs (map, window, updateStateByKey, print, ...)
 * live one per file next to this one and are attached by operations.ts.
 *
 * Hooks for the scheduler, in the order it calls them for a batch after the
 * outputs ran: materialize(time) (stateful and window streams take in the
 * batch), commitBatch(time) (the batch succeeded: pending state becomes
 * current), snapshot() (what goes into the checkpoint), afterCheckpoint(time)
 * (e.g. committing Kafka offsets). restore(data) runs before start with what
 * snapshot() returned in the last checkpoint.
 */
import type { RDD } from '../rdd/rdd.js';
import type { StreamingContext } from '../context.js';

/** A time in epoch milliseconds (a batch time) or a duration in milliseconds. */
export type Time = number;

/** The base class of every stream. */
export abstract class DStream<T> {
  /** Creation order within the context: stable across runs of the same job code. */
  readonly id: number;
  /** Batch time zero: the first batch runs at zeroTime + batchDuration. */
  zeroTime = -1;
  /** How long generated RDDs are kept (at least one slide). */
  rememberDuration = 0;
  private readonly generated = new Map<Time, Promise<RDD<T> | undefined>>();
  /** The streams computed from this one (set by the graph at start). */
  readonly dependents: DStream<unknown>[] = [];
  /** The interval given to checkpoint(interval), or 0 (see operations.ts). */
  checkpointDuration: Time = 0;

  /** Registers the stream with its context's graph. */
  constructor(readonly ssc: StreamingContext) {
    this.id = ssc.graph.register(this);
  }

  /** The streams this one is computed from. */
  abstract get dependencies(): DStream<unknown>[];

  /** The interval at which this stream produces an RDD. */
  abstract get slideDuration(): Time;

  /** Computes the RDD of batch `time` (called at most once per successful time). */
  protected abstract compute(time: Time): Promise<RDD<T> | undefined> | RDD<T> | undefined;

  /**
   * True for map, flatMap, filter, reduceByKey and countByValue: their
   * compute applies one RDD transformation to the parent's RDD and shows it
   * to no user code. The RDD of such a stream whose only dependent is another
   * one is marked internal, so it is pipelined rather than materialized
   * (rdd.ts).
   */
  get consumesParentOnce(): boolean {
    return false;
  }

  /** A stable name for checkpoints: kind and creation order. */
  get checkpointKey(): string {
    return `${this.constructor.name}-${this.id}`;
  }

  /** Whether `time` is a batch time of this stream (after zero time, on its slide). */
  isTimeValid(time: Time): boolean {
    if (this.zeroTime < 0) throw new Error(`${this.checkpointKey} has not been initialized (was the context started?)`);
    return time > this.zeroTime && (time - this.zeroTime) % this.slideDuration === 0;
  }

  /** The RDD of batch `time`, computed once (a failed computation is forgotten). */
  getOrCompute(time: Time): Promise<RDD<T> | undefined> {
    let p = this.generated.get(time);
    if (!p) {
      if (!this.isTimeValid(time)) return Promise.resolve(undefined);
      p = Promise.resolve()
        .then(() => this.compute(time))
        .then((rdd) => {
          if (rdd && this.consumesParentOnce && this.dependents.length === 1 && this.dependents[0].consumesParentOnce) rdd.markInternal();
          return rdd;
        });
      this.generated.set(time, p);
      p.catch(() => {
        if (this.generated.get(time) === p) this.generated.delete(time);
      });
    }
    return p;
  }

  /** The RDD generated for `time` if it is still remembered; nothing is computed. */
  rememberedRDD(time: Time): Promise<RDD<T> | undefined> | undefined {
    return this.generated.get(time);
  }

  /** Sets zero time here and upstream; validates the slide against the batch duration. */
  initialize(zeroTime: Time): void {
    if (this.zeroTime === zeroTime) return;
    this.zeroTime = zeroTime;
    const batch = this.ssc.batchDuration;
    if (this.slideDuration % batch !== 0) {
      throw new Error(`${this.checkpointKey}: slide duration ${this.slideDuration} ms is not a multiple of the batch duration ${batch} ms`);
    }
    this.rememberDuration = Math.max(this.rememberDuration, this.slideDuration, this.ssc.rememberDuration);
    for (const d of this.dependencies) d.initialize(zeroTime);
  }

  /** Forgets RDDs older than the remember duration. */
  clearOldMetadata(time: Time): void {
    for (const t of this.generated.keys()) if (t <= time - this.rememberDuration) this.generated.delete(t);
  }

  /** Stateful and window streams take in the data of batch `time` here. */
  materialize?(time: Time): Promise<void>;
  /** The batch at `time` succeeded: its pending state becomes the current state. */
  commitBatch?(time: Time): void;
  /** The state to write into the checkpoint (JSON-serializable; Buffers are kept). */
  snapshot?(): unknown;
  /** Restores what snapshot() returned, before the context starts. */
  restore?(data: unknown): void;
  /** Runs after the batch's checkpoint was written (or right after commitBatch without one). */
  afterCheckpoint?(time: Time): Promise<void>;
}

/** Throws unless `duration` is a positive multiple of the batch duration. */
export function checkMultiple(ssc: StreamingContext, what: string, duration: Time): void {
  const batch = ssc.batchDuration;
  if (!(duration > 0) || duration % batch !== 0) {
    throw new Error(`${what} ${duration} ms must be a multiple of the batch duration ${batch} ms`);
  }
}
