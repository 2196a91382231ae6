/**
 * Offsets committed inside transactions (TxnOffsetCommit) that their
 * transaction has not ended yet: kept per producer id and group until the
 * transaction's marker reaches the group's `__consumer_offsets` partition —
 * COMMIT makes them the group's committed offsets, ABORT drops them (Kafka's
 * pendingTransactionalOffsetCommits). Until then OffsetFetch does not show
 * them, and a fetch that requires stable offsets (v7+) answers
 * UNSTABLE_OFFSET_COMMIT for their partitions.
 *
 * A later pending commit of the same partition by the same producer
 * replaces the earlier one (the last write in the log wins, as on replay).
 * Runs on the event loop; not shared between threads.
 */
import type { OffsetCommitValue } from './offsets-records.js';

/** One pending offset. */
export interface PendingOffset {
  topic: string;
  partition: number;
  value: OffsetCommitValue;
}

/** Pending transactional offsets: producer id → group id → "topic\0partition" → offset. */
export class PendingTxnOffsets {
  private readonly byProducer = new Map<number, Map<string, Map<string, PendingOffset>>>();

  /** Adds offsets of producer `pid` for `groupId`. */
  add(pid: number, groupId: string, offsets: readonly PendingOffset[]): void {
    let groups = this.byProducer.get(pid);
    if (!groups) this.byProducer.set(pid, (groups = new Map()));
    let tps = groups.get(groupId);
    if (!tps) groups.set(groupId, (tps = new Map()));
    for (const o of offsets) tps.set(`${o.topic}\u0000${o.partition}`, o);
  }

  /** Removes and returns producer `pid`'s pending offsets of the groups `inScope` selects, by group id. */
  take(pid: number, inScope: (groupId: string) => boolean): Map<string, PendingOffset[]> {
    const out = new Map<string, PendingOffset[]>();
    const groups = this.byProducer.get(pid);
    if (!groups) return out;
    for (const [groupId, tps] of groups) {
      if (!inScope(groupId)) continue;
      out.set(groupId, [...tps.values()]);
      groups.delete(groupId);
    }
    if (groups.size === 0) this.byProducer.delete(pid);
    return out;
  }

  /** Whether some transaction has a pending offset for `topic`-`partition` of `groupId`. */
  has(groupId: string, topic: string, partition: number): boolean {
    const key = `${topic}\u0000${partition}`;
    for (const groups of this.byProducer.values()) if (groups.get(groupId)?.has(key)) return true;
    return false;
  }

  /** Whether `groupId` has any pending offset. */
  hasGroup(groupId: string): boolean {
    for (const groups of this.byProducer.values()) if (groups.has(groupId)) return true;
    return false;
  }

  /** Forgets every pending offset of the groups `inScope` selects (their partition was unloaded). */
  drop(inScope: (groupId: string) => boolean): void {
    for (const [pid, groups] of this.byProducer) {
      for (const groupId of [...groups.keys()]) if (inScope(groupId)) groups.delete(groupId);
      if (groups.size === 0) this.byProducer.delete(pid);
    }
  }
}
