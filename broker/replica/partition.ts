/**
 * Partition: one topic-partition replica on this broker — its log, whether
 * this broker leads it, the leader epoch, the replica set and ISR, and the
 * fetches waiting for it to grow.
 *
 * The high watermark is the minimum log end offset over the ISR; with this
 * broker the only ISR member it is the log end offset. Followers' ends are
 * filled in by the leader's IsrTracker (isr-tracker.ts). Not safe for
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
  /** During a reassignment: replicas being added (empty otherwise). */
  addingReplicas: number[] = [];
  /** During a reassignment: replicas being removed; the leader does not take them (back) into the ISR. */
  removingReplicas: number[] = [];
  /** Fetches waiting for data on this partition. */
  readonly watchers = new Set<PartitionWatcher>();
  /** As leader: each follower's log end offset, from its fetch offsets (cleared on leader change). */
  readonly followerEnds = new Map<number, number>();

  /** Creates the replica over an opened log. */
  constructor(
    readonly topic: string,
    readonly index: number,
    /** Its log; replaced (replaceLog) when it moves to another log dir of this broker. */
    public log: PartitionLog,
    readonly localBrokerId: number,
    state: { leader: number; leaderEpoch: number; replicas: number[]; isr: number[] },
  ) {
    this.leaderId = state.leader;
    this.leaderEpoch = state.leaderEpoch;
    this.replicas = state.replicas;
    this.isr = state.isr;
  }

  /** Serves from `log` from now on: the same records, moved to another log dir (log-dir-mover.ts). */
  replaceLog(log: PartitionLog): void {
    this.log = log;
  }

  /** Whether this broker is the leader. */
  get isLeader(): boolean {
    return this.leaderId === this.localBrokerId;
  }

  /**
   * Recomputes the high watermark as the minimum log end offset over the ISR
   * (followers' from `followerEnds`, by default the ones the leader tracks).
   * An ISR member whose end is not known yet holds the high watermark where it
   * is. Only moves forward; returns whether it moved.
   */
  updateHighWatermark(followerEnds: ReadonlyMap<number, number> = this.followerEnds): boolean {
    let hw = this.log.logEndOffset;
    for (const id of this.isr) {
      if (id === this.localBrokerId) continue;
      const end = followerEnds.get(id);
      if (end === undefined) return false;
      if (end < hw) hw = end;
    }
    if (hw <= this.log.highWatermark) return false;
    this.log.setHighWatermark(hw);
    return true;
  }

  /** Wakes every waiting fetch. */
  notifyWatchers(): void {
    if (this.watchers.size === 0) return;
    for (const w of [...this.watchers]) w.onPartitionChange();
  }
}
