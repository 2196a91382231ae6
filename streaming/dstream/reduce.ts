/** reduce: each batch's records merged into one record (none for an empty batch). */
import { RDD } from '../rdd/rdd.js';
import type { DStream } from './dstream.js';
import { TransformedDStream } from './transform.js';

/** The stream of reduce: one record per non-empty batch, in one partition. */
export class ReducedDStream<T> extends TransformedDStream<T> {
  /** Creates the stream; `f` should be associative and commutative, as in Spark. */
  constructor(parent: DStream<T>, f: (a: T, b: T) => T) {
    super([parent], (rdds) => {
      const rdd = rdds[0] as RDD<T>;
      return new RDD<T>(1, async () => {
        const all = await rdd.collect();
        if (all.length === 0) return [];
        let acc = all[0];
        for (let i = 1; i < all.length; i++) acc = f(acc, all[i]);
        return [acc];
      });
    });
  }
}
