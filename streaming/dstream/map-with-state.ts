/**
 * mapWithState: the mapping function is called once per record, in order,
 * with the key's State; what it returns (unless undefined) is the stream's
 * output. Keys not updated for the spec's timeout get one last call with
 * value undefined and `state.isTimingOut()`, then lose their state.
 * stateSnapshots() gives every [key, state] after each batch.
 *
 * Like updateStateByKey, a batch works on a copy of the state that becomes
 * current only when the batch succeeds, and the state is checkpointed.
 */
import { RDD } from '../rdd/rdd.js';
import { KeyMap, hashPartition } from '../rdd/keys.js';
import { DStream, type Time } from './dstream.js';
import { KeyedStateDStream } from './keyed-state.js';
import { State, type StateSpec } from './state-spec.js';

interface Entry<S> {
  s: S;
  /** Time of the last update, ms. */
  t: Time;
}

/** The mapped output of mapWithState. */
export class MapWithStateDStream<K, V, S, M> extends KeyedStateDStream<K, V, Entry<S>, M> {
  /** Creates the stream. */
  constructor(
    parent: DStream<[K, V]>,
    readonly spec: StateSpec<K, V, S, M>,
  ) {
    super(parent);
    const now = Date.now();
    for (const [k, s] of spec.initial ?? []) this.state.set(k, { s, t: now });
  }

  protected async compute(time: Time): Promise<RDD<M>> {
    const rdd = await this.parent.getOrCompute(time);
    const next = this.state.clone();
    const out: M[] = [];
    const touched = new KeyMap<K, true>();
    if (rdd) {
      for (const part of await rdd.partitions()) {
        for (const [k, v] of part) {
          const e = next.get(k);
          const st = new State<S>(e?.s);
          const m = this.spec.fn(k, v, st, time);
          if (m !== undefined) out.push(m);
          const { updated, removed } = st.changed;
          if (removed) next.delete(k);
          else if (updated) next.set(k, { s: st.get(), t: time });
          touched.set(k, true);
        }
      }
    }
    const timeout = this.spec.timeoutMs;
    if (timeout !== undefined) {
      for (const [k, e] of [...next.entries()]) {
        if (touched.has(k) || e.t > time - timeout) continue;
        const m = this.spec.fn(k, undefined, new State<S>(e.s, true), time);
        if (m !== undefined) out.push(m);
        next.delete(k);
      }
    }
    this.pending.set(time, next);
    const n = this.spec.partitions ?? Math.max(1, rdd?.numPartitions ?? 1);
    return RDD.parallelize(out, n);
  }

  /** Every [key, state] after each batch. */
  stateSnapshots(): DStream<[K, S]> {
    return new StateSnapshotsDStream(this);
  }

  /** @internal the state computed for batch `time` (after computing it). */
  async stateAt(time: Time): Promise<KeyMap<K, Entry<S>> | undefined> {
    const rdd = await this.getOrCompute(time);
    if (!rdd) return undefined;
    await rdd.partitions();
    return this.pending.get(time) ?? this.state;
  }
}

/** stateSnapshots(): [key, state] pairs of a mapWithState stream after each batch. */
export class StateSnapshotsDStream<K, S> extends DStream<[K, S]> {
  /** Creates the stream. */
  constructor(readonly parent: MapWithStateDStream<K, any, S, any>) {
    super(parent.ssc);
  }

  /** The mapWithState stream. */
  get dependencies(): DStream<unknown>[] {
    return [this.parent];
  }

  /** The parent's slide. */
  get slideDuration(): Time {
    return this.parent.slideDuration;
  }

  protected async compute(time: Time): Promise<RDD<[K, S]> | undefined> {
    const m = await this.parent.stateAt(time);
    if (!m) return undefined;
    const pairs: [K, S][] = [];
    for (const [k, e] of m.entries()) pairs.push([k, e.s]);
    return RDD.fromPartitions(hashPartition(pairs, this.parent.spec.partitions ?? 1));
  }
}
