/**
 * Partition reassignment by the active controller (Kafka's
 * KafkaController.onPartitionReassignment, KIP-455), with brokers following
 * ZooKeeper instead of LeaderAndIsr/StopReplica requests:
 *
 * - Start (or change, or cancel): the topic znode gets RS = TRS ∪ ORS with
 *   adding (AR) and removing (RR) replicas (partition-admin.ts has the
 *   arithmetic); replicas a changed target no longer wants leave the ISR (and
 *   the leadership, to a target replica in the ISR); the leader epoch is
 *   bumped. Added brokers see themselves in the assignment, host the
 *   partition and follow the leader; the leader tracks them and takes them
 *   into the ISR once caught up (it never takes back a removing replica).
 * - Completion, once TRS ⊆ ISR (the partition state znode is watched while
 *   the reassignment runs): the leadership moves to the first target
 *   replica in the ISR if the leader is not a target replica (Kafka's
 *   ReassignPartitionsLeaderElection), RR leave the ISR and the epoch is
 *   bumped — one state write — then the topic znode gets RS = TRS and no
 *   adding/removing replicas; removed brokers see they are no longer
 *   replicas, stop and delete their logs. The partition leaves
 *   /admin/reassign_partitions if it was listed there (the znode goes when
 *   empty).
 * - /admin/reassign_partitions (older tools): read when created or changed
 *   and at the controller's start; each entry starts a reassignment (invalid
 *   ones are dropped from the znode with a warning). A reassignment asked
 *   through the API replaces one listed there.
 *
 * Everything is resumable: a new controller finds the adding/removing
 * replicas in the topic znodes and carries on. Runs on the controller's
 * event chain (one event at a time).
 */
import { ErrorCode } from '../../../protocol/generated/errors.js';
import {
  NO_SUCH_PARTITION,
  failed,
  isReassigning,
  ok,
  originReplicas,
  reassignTo,
  replicaListProblem,
  sameReplicaSets,
  targetReplicas,
  type OngoingReassignment,
  type PartitionRef,
  type PartitionResult,
  type ReassignmentRequest,
  type ReplicaSets,
} from '../partition-admin.js';
import { ZkCode, isZkCode, type ZkWatcher } from './zk-client.js';
import type { ControllerContext } from './zk-controller-context.js';
import { decodeReassignPartitions, encodeReassignPartitions } from './zk-admin-znodes.js';
import { ZkPaths, addingOf, decodeTopicAssignment, encodeTopicAssignment, removingOf } from './zk-metadata-store.js';

const MAX_ATTEMPTS = 10;

/** The replica sets of one partition of an assignment (undefined when it does not exist). */
function setsOf(ctx: ControllerContext, ref: PartitionRef): ReplicaSets | undefined {
  const a = ctx.topics.get(ref.topic);
  if (!a || ref.partition < 0 || ref.partition >= a.replicas.length) return undefined;
  return { replicas: a.replicas[ref.partition], adding: addingOf(a, ref.partition), removing: removingOf(a, ref.partition) };
}

const label = (r: PartitionRef): string => `${r.topic}-${r.partition}`;

/** The controller's reassignments. */
export class ZkReassignments {
  /**
   * Creates the helper; `onState` is the watcher of a reassigning
   * partition's state (the role enqueues `check` for it), `onZkRequest` the
   * watcher of /admin/reassign_partitions (the role enqueues `readZkRequests`).
   */
  constructor(
    private readonly ctx: ControllerContext,
    private readonly onState: ZkWatcher,
    private readonly onZkRequest: ZkWatcher,
  ) {}

  /** Reassignments in progress, among `refs` (null: all). */
  list(refs: PartitionRef[] | null): OngoingReassignment[] {
    const out: OngoingReassignment[] = [];
    const add = (ref: PartitionRef): void => {
      const s = setsOf(this.ctx, ref);
      if (s && isReassigning(s))
        out.push({
          topic: ref.topic,
          partition: ref.partition,
          replicas: s.replicas,
          addingReplicas: s.adding,
          removingReplicas: s.removing,
        });
    };
    if (refs) for (const r of refs) add(r);
    else
      for (const [topic, a] of this.ctx.topics)
        for (let partition = 0; partition < a.replicas.length; partition++) add({ topic, partition });
    return out;
  }

