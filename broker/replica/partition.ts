/**
 * Partition: one topic-partition replica on this broker — its log, whether
 * this broker leads it, the leader epoch, the replica set and ISR, and the
 * fetches waiting for it to grow.
 *
 * The high watermark is the minimum log end offset over the ISR; with this
 * broker the only ISR member it is the log end offset. Not safe for
 * concurrent callers (the event loop serializes them).
 */
import type { PartitionLog } from '../log/partition-log.js';

/** Something waiting for a partition to change (a delayed fetch). */
export interface PartitionWatcher {
  /** Called after records were appended or the high watermark moved. */
  onPartitionChange(): void;
}

/** A replica of one topic-partition. */
export class Partition {
  /** Broker id of the leader (-1 when none). */
  leaderId: number;
  leaderEpoch: number;
  replicas: number[];
  isr: number[];
  /** Fetches waiting for data on this partition. */
  readonly watchers = new Set<PartitionWatcher>();

  /** Creates the replica over an opened log. */
  constructor(
    readonly topic: string,
    readonly index: number,
    readonly log: PartitionLog,
    readonly localBrokerId: number,
    state: { leader: number; leaderEpoch: number; replicas: number[]; isr: number[] },
  ) {
    this.leaderId = state.leader;
    this.leaderEpoch = state.leaderEpoch;
    this.replicas = state.replicas;
    this.isr = state.isr;
  }

  /** Whether this broker is the leader. */
  get isLeader(): boolean {
    return this.leaderId === this.localBrokerId;
  }

  /** Recomputes the high watermark from the ISR (only this broker's LEO is known here). */
  updateHighWatermark(followerEnds?: ReadonlyMap<number, number>): void {
    let hw = this.log.logEndOffset;
    if (followerEnds) {
      for (const id of this.isr) {
        if (id === this.localBrokerId) continue;
        const end = followerEnds.get(id);
        if (end !== undefined && end < hw) hw = end;
      }
    }
    if (hw > this.log.highWatermark) this.log.setHighWatermark(hw);
  }

  /** Wakes every waiting fetch. */
  notifyWatchers(): void {
    if (this.watchers.size === 0) return;
    for (const w of [...this.watchers]) w.onPartitionChange();
  }
}
