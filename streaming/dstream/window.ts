/**
 * window: every slideDuration, the records of the parent's batches in the
 * window (t - windowDuration, t] (start exclusive, end inclusive).
 *
 * The stream keeps a buffer: the parent's data of each batch still inside
 * the window, taken in after every batch (materialize). The buffer is part of
 * the checkpoint, so a restarted job's first windows still hold the records
 * of the batches before the restart.
 */
import { RDD } from '../rdd/rdd.js';
import { DStream, checkMultiple, type Time } from './dstream.js';

/** A sliding window over a parent stream. */
export class WindowedDStream<T> extends DStream<T> {
  private buffer = new Map<Time, T[][]>();
  readonly windowDuration: Time;
  private readonly slide: Time;

  /** Creates the window; both durations must be multiples of the parent's slide. */
  constructor(
    readonly parent: DStream<T>,
    windowDuration: Time,
    slideDuration: Time = parent.slideDuration,
  ) {
    super(parent.ssc);
    checkMultiple(parent.ssc, 'window duration', windowDuration);
    checkMultiple(parent.ssc, 'slide duration', slideDuration);
    if (windowDuration % parent.slideDuration !== 0)
      throw new Error(`window duration ${windowDuration} ms must be a multiple of the parent's slide duration ${parent.slideDuration} ms`);
    if (slideDuration % parent.slideDuration !== 0)
      throw new Error(`slide duration ${slideDuration} ms must be a multiple of the parent's slide duration ${parent.slideDuration} ms`);
    this.windowDuration = windowDuration;
    this.slide = slideDuration;
  }

  /** The parent. */
  get dependencies(): DStream<unknown>[] {
    return [this.parent];
  }

  /** The window's slide. */
  get slideDuration(): Time {
    return this.slide;
  }

  protected async compute(time: Time): Promise<RDD<T>> {
    const parts: RDD<T>[] = [];
    for (const [t, data] of [...this.buffer].sort((a, b) => a[0] - b[0])) {
      if (t > time - this.windowDuration && t < time) parts.push(RDD.fromPartitions(data));
    }
    const current = await this.parent.getOrCompute(time);
    if (current) parts.push(current);
    return parts.length === 0 ? RDD.empty() : parts[0].union(...parts.slice(1));
  }

  /** Takes in the parent's batch and drops batches that left every future window. */
  override async materialize(time: Time): Promise<void> {
    const rdd = await this.parent.getOrCompute(time);
    if (rdd && !this.buffer.has(time)) this.buffer.set(time, await rdd.partitions());
    for (const t of this.buffer.keys()) if (t <= time - this.windowDuration) this.buffer.delete(t);
  }

  /** The buffered batches. */
  override snapshot(): unknown {
    return [...this.buffer];
  }

  /** Restores the buffered batches. */
  override restore(data: unknown): void {
    this.buffer = new Map(data as [Time, T[][]][]);
  }
}
