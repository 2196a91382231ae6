/**
 * reduceByWindow: every slide, one record merging all the records of the
 * window (t - windowDuration, t] (start exclusive, end inclusive). As in
 * Spark it is composed of other streams:
 *
 * - without an inverse: reduce per batch, window, reduce again; a window
 *   with no records yields no record;
 * - with an inverse: the records keyed by one key through
 *   reduceByKeyAndWindow with the inverse, so the value is updated
 *   incrementally; once there were records, a window that empties yields
 *   the inverse's result (e.g. 0 for + and -), as in Spark.
 */
import type { DStream } from './dstream.js';
import type { ResolvedWindow } from './window-options.js';

/** The stream of reduceByWindow over `parent`. */
export function reduceByWindow<T>(parent: DStream<T>, f: (a: T, b: T) => T, w: ResolvedWindow<number, T>): DStream<T> {
  const slide = w.slideDuration ?? parent.slideDuration;
  if (!w.invFn) return parent.reduce(f).window(w.windowDuration, slide).reduce(f);
  return parent
    .map((t): [number, T] => [0, t])
    .reduceByKeyAndWindow(f, { invFn: w.invFn, windowDuration: w.windowDuration, slideDuration: slide, numPartitions: 1 })
    .map((kv) => kv[1]);
}
