/**
 * reduceByKeyAndWindow with an inverse function: the window's value of each
 * key is computed incrementally from the previous window's,
 *
 *   new = (previous ⊕ batches entering the window) ⊖ batches leaving it
 *
 * where ⊕ is the reduce function and ⊖ the inverse (e.g. + and -). The
 * window at t covers the batches in (t - windowDuration, t]. Keys whose value
 * fails `filterFunc` are dropped (Spark keeps zero counts unless filtered).
 * The per-batch reduced data still needed (window + slide) and the last
 * window's values are buffered and checkpointed. Without an inverse function
 * operations.ts composes reduceByKey, window and reduceByKey instead.
 */
import { RDD } from '../rdd/rdd.js';
import { KeyMap, hashPartition } from '../rdd/keys.js';
import { DStream, checkMultiple, type Time } from './dstream.js';

/** Incrementally reduced windows of a pair stream. */
export class ReducedWindowedDStream<K, V> extends DStream<[K, V]> {
  private buffer = new Map<Time, [K, V][]>();
  private state: KeyMap<K, V> | null = null;
  private stateTime = -1;
  private readonly pending = new Map<Time, KeyMap<K, V>>();

  /** Creates the stream; `parent` should already be reduced per batch. */
  constructor(
    readonly parent: DStream<[K, V]>,
    private readonly reduceFunc: (a: V, b: V) => V,
    private readonly invReduceFunc: (a: V, b: V) => V,
    readonly windowDuration: Time,
    private readonly slide: Time,
    private readonly numPartitions: number,
    private readonly filterFunc?: (kv: [K, V]) => boolean,
  ) {
    super(parent.ssc);
    checkMultiple(parent.ssc, 'window duration', windowDuration);
    checkMultiple(parent.ssc, 'slide duration', slide);
  }

  /** The parent. */
  get dependencies(): DStream<unknown>[] {
    return [this.parent];
  }

  /** The window's slide. */
  get slideDuration(): Time {
    return this.slide;
  }

  private async batchData(time: Time): Promise<[K, V][]> {
    const b = this.buffer.get(time);
    if (b) return b;
    const rdd = await this.parent.getOrCompute(time);
    return rdd ? rdd.collect() : [];
  }

  private merge(into: KeyMap<K, V>, pairs: [K, V][], f: (a: V, b: V) => V): void {
    for (const [k, v] of pairs) {
      if (into.has(k)) into.set(k, f(into.get(k) as V, v));
      else into.set(k, v);
    }
  }

  protected async compute(time: Time): Promise<RDD<[K, V]>> {
    const step = this.parent.slideDuration;
    let next: KeyMap<K, V>;
    if (this.state && this.stateTime === time - this.slide) {
      next = this.state.clone();
      for (let t = time - this.slide + step; t <= time; t += step) this.merge(next, await this.batchData(t), this.reduceFunc);
      for (let t = time - this.slide - this.windowDuration + step; t <= time - this.windowDuration; t += step) {
        for (const [k, v] of await this.batchData(t)) {
          if (next.has(k)) next.set(k, this.invReduceFunc(next.get(k) as V, v));
        }
      }
    } else {
      next = new KeyMap();
      for (let t = time - this.windowDuration + step; t <= time; t += step) this.merge(next, await this.batchData(t), this.reduceFunc);
    }
    if (this.filterFunc) {
      const kept = new KeyMap<K, V>();
      for (const e of next.entries()) if (this.filterFunc(e)) kept.set(e[0], e[1]);
      next = kept;
    }
    this.pending.set(time, next);
    return RDD.fromPartitions(hashPartition(next.entries(), this.numPartitions));
  }

  /** Takes in the parent's reduced batch; keeps what the next windows need. */
  override async materialize(time: Time): Promise<void> {
    if (!this.buffer.has(time)) {
      const rdd = await this.parent.getOrCompute(time);
      if (rdd) this.buffer.set(time, await rdd.collect());
    }
    for (const t of this.buffer.keys()) if (t <= time - this.windowDuration - this.slide) this.buffer.delete(t);
  }

  /** Makes the window computed at `time` the previous window of the next one. */
  override commitBatch(time: Time): void {
    const s = this.pending.get(time);
    if (s) {
      this.state = s;
      this.stateTime = time;
    }
    for (const t of this.pending.keys()) if (t <= time) this.pending.delete(t);
  }

  /** Buffer, last window values and their time. */
  override snapshot(): unknown {
    return { buffer: [...this.buffer], state: this.state ? [...this.state.entries()] : null, stateTime: this.stateTime };
  }

  /** Restores buffer and last window. */
  override restore(data: unknown): void {
    const d = data as { buffer: [Time, [K, V][]][]; state: [K, V][] | null; stateTime: Time };
    this.buffer = new Map(d.buffer);
    this.state = d.state ? KeyMap.from(d.state) : null;
    this.stateTime = d.stateTime;
  }
}
