/**
 * Rebalance history: the HTTP server looks at every group once per stats
 * sample (the groups of other brokers while the console is in use, from the
 * cluster view) and records a transition whenever a group's state,
 * generation or member count changed since the last look (so a rebalance
 * that starts and completes between two looks shows as one entry with the
 * new generation). Kept in memory, at most `perGroup` entries per group,
 * newest last; lost on restart.
 */
import type { GroupView } from './source.js';

/** One observed change of a group. */
export interface GroupTransition {
  /** When it was observed (ms since the epoch). */
  time: number;
  state: string;
  /** Null for a group coordinated by another broker. */
  generationId: number | null;
  members: number;
  protocol: string | null;
  leaderId: string | null;
}

/** The transitions of every group seen. */
export class GroupHistory {
  private readonly byGroup = new Map<string, GroupTransition[]>();

  /** Keeps at most `perGroup` transitions per group and `maxGroups` groups. */
  constructor(
    private readonly perGroup = 100,
    private readonly maxGroups = 1000,
  ) {}

  /** Records the groups' current states (one call per sample). */
  observe(groups: readonly GroupView[], now = Date.now()): void {
    for (const g of groups) {
      let list = this.byGroup.get(g.groupId);
      if (!list) {
        if (this.byGroup.size >= this.maxGroups) {
          const oldest = this.byGroup.keys().next().value;
          if (oldest !== undefined) this.byGroup.delete(oldest);
        }
        list = [];
        this.byGroup.set(g.groupId, list);
      }
      const last = list[list.length - 1];
      if (last && last.state === g.state && last.generationId === g.generationId && last.members === g.members.length) continue;
      list.push({
        time: now,
        state: g.state,
        generationId: g.generationId,
        members: g.members.length,
        protocol: g.protocol,
        leaderId: g.leaderId,
      });
      if (list.length > this.perGroup) list.shift();
    }
  }

  /** The transitions of a group, oldest first. */
  of(groupId: string): readonly GroupTransition[] {
    return this.byGroup.get(groupId) ?? [];
  }
}
