/**
 * The arguments of the windowed operations, in Spark's overloaded forms or as
 * one named options object. After the reduce function:
 *
 *   (options)                                             named: see WindowOptions
 *   (windowDuration, slideDuration?, numPartitions?)      Spark's form without an inverse
 *   (invFn | undefined, windowDuration, slideDuration?, numPartitions?, filterFunc?)
 *                                                         Spark's form with an inverse (Python's
 *                                                         invFunc=None included)
 *
 * slideDuration defaults to the parent's slide (the batch duration).
 */
import type { Time } from './dstream.js';

/**
 * Named window arguments. (The functions are declared as methods so that
 * DStream<T> stays covariant in T.)
 */
export interface WindowOptions<K = unknown, V = unknown> {
  /** The inverse of the reduce function (incremental windows). */
  invFn?(a: V, b: V): V;
  /** Spark's name for invFn. */
  invReduceFunc?(a: V, b: V): V;
  /** Window length in milliseconds (a multiple of the batch duration). */
  windowDuration: Time;
  /** Window interval in milliseconds (default: the parent's slide). */
  slideDuration?: Time;
  /** Partitions of the result (default: the batch RDD's, 1 for incremental windows). */
  numPartitions?: number;
  /** Keys to keep in an incremental window (e.g. drop zero counts). */
  filterFunc?(kv: [K, V]): boolean;
}

/** The window arguments resolved from any of the accepted forms. */
export interface ResolvedWindow<K, V> {
  invFn?: (a: V, b: V) => V;
  windowDuration: Time;
  slideDuration?: Time;
  numPartitions?: number;
  filterFunc?: (kv: [K, V]) => boolean;
}

/** Resolves the arguments that follow the reduce function of `op`. */
export function resolveWindowArgs<K, V>(op: string, args: unknown[]): ResolvedWindow<K, V> {
  const [a, ...rest] = args;
  let r: ResolvedWindow<K, V>;
  if (a !== null && typeof a === 'object') {
    const o = a as WindowOptions<K, V>;
    r = {
      invFn: o.invFn ?? o.invReduceFunc ?? undefined,
      windowDuration: o.windowDuration,
      slideDuration: o.slideDuration,
      numPartitions: o.numPartitions,
      filterFunc: o.filterFunc ?? undefined,
    };
  } else if (typeof a === 'number') {
    r = { windowDuration: a, slideDuration: rest[0] as Time | undefined, numPartitions: rest[1] as number | undefined };
  } else if (a === undefined || a === null || typeof a === 'function') {
    r = {
      invFn: (a ?? undefined) as ((x: V, y: V) => V) | undefined,
      windowDuration: rest[0] as Time,
      slideDuration: rest[1] as Time | undefined,
      numPartitions: rest[2] as number | undefined,
      filterFunc: (rest[3] ?? undefined) as ((kv: [K, V]) => boolean) | undefined,
    };
  } else {
    throw new Error(
      `${op}: expected an options object, a window duration or an inverse function after the reduce function, got ${typeof a}`,
    );
  }
  if (typeof r.windowDuration !== 'number') throw new Error(`${op}: the window duration (milliseconds) is missing`);
  if (r.numPartitions !== undefined && (!Number.isInteger(r.numPartitions) || r.numPartitions < 1))
    throw new Error(`${op}: numPartitions must be a positive integer, got ${r.numPartitions}`);
  return r;
}
