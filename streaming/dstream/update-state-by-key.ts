/**
 * updateStateByKey: a state per key carried from batch to batch. Every batch
 * the update function is called for every key with state or new values:
 * `update(newValues, previousState)`, previousState undefined for a new key;
 * returning undefined removes the key. The stream's RDD at t holds every
 * [key, state] after batch t.
 *
 * The state of the last successful batch is kept in memory; a batch computes
 * a new map from it, which becomes current only when the batch succeeds
 * (KeyedStateDStream), so a failed or retried batch never applies its
 * updates twice. The current state goes into every checkpoint.
 */
import { RDD } from '../rdd/rdd.js';
import { KeyMap, hashPartition } from '../rdd/keys.js';
import type { DStream, Time } from './dstream.js';
import { KeyedStateDStream } from './keyed-state.js';

/** The update function of updateStateByKey. */
export type UpdateFunc<V, S> = (values: V[], state: S | undefined) => S | undefined;

/** Per-key state updated by each batch. */
export class StateDStream<K, V, S> extends KeyedStateDStream<K, V, S, [K, S]> {
  /** Creates the stream; `initial` seeds the state. */
  constructor(
    parent: DStream<[K, V]>,
    private readonly update: UpdateFunc<V, S>,
    private readonly numPartitions: number,
    initial?: Iterable<[K, S]>,
  ) {
    super(parent);
    if (initial) this.state = KeyMap.from(initial);
  }

  protected async compute(time: Time): Promise<RDD<[K, S]>> {
    const rdd = await this.parent.getOrCompute(time);
    const grouped = new KeyMap<K, V[]>();
    if (rdd) {
      for (const part of await rdd.partitions()) {
        for (const [k, v] of part) {
          const list = grouped.get(k);
          if (list) list.push(v);
          else grouped.set(k, [v]);
        }
      }
    }
    const next = new KeyMap<K, S>();
    for (const [k, s] of this.state.entries()) {
      const r = this.update(grouped.get(k) ?? [], s);
      if (r !== undefined) next.set(k, r);
    }
    for (const [k, vs] of grouped.entries()) {
      if (this.state.has(k)) continue;
      const r = this.update(vs, undefined);
      if (r !== undefined) next.set(k, r);
    }
    this.pending.set(time, next);
    return RDD.fromPartitions(hashPartition(next.entries(), this.numPartitions));
  }
}
