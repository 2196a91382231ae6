/**
 * TransformedDStream: each batch, a function of the parents' RDDs of that
 * batch (Spark's transform / transformWith). A parent without an RDD at the
 * time contributes an empty RDD. The base of the one-parent transformations.
 */
import { RDD } from '../rdd/rdd.js';
import { DStream, type Time } from './dstream.js';

/** A stream computed per batch from its parents' RDDs. */
export class TransformedDStream<U> extends DStream<U> {
  /** Creates the stream; all parents must share one slide duration. */
  constructor(
    readonly parents: DStream<any>[],
    private readonly fn: (rdds: RDD<any>[], time: Time) => RDD<U> | Promise<RDD<U>>,
  ) {
    super(parents[0].ssc);
    const slide = parents[0].slideDuration;
    for (const p of parents) {
      if (p.slideDuration !== slide) throw new Error(`cannot combine streams with slide durations ${slide} ms and ${p.slideDuration} ms`);
    }
  }

  /** The parents. */
  get dependencies(): DStream<unknown>[] {
    return this.parents;
  }

  /** The parents' slide. */
  get slideDuration(): Time {
    return this.parents[0].slideDuration;
  }

  protected async compute(time: Time): Promise<RDD<U> | undefined> {
    const rdds = await Promise.all(this.parents.map((p) => p.getOrCompute(time)));
    if (this.parents.length === 1 && rdds[0] === undefined) return undefined;
    return this.fn(
      rdds.map((r) => r ?? RDD.empty()),
      time,
    );
  }
}
