/**
 * Fetch from followers (KIP-392): which replica a consumer should read a
 * partition from, decided by its leader when `replica.selector.class` names
 * Kafka's RackAwareReplicaSelector and the consumer sends its rack
 * (`client.rack`, Fetch v11+):
 *
 * - no client rack, or no candidate in the client's rack: the leader;
 * - the leader in the client's rack: the leader;
 * - else the most caught-up candidate in the client's rack.
 *
 * Candidates are the leader and the followers in the ISR that are live
 * (registered, with their rack from `broker.rack`) and whose log end
 * offset, as the leader last heard it, is at or past the fetch offset (so
 * the follower has the data asked for). Kafka's LeaderSelector (the
 * default, also when the key is unset) always answers the leader.
 */
import type { Partition } from './partition.js';

/** Kafka's class names, the values `replica.selector.class` accepts. */
export const LEADER_SELECTOR = 'org.apache.kafka.common.replica.LeaderSelector';
export const RACK_AWARE_REPLICA_SELECTOR = 'org.apache.kafka.common.replica.RackAwareReplicaSelector';

/**
 * The broker a consumer in `clientRack` should read `p` from at
 * `fetchOffset` (this broker, the leader, when it should stay). `rackOf`
 * gives a live broker's rack (null: none) and undefined for a broker that
 * is not registered.
 */
export function rackAwareReadReplica(
  p: Partition,
  fetchOffset: number,
  clientRack: string,
  rackOf: (brokerId: number) => string | null | undefined,
): number {
  const leader = p.localBrokerId;
  if (clientRack === '' || rackOf(leader) === clientRack) return leader;
  let best = leader;
  let bestEnd = -1;
  for (const id of p.isr) {
    if (id === leader || rackOf(id) !== clientRack) continue;
    const end = p.followerEnds.get(id);
    if (end === undefined || end < fetchOffset) continue;
    if (end > bestEnd) {
      best = id;
      bestEnd = end;
    }
  }
  return best;
}
