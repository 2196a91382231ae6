/**
 * groupByKeyAndWindow: every slide, [key, values] over the window
 * (t - windowDuration, t] (start exclusive, end inclusive): the values of a
 * key come in batch-time order, then in their order within a batch. Composed
 * as window + groupByKey.
 */
import type { DStream } from './dstream.js';
import { GroupedByKeyDStream } from './group-by-key.js';
import { WindowedDStream } from './window.js';
import type { ResolvedWindow } from './window-options.js';

/** The stream of groupByKeyAndWindow over `parent`. */
export function groupByKeyAndWindow<K, V>(parent: DStream<[K, V]>, w: ResolvedWindow<K, V>): DStream<[K, V[]]> {
  const windowed = new WindowedDStream(parent, w.windowDuration, w.slideDuration ?? parent.slideDuration);
  return new GroupedByKeyDStream(windowed, w.numPartitions);
}
