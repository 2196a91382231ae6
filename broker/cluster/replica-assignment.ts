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
 *
 * Like Kafka, a new topic starts at a random broker with a random follower
 * shift, so that the leaders of many small topics spread over the brokers;
 * partitions added to a topic continue its pattern: pass `startAtBroker` (the
 * first replica of its partition 0), which fixes both the start and the shift.
 */
export function assignReplicas(
  brokers: readonly BrokerInfo[],
  count: number,
  rf: number,
  firstPartition: number,
  startAtBroker?: number,
): number[][] {
  const racksKnown = brokers.length > 0 && brokers.every((b) => b.rack !== null);
  const ids = racksKnown ? rackAlternated(brokers) : brokers.map((b) => b.nodeId).sort((a, b) => a - b);
  const n = ids.length;
  const out: number[][] = [];
  if (n === 0) return out;
  const startIndex =
    startAtBroker === undefined
      ? Math.floor(Math.random() * n)
      : Math.max(
          0,
          ids.findIndex((id) => id >= startAtBroker),
        );
  let shift = startAtBroker === undefined ? Math.floor(Math.random() * n) : startIndex;
  const rackOf = new Map(brokers.map((b) => [b.nodeId, b.rack]));
  const numRacks = new Set(brokers.map((b) => b.rack)).size;
  const follower = (first: number, s: number, k: number): number => ids[(first + 1 + ((s + k) % (n - 1 || 1))) % n];
  for (let i = 0; i < count; i++) {
    const p = firstPartition + i;
    if (p > 0 && p % n === 0) shift++;
    const first = (p + startIndex) % n;
    const replicas = [ids[first]];
    if (!racksKnown) {
      for (let j = 0; j < rf - 1; j++) replicas.push(follower(first, shift, j));
    } else {
      // Kafka's rack-aware walk: take the next broker on the shifted ring whose
      // rack has no replica yet (any rack once every rack has one), never twice.
      const racks = new Set([rackOf.get(ids[first])]);
      for (let j = 0, k = 0; j < rf - 1; j++) {
        for (;;) {
          const b = follower(first, shift * numRacks, k++);
          const rack = rackOf.get(b);
          if ((!racks.has(rack) || racks.size === numRacks) && (!replicas.includes(b) || replicas.length === n)) {
            replicas.push(b);
            racks.add(rack);
            break;
          }
        }
      }
    }
    out.push(replicas);
  }
  return out;
}
