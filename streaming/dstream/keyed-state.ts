/**
 * KeyedStateDStream: the state bookkeeping shared by updateStateByKey and
 * mapWithState. A state per key (a KeyMap) is carried from batch to batch:
 * compute(t) builds the next map from `state` without changing it and puts
 * it in `pending`; commitBatch(t), which runs only when batch t succeeded,
 * makes it current and drops older proposals, so a failed or retried batch
 * never applies its updates twice. The current state goes into every
 * checkpoint as [key, state] pairs. Requires checkpointing.
 */
import { KeyMap } from '../rdd/keys.js';
import { DStream, type Time } from './dstream.js';

/** A stream over a pair stream whose per-key state S survives batches; emits T. */
export abstract class KeyedStateDStream<K, V, S, T> extends DStream<T> {
  /** The state after the last successful batch. */
  protected state = new KeyMap<K, S>();
  /** States computed by batches that have not succeeded yet, by batch time. */
  protected readonly pending = new Map<Time, KeyMap<K, S>>();

  /** Creates the stream over `parent` and registers it for checkpoints. */
  constructor(readonly parent: DStream<[K, V]>) {
    super(parent.ssc);
    parent.ssc.graph.requireCheckpoint(this);
  }

  /** The parent. */
  get dependencies(): DStream<unknown>[] {
    return [this.parent];
  }

  /** The parent's slide. */
  get slideDuration(): Time {
    return this.parent.slideDuration;
  }

  /** Computes the batch's state even when no output uses this stream. */
  override async materialize(time: Time): Promise<void> {
    const rdd = await this.getOrCompute(time);
    if (rdd) await rdd.partitions();
  }

  /** Makes the batch's state current. */
  override commitBatch(time: Time): void {
    const s = this.pending.get(time);
    if (s) this.state = s;
    for (const t of this.pending.keys()) if (t <= time) this.pending.delete(t);
  }

  /** [key, state] pairs. */
  override snapshot(): unknown {
    return [...this.state.entries()];
  }

  /** Restores [key, state] pairs. */
  override restore(data: unknown): void {
    this.state = KeyMap.from(data as [K, S][]);
  }
}
