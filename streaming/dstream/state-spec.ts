/**
 * StateSpec and State: the arguments of mapWithState, after Spark's.
 * `StateSpec.function((key, value, state) => mapped)` with optional
 * `.timeout(ms)` (a key idle that long is called once more with value
 * undefined and `state.isTimingOut()` true, then removed), `.numPartitions(n)`
 * and `.initialState(pairs)`.
 */
import type { Time } from './dstream.js';

/** The mapping function of mapWithState; value is undefined for a timing-out key. */
export type MappingFunction<K, V, S, M> = (key: K, value: V | undefined, state: State<S>, batchTime: Time) => M;

/** The state of one key, handed to the mapping function. */
export class State<S> {
  private value: S | undefined;
  private defined: boolean;
  private removed = false;
  private updated = false;

  /** Wraps the key's current state (undefined: none) and whether it is timing out. */
  constructor(
    current: S | undefined,
    private readonly timingOut = false,
  ) {
    this.value = current;
    this.defined = current !== undefined;
  }

  /** Whether the key has state. */
  exists(): boolean {
    return this.defined;
  }

  /** The state; throws when there is none (Spark's NoSuchElementException). */
  get(): S {
    if (!this.defined) throw new Error('State is not set');
    return this.value as S;
  }

  /** The state, or undefined (Spark's getOption). */
  getOption(): S | undefined {
    return this.defined ? this.value : undefined;
  }

  /** Sets the state; not allowed for a timing-out key. */
  update(s: S): void {
    if (this.removed) throw new Error('Cannot update the state after it has been removed');
    if (this.timingOut) throw new Error('Cannot update the state that is timing out');
    this.value = s;
    this.defined = true;
    this.updated = true;
  }

  /** Removes the state. */
  remove(): void {
    if (this.timingOut) throw new Error('Cannot remove the state that is timing out');
    this.removed = true;
    this.defined = false;
    this.value = undefined;
  }

  /** Whether this call is the key's timeout. */
  isTimingOut(): boolean {
    return this.timingOut;
  }

  /** @internal whether update() or remove() was called. */
  get changed(): { updated: boolean; removed: boolean } {
    return { updated: this.updated, removed: this.removed };
  }
}

/** What mapWithState does: the function and its options. */
export class StateSpec<K, V, S, M> {
  /** Idle time after which a key times out; undefined: never. */
  timeoutMs: Time | undefined;
  partitions: number | undefined;
  initial: [K, S][] | undefined;

  private constructor(readonly fn: MappingFunction<K, V, S, M>) {}

  /** A spec calling `fn` for every record (and for every timing-out key). */
  static function<K, V, S, M>(fn: MappingFunction<K, V, S, M>): StateSpec<K, V, S, M> {
    return new StateSpec(fn);
  }

  /** Sets the idle timeout. */
  timeout(ms: Time): this {
    this.timeoutMs = ms;
    return this;
  }

  /** Sets the number of partitions of the state. */
  numPartitions(n: number): this {
    this.partitions = n;
    return this;
  }

  /** Seeds the state. */
  initialState(pairs: Iterable<[K, S]>): this {
    this.initial = [...pairs];
    return this;
  }
}