  /** AlterPartitionReassignments: each partition started, changed or cancelled; API requests replace /admin/reassign_partitions entries. */
  async alter(requests: ReassignmentRequest[]): Promise<PartitionResult[]> {
    const results: PartitionResult[] = [];
    for (const r of requests) results.push(await this.alterOne(r));
    const started = requests.filter((_, i) => results[i].errorCode === ErrorCode.NONE);
    await this.dropZkRequests((e) => started.some((s) => s.topic === e.topic && s.partition === e.partition));
    return results;
  }

  private async alterOne(r: ReassignmentRequest): Promise<PartitionResult> {
    const current = setsOf(this.ctx, r);
    if (!current) return failed(r, ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, NO_SUCH_PARTITION);
    let target: number[];
    if (r.replicas === null) {
      if (!isReassigning(current)) return failed(r, ErrorCode.NO_REASSIGNMENT_IN_PROGRESS, `No reassignment in progress for ${label(r)}.`);
      target = originReplicas(current);
    } else {
      const problem = replicaListProblem(current, r.replicas, this.ctx.liveBrokers());
      if (problem) return failed(r, ErrorCode.INVALID_REPLICA_ASSIGNMENT, problem);
      target = r.replicas;
    }
    const next = reassignTo(current, target);
    if (!(await this.start(r, current, next)))
      return failed(r, ErrorCode.UNKNOWN_SERVER_ERROR, `The reassignment of ${label(r)} was not written.`);
    this.ctx.logger.info(
      `controller: ${r.replicas === null ? 'cancelled the reassignment of' : 'reassigning'} ${label(r)}: replicas [${next.replicas.join(',')}], adding [${next.adding.join(',')}], removing [${next.removing.join(',')}]`,
    );
    await this.check(r);
    return ok(r);
  }

  /** Phase U and A1: the new replica sets in the topic znode, unneeded replicas out of the ISR, the epoch bumped. */
  private async start(ref: PartitionRef, current: ReplicaSets, next: ReplicaSets): Promise<boolean> {
    if (sameReplicaSets(current, next)) return true;
    if (!(await this.writeSets(ref, next))) return false;
    const unneeded = current.replicas.filter((x) => !next.replicas.includes(x));
    const target = targetReplicas(next);
    await this.ctx.update(ref.topic, ref.partition, async (s) => {
      const isr = s.isr.filter((x) => !unneeded.includes(x));
      let leader = s.leader;
      if (unneeded.includes(leader))
        leader =
          target.find((x) => this.ctx.usable(x) && isr.includes(x)) ??
          next.replicas.find((x) => this.ctx.usable(x) && isr.includes(x)) ??
          -1;
      return { leader, leaderEpoch: s.leaderEpoch + 1, isr: isr.length > 0 ? isr : s.isr.filter((x) => x === leader) };
    });
    return true;
  }

  /**
   * Completes a partition's reassignment when its target replicas are all
   * in the ISR (phase B); otherwise keeps watching its state. A partition
   * not being reassigned only leaves /admin/reassign_partitions.
   */
  async check(ref: PartitionRef): Promise<void> {
    const sets = setsOf(this.ctx, ref);
    if (!sets) return this.dropZkRequests((e) => e.topic === ref.topic && e.partition === ref.partition);
    if (!isReassigning(sets)) return this.dropZkRequests((e) => e.topic === ref.topic && e.partition === ref.partition);
    const target = targetReplicas(sets);
    const s = await this.ctx.store.readPartitionState(ref.topic, ref.partition, this.onState);
    if (!s || !target.every((x) => s.isr.includes(x))) return;
    const moved = await this.ctx.update(ref.topic, ref.partition, async (cur) => {
      if (!target.every((x) => cur.isr.includes(x))) return null;
      let leader = cur.leader;
      if (!target.includes(leader) || !this.ctx.leaderOk(cur)) leader = target.find((x) => this.ctx.usable(x) && cur.isr.includes(x)) ?? -1;
      if (leader < 0) return null;
      return { leader, leaderEpoch: cur.leaderEpoch + 1, isr: cur.isr.filter((x) => !sets.removing.includes(x)) };
    });
    if (!moved) return;
    if (!(await this.writeSets(ref, { replicas: target, adding: [], removing: [] }))) return;
    this.ctx.logger.info(`controller: reassignment of ${label(ref)} complete: replicas [${target.join(',')}]`);
    await this.dropZkRequests((e) => e.topic === ref.topic && e.partition === ref.partition);
  }

