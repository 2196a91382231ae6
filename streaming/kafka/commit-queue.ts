/**
 * The commit queue of a direct stream. commitAsync(offsetRanges) only queues;
 * the scheduler drains the queue after a batch's outputs succeeded (and after
 * its checkpoint was written), merging ranges to the highest untilOffset per
 * partition and sending one OffsetCommit. A batch that fails never reaches
 * the drain, so its outputs' commits are never sent (at-least-once).
 */
import { tpKey } from '../../client/kafka-client.js';
import type { OffsetRange } from './offset-range.js';

/** Called when a commit was sent: the offsets committed, or the error. */
export type OffsetCommitCallback = (offsets: Map<string, number>, error?: Error) => void;

/** Queued commits. */
export class CommitQueue {
  private ranges: OffsetRange[] = [];
  private callbacks: OffsetCommitCallback[] = [];

  /** Queues `ranges` (and a callback for when they are sent). */
  add(ranges: readonly OffsetRange[], callback?: OffsetCommitCallback): void {
    for (const r of ranges) this.ranges.push(r);
    if (callback) this.callbacks.push(callback);
  }

  /** Whether anything waits. */
  get isEmpty(): boolean {
    return this.ranges.length === 0 && this.callbacks.length === 0;
  }

  /** Takes everything queued: the highest untilOffset per partition and the callbacks. */
  drain(): { offsets: Map<string, { topic: string; partition: number; offset: number }>; callbacks: OffsetCommitCallback[] } {
    const offsets = new Map<string, { topic: string; partition: number; offset: number }>();
    for (const r of this.ranges) {
      const k = tpKey(r);
      const prev = offsets.get(k);
      if (!prev || prev.offset < r.untilOffset) offsets.set(k, { topic: r.topic, partition: r.partition, offset: r.untilOffset });
    }
    const callbacks = this.callbacks;
    this.ranges = [];
    this.callbacks = [];
    return { offsets, callbacks };
  }
}
