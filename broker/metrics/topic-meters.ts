/**
 * Per-topic traffic meters: plain number fields bumped on the produce and
 * fetch paths, read at scrape time by the Prometheus collectors and the
 * stats sampler.
 *
 * Hot-path contract: `meter(topic)` is one Map look-up (a meter is created
 * once per topic name, then reused), and counting the records of a batch
 * buffer walks the 61-byte batch headers only (recordsCount at offset 57),
 * never the records. Nothing here allocates per request. Counters only grow;
 * a deleted topic's meter is dropped by `retain` at the next scrape.
 */
import { batchRecordsCount, batchSize, RECORD_BATCH_OVERHEAD } from '../../protocol/record-batch.js';

/** Cumulative traffic of one topic since the broker started. */
export class TopicMeter {
  /** Bytes of record batches appended by producers. */
  bytesIn = 0;
  /** Records appended by producers (from batch headers). */
  messagesIn = 0;
  /** Bytes of record batches returned to consumers (followers excluded). */
  bytesOut = 0;
  /** Records in the batches returned to consumers. */
  messagesOut = 0;
  /** Produce requests for this topic that failed (any error code). */
  failedProduce = 0;

  /** A meter for `topic`. */
  constructor(readonly topic: string) {}
}

/**
 * Records in the complete v2 batches of `buf` (header field recordsCount,
 * summed). A trailing partial batch is not counted.
 */
export function countRecords(buf: Buffer): number {
  let n = 0;
  let pos = 0;
  const end = buf.length;
  while (pos + RECORD_BATCH_OVERHEAD <= end) {
    const size = batchSize(buf, pos);
    if (size < RECORD_BATCH_OVERHEAD || pos + size > end) break;
    n += batchRecordsCount(buf, pos);
    pos += size;
  }
  return n;
}

/** The meters of every topic seen so far. */
export class TopicMeters {
  private readonly byName = new Map<string, TopicMeter>();

  /** The meter of `topic`, created on first use. */
  meter(topic: string): TopicMeter {
    let m = this.byName.get(topic);
    if (m === undefined) {
      m = new TopicMeter(topic);
      this.byName.set(topic, m);
    }
    return m;
  }

  /** The meter of `topic` if one exists (never creates). */
  peek(topic: string): TopicMeter | undefined {
    return this.byName.get(topic);
  }

  /** Every meter, in insertion order. */
  all(): IterableIterator<TopicMeter> {
    return this.byName.values();
  }

  /** Drops the meters of topics for which `keep` is false (deleted topics). */
  retain(keep: (topic: string) => boolean): void {
    for (const name of this.byName.keys()) if (!keep(name)) this.byName.delete(name);
  }
}