  /** Checks every reassignment in progress (the controller's start, broker changes). */
  async checkAll(): Promise<void> {
    for (const r of this.list(null)) await this.check(r);
  }

  /** Rewrites one partition's replica sets in its topic znode (version-checked); resolves false when the topic is gone. */
  private async writeSets(ref: PartitionRef, sets: ReplicaSets): Promise<boolean> {
    const zk = this.ctx.store.zk;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const got = await zk.getData(ZkPaths.topic(ref.topic));
      if (!got) return false;
      const a = decodeTopicAssignment(ref.topic, got.data);
      if (ref.partition >= a.replicas.length) return false;
      a.replicas[ref.partition] = sets.replicas;
      const adding = { ...(a.adding ?? {}) };
      const removing = { ...(a.removing ?? {}) };
      delete adding[ref.partition];
      delete removing[ref.partition];
      if (sets.adding.length > 0) adding[ref.partition] = sets.adding;
      if (sets.removing.length > 0) removing[ref.partition] = sets.removing;
      a.adding = Object.keys(adding).length > 0 ? adding : undefined;
      a.removing = Object.keys(removing).length > 0 ? removing : undefined;
      if (!a.adding) delete a.adding;
      if (!a.removing) delete a.removing;
      try {
        await zk.setData(ZkPaths.topic(ref.topic), encodeTopicAssignment(a), got.stat.version);
        this.ctx.topics.set(ref.topic, a);
        return true;
      } catch (err) {
        if (!isZkCode(err, ZkCode.BAD_VERSION)) throw err;
      }
    }
    throw new Error(`topic ${ref.topic} kept changing; its reassignment was not written`);
  }

  /**
   * Reads /admin/reassign_partitions (and watches it) and starts what it
   * lists; entries that cannot start are dropped from it with a warning.
   */
  async readZkRequests(): Promise<void> {
    const zk = this.ctx.store.zk;
    const got = await zk.getData(ZkPaths.reassignPartitions, this.onZkRequest);
    if (!got) {
      // Watch for its creation; if it appeared meanwhile, read it.
      if (await zk.exists(ZkPaths.reassignPartitions, this.onZkRequest)) return this.readZkRequests();
      return;
    }
    let entries;
    try {
      entries = decodeReassignPartitions(got.data?.toString('utf8') ?? '');
    } catch (err) {
      this.ctx.logger.warn(`controller: ignoring ${ZkPaths.reassignPartitions}: ${(err as Error).message}`);
      await zk.remove(ZkPaths.reassignPartitions);
      return;
    }
    const bad: PartitionRef[] = [];
    for (const e of entries) {
      const current = setsOf(this.ctx, e);
      if (current && isReassigning(current) && sameReplicaSets(reassignTo(current, e.replicas), current)) {
        await this.check(e);
        continue;
      }
      const r = await this.alterOne(e);
      if (r.errorCode !== ErrorCode.NONE) {
        this.ctx.logger.warn(`controller: reassignment of ${label(e)} from ${ZkPaths.reassignPartitions} failed: ${r.errorMessage}`);
        bad.push(e);
      }
    }
    if (bad.length > 0) await this.dropZkRequests((e) => bad.some((b) => b.topic === e.topic && b.partition === e.partition));
  }

  /** Removes matching entries from /admin/reassign_partitions; the znode goes when none is left. */
  private async dropZkRequests(match: (e: PartitionRef) => boolean): Promise<void> {
    const zk = this.ctx.store.zk;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const got = await zk.getData(ZkPaths.reassignPartitions);
      if (!got) return;
      let entries;
      try {
        entries = decodeReassignPartitions(got.data?.toString('utf8') ?? '');
      } catch {
        return;
      }
      const left = entries.filter((e) => !match(e));
      if (left.length === entries.length) return;
      try {
        if (left.length === 0) await zk.remove(ZkPaths.reassignPartitions, got.stat.version);
        else await zk.setData(ZkPaths.reassignPartitions, encodeReassignPartitions(left), got.stat.version);
        return;
      } catch (err) {
        if (!isZkCode(err, ZkCode.BAD_VERSION)) throw err;
      }
    }
  }
}
