/**
 * OffsetRange: the records of one Kafka partition in one batch, offsets
 * fromOffset (inclusive) to untilOffset (exclusive). Immutable (frozen).
 * A batch of a direct stream has exactly one per partition, in the order of
 * its RDD's partitions; `rdd.offsetRanges` exposes them (HasOffsetRanges).
 */
import type { RDD } from '../rdd/rdd.js';

/** One partition's range of offsets: [fromOffset, untilOffset). */
export class OffsetRange {
  /** Creates a frozen range; throws when untilOffset < fromOffset. */
  private constructor(
    readonly topic: string,
    readonly partition: number,
    /** First offset of the range (inclusive). */
    readonly fromOffset: number,
    /** One past the last offset of the range (exclusive). */
    readonly untilOffset: number,
  ) {
    Object.freeze(this);
  }

  /** Creates a range (Spark's OffsetRange.create). */
  static create(topic: string, partition: number, fromOffset: number, untilOffset: number): OffsetRange {
    if (!(untilOffset >= fromOffset))
      throw new Error(`Beginning offset ${fromOffset} is after the ending offset ${untilOffset} for topic ${topic} partition ${partition}`);
    return new OffsetRange(topic, partition, fromOffset, untilOffset);
  }

  /** Number of offsets in the range. */
  count(): number {
    return this.untilOffset - this.fromOffset;
  }

  /** The topic partition. */
  topicPartition(): { topic: string; partition: number } {
    return { topic: this.topic, partition: this.partition };
  }

  /** Spark's text form: OffsetRange(topic: 't', partition: 0, range: [0 -> 10]). */
  toString(): string {
    return `OffsetRange(topic: '${this.topic}', partition: ${this.partition}, range: [${this.fromOffset} -> ${this.untilOffset}])`;
  }
}

/** An RDD that knows the Kafka offset ranges it was read from. */
export interface HasOffsetRanges {
  readonly offsetRanges: readonly OffsetRange[];
}

/** The offset ranges of a direct stream's batch RDD; throws for any other RDD. */
export function offsetRangesOf(rdd: RDD<unknown>): readonly OffsetRange[] {
  const r = (rdd as Partial<HasOffsetRanges>).offsetRanges;
  if (!r)
    throw new Error(
      'this RDD has no offset ranges: use the RDD of a direct Kafka stream itself (before any transformation), e.g. in foreachRDD or transform on the stream',
    );
  return r;
}
