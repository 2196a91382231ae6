/**
 * Leader election rules of the controller, as pure functions over one
 * partition's assignment and state (Kafka's PartitionLeaderElectionAlgorithms):
 *
 * - offline (the leader died or is stale): the first replica in assignment
 *   order that is live and in the ISR; the new ISR is the live part of the old
 *   one. With unclean election allowed and no such replica, the first live
 *   replica, alone in the ISR (records it never had are lost).
 * - preferred: the first assigned replica, when live and in the ISR.
 * - controlled shutdown: any other live ISR member; the stopping broker
 *   leaves the ISR.
 *
 * A null result means "no change possible".
 */

/** What an election looks at. */
export interface ElectionState {
  /** Assigned replicas, preferred first. */
  replicas: readonly number[];
  leader: number;
  isr: readonly number[];
}

/** An election's outcome. */
export interface Election {
  leader: number;
  isr: number[];
}

/**
 * Elects a leader for a partition whose leader is gone: `usable` tells which
 * brokers may lead or stay in the ISR (live, not shutting down, not bounced).
 */
export function electOffline(s: ElectionState, usable: (id: number) => boolean, unclean: boolean): Election | null {
  const isr = s.isr.filter(usable);
  for (const r of s.replicas) if (isr.includes(r)) return { leader: r, isr };
  if (unclean) {
    for (const r of s.replicas) if (usable(r)) return { leader: r, isr: [r] };
  }
  return null;
}

/** Moves leadership to the preferred replica when it can lead. */
export function electPreferred(s: ElectionState, usable: (id: number) => boolean): Election | null {
  const preferred = s.replicas[0];
  if (preferred === undefined || preferred === s.leader) return null;
  if (!usable(preferred) || !s.isr.includes(preferred)) return null;
  return { leader: preferred, isr: [...s.isr] };
}

/** Moves leadership off a stopping broker to another usable ISR member. */
export function electForShutdown(s: ElectionState, stopping: (id: number) => boolean, usable: (id: number) => boolean): Election | null {
  const isr = s.isr.filter((r) => !stopping(r));
  for (const r of s.replicas) if (r !== s.leader && isr.includes(r) && usable(r)) return { leader: r, isr };
  return null;
}

/**
 * The ISR without members that cannot serve (`usable` false), keeping the
 * leader; null when nothing changes.
 */
export function shrinkIsr(s: ElectionState, usable: (id: number) => boolean): number[] | null {
  const isr = s.isr.filter((r) => r === s.leader || usable(r));
  return isr.length === s.isr.length ? null : isr;
}
