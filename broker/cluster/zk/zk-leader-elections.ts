/**
 * Leader elections asked of the active controller (Kafka's
 * KafkaController.processReplicaLeaderElection): ElectLeaders (KIP-460,
 * preferred or unclean), the /admin/preferred_replica_election znode of
 * older tools, and the automatic preferred-leader rebalance.
 *
 * Per partition, as Kafka answers:
 * - unknown partition: UNKNOWN_TOPIC_OR_PARTITION "The partition does not exist.";
 * - preferred, when the preferred replica (first assigned) already leads:
 *   ELECTION_NOT_NEEDED; when it is not live or not in the ISR:
 *   PREFERRED_LEADER_NOT_AVAILABLE;
 * - unclean, when the partition has a live leader: ELECTION_NOT_NEEDED;
 *   otherwise the first live ISR replica, else the first live replica (it
 *   alone in the ISR; records only the others had are lost); none live:
 *   ELIGIBLE_LEADERS_NOT_AVAILABLE.
 * A successful election bumps the leader epoch. Runs on the controller's
 * event chain.
 */
import { ErrorCode } from '../../../protocol/generated/errors.js';
import { electOffline, electPreferred } from '../partition-election.js';
import { NO_SUCH_PARTITION, failed, ok, type ElectionType, type PartitionRef, type PartitionResult } from '../partition-admin.js';
import type { ControllerContext } from './zk-controller-context.js';
import { decodePreferredReplicaElection } from './zk-admin-znodes.js';
import { ZkPaths } from './zk-metadata-store.js';
import type { ZkWatcher } from './zk-client.js';

/** Kafka's names of its election strategies, in its failure messages. */
const STRATEGY: Record<ElectionType, string> = {
  preferred: 'PreferredReplicaPartitionLeaderElectionStrategy',
  unclean: 'OfflinePartitionLeaderElectionStrategy(true)',
};

/** Elects the leaders of `refs` (null: every partition of every topic). */
export async function electLeaders(ctx: ControllerContext, type: ElectionType, refs: PartitionRef[] | null): Promise<PartitionResult[]> {
  const all: PartitionRef[] = [];
  if (refs) all.push(...refs);
  else
    for (const [topic, a] of ctx.topics) for (let partition = 0; partition < a.replicas.length; partition++) all.push({ topic, partition });
  const out: PartitionResult[] = [];
  for (const ref of all) out.push(await electOne(ctx, type, ref));
  return out;
}

async function electOne(ctx: ControllerContext, type: ElectionType, ref: PartitionRef): Promise<PartitionResult> {
  const a = ctx.topics.get(ref.topic);
  const replicas = a?.replicas[ref.partition];
  if (!replicas || ref.partition < 0) return failed(ref, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, NO_SUCH_PARTITION);
  const s = await ctx.store.readPartitionState(ref.topic, ref.partition);
  if (!s) return failed(ref, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, NO_SUCH_PARTITION);
  const notNeeded = type === 'preferred' ? s.leader === replicas[0] && ctx.leaderOk(s) : s.leader >= 0 && ctx.leaderOk(s);
  if (notNeeded) return failed(ref, ErrorCode.ELECTION_NOT_NEEDED, 'Leader election not needed for topic partition.');
  let leader = -1;
  const written = await ctx.update(ref.topic, ref.partition, async (cur) => {
    const state = { replicas, leader: cur.leader, isr: cur.isr };
    const e = type === 'preferred' ? electPreferred(state, ctx.usable) : electOffline(state, ctx.usable, true);
    if (!e || (type === 'preferred' && e.leader === cur.leader)) return null;
    leader = e.leader;
    return { leader: e.leader, leaderEpoch: cur.leaderEpoch + 1, isr: e.isr };
  });
  if (!written) {
    const code = type === 'preferred' ? ErrorCode.PREFERRED_LEADER_NOT_AVAILABLE : ErrorCode.ELIGIBLE_LEADERS_NOT_AVAILABLE;
    return failed(ref, code, `Failed to elect leader for partition ${ref.topic}-${ref.partition} under strategy ${STRATEGY[type]}`);
  }
  const unclean = type === 'unclean' && !s.isr.includes(leader);
  ctx.logger[unclean ? 'warn' : 'info'](
    `controller: ${type} election of ${ref.topic}-${ref.partition}: leader ${s.leader} -> ${leader}${unclean ? ` (unclean: records only on [${s.isr.join(',')}] are lost)` : ''}`,
  );
  return ok(ref);
}

/**
 * The automatic preferred-leader rebalance (auto.leader.rebalance.enable):
 * for each live broker whose share of partitions it prefers but does not
 * lead is above `imbalancePct` (leader.imbalance.per.broker.percentage),
 * those partitions get their preferred leader back where it is in the ISR.
 */
export async function autoRebalance(ctx: ControllerContext, imbalancePct: number): Promise<void> {
  const byPreferred = new Map<number, { topic: string; partition: number; replicas: number[] }[]>();
  for (const [name, a] of ctx.topics) {
    for (let p = 0; p < a.replicas.length; p++) {
      const pref = a.replicas[p][0];
      if (pref === undefined) continue;
      if (!byPreferred.has(pref)) byPreferred.set(pref, []);
      byPreferred.get(pref)!.push({ topic: name, partition: p, replicas: a.replicas[p] });
    }
  }
  for (const [broker, parts] of byPreferred) {
    if (!ctx.usable(broker)) continue;
    const states = await Promise.all(parts.map((x) => ctx.store.readPartitionState(x.topic, x.partition)));
    const off = parts.filter((_, i) => states[i] && states[i]!.leader !== broker);
    if (off.length === 0 || (off.length * 100) / parts.length <= imbalancePct) continue;
    for (const x of off) {
      await ctx.update(x.topic, x.partition, async (s) => {
        if (!ctx.leaderOk(s)) return null;
        const e = electPreferred({ replicas: x.replicas, leader: s.leader, isr: s.isr }, ctx.usable);
        return e ? { leader: e.leader, leaderEpoch: s.leaderEpoch + 1, isr: e.isr } : null;
      });
    }
  }
}

/**
 * Reads /admin/preferred_replica_election (watching for it), elects the
 * preferred replicas it lists and removes it, as Kafka's controller does.
 */
export async function runZkPreferredElection(ctx: ControllerContext, watcher: ZkWatcher): Promise<void> {
  const zk = ctx.store.zk;
  const got = await zk.getData(ZkPaths.preferredReplicaElection, watcher);
  if (!got) {
    if (await zk.exists(ZkPaths.preferredReplicaElection, watcher)) return runZkPreferredElection(ctx, watcher);
    return;
  }
  let refs: PartitionRef[];
  try {
    refs = decodePreferredReplicaElection(got.data?.toString('utf8') ?? '');
  } catch (err) {
    ctx.logger.warn(`controller: ignoring ${ZkPaths.preferredReplicaElection}: ${(err as Error).message}`);
    refs = [];
  }
  const results = await electLeaders(ctx, 'preferred', refs);
  const failures = results.filter((r) => r.errorCode !== ErrorCode.NONE && r.errorCode !== ErrorCode.ELECTION_NOT_NEEDED);
  for (const f of failures) ctx.logger.warn(`controller: preferred election of ${f.topic}-${f.partition} failed: ${f.errorMessage}`);
  await zk.remove(ZkPaths.preferredReplicaElection);
}
