/**
 * Replica placement, Kafka's way: leaders of consecutive partitions go
 * round-robin over the brokers, and each partition's followers follow its
 * leader at a shifting distance so that followers spread too. With racks set
 * on every broker, the broker list is first interleaved rack by rack so that
 * consecutive brokers (and so one partition's replicas) sit in different racks.
 */
import type { BrokerInfo } from './metadata-cache.js';

/** Interleaves brokers across racks: r1b1, r2b1, r3b1, r1b2, ... */
function rackAlternated(brokers: readonly BrokerInfo[]): number[] {
  const byRack = new Map<string, number[]>();
  for (const b of [...brokers].sort((x, y) => x.nodeId - y.nodeId)) {
    const rack = b.rack as string;
    if (!byRack.has(rack)) byRack.set(rack, []);
    byRack.get(rack)!.push(b.nodeId);
  }
  const racks = [...byRack.keys()].sort();
  const out: number[] = [];
  for (let i = 0; out.length < brokers.length; i++) {
    for (const r of racks) {
      const ids = byRack.get(r)!;
      if (i < ids.length) out.push(ids[i]);
    }
  }
  return out;
}

/**
 * Replica lists for `count` new partitions numbered from `firstPartition`,
 * `rf` replicas each, the first of each list the preferred leader.
 */
export function assignReplicas(brokers: readonly BrokerInfo[], count: number, rf: number, firstPartition: number): number[][] {
  const racksKnown = brokers.length > 0 && brokers.every((b) => b.rack !== null);
  const ids = racksKnown ? rackAlternated(brokers) : brokers.map((b) => b.nodeId).sort((a, b) => a - b);
  const n = ids.length;
  const out: number[][] = [];
  if (n === 0) return out;
  // Kafka starts at a random broker; a fixed start keeps assignments reproducible.
  const startIndex = 0;
  let shift = 0;
  for (let i = 0; i < count; i++) {
    const p = firstPartition + i;
    if (p > 0 && p % n === 0) shift++;
    const first = (p + startIndex) % n;
    const replicas = [ids[first]];
    for (let j = 0; j < rf - 1; j++) {
      const gap = 1 + ((shift + j) % (n - 1 || 1));
      replicas.push(ids[(first + gap) % n]);
    }
    out.push(replicas);
  }
  return out;
}
